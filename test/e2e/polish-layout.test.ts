import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { chartFonts, drawnFontsOfChartText } from './chart-helpers';
import { reachAll } from './page-checks';

// Issue 11: phones (no page scrolls sideways at 412 px; a wide table keeps its first column) and
// English pages (no Chinese outside elements marked lang="zh-CN"; ’ “ ” in Latin glyphs).
const baseURL = inject('baseURL');
const session = useBrowser();
const BUILD = process.env.BUILD_DIR ?? 'build';

/** Every prerendered page of the build, in Chinese (no prefix) and English (/en). */
function builtPages(dir = BUILD): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== '_app' && entry.name !== 'data') out.push(...builtPages(path));
		else if (entry.name.endsWith('.html'))
			out.push(
				`/${relative(BUILD, path)
					.replace(/\.html$/, '')
					.replace(/(^|\/)index$/, '')}`
			);
	}
	return out.sort();
}

const PAGES = builtPages();
const EN_PAGES = PAGES.filter((p) => p === '/en' || p.startsWith('/en/'));

/**
 * Chinese that English pages show on purpose, outside lang="zh-CN", and why. Everything else —
 * labels, headings, table cells, chart tables, fixed vocabulary such as 无 or 财政预算内 — must be
 * English.
 */
const EXEMPT: { selector: string; why: string }[] = [
	{
		selector: '.source-card, [data-testid^="source-"]',
		why: 'a source’s original title, publisher and note, quoted as recorded'
	},
	{
		selector: '[data-testid="data-dictionary"]',
		why: 'the data dictionary is generated from the contract: the same column descriptions and units as .desc'
	},
	{
		selector: '.desc',
		why: 'the data contract’s column descriptions quote the report’s own terms (附件3, 类/款/项, 万元)'
	},
	{
		selector: '[data-testid="audit-rules"], .rule, code',
		why: 'audit rules name the tables and headings they check as printed (附件2, 其中, 百分点) and show their SQL'
	},
	{
		selector: 'th[scope="row"]:has(> code)',
		why: 'the data page’s table descriptions, the same text as the contract (.desc)'
	},
	{
		selector: '[data-testid="audit-coverage"] td',
		why: 'the audit coverage lists the source tables it read by their printed section headings (正文 二(一) 基本支出 ¶1)'
	},
	{ selector: 'option', why: 'rule titles in the audit filter, the same text as the rules page' },
	{
		selector: '.spending-table th[scope="row"]',
		why: 'a spending line whose English name quotes a misprint (“printed 公交车购置”)'
	}
];

async function unmarkedChinese(page: Page): Promise<string[]> {
	return page.evaluate(
		(exempt) => {
			const found: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				const element = node.parentElement;
				if (!element || !/[\u3000-\u9fff\uff00-\uffef]/.test(text)) continue;
				if (element.closest('[lang^="zh"], script, style, svg, .visually-hidden[aria-hidden="true"]'))
					continue;
				if (exempt.some((selector) => element.closest(selector))) continue;
				found.push(`${element.tagName.toLowerCase()}: ${text.trim().slice(0, 80)}`);
			}
			return found;
		},
		EXEMPT.map((e) => e.selector)
	);
}

async function settle(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}

describe('phones: no sideways scroll, tables keep their first column', () => {
	it(`no page scrolls sideways at 412 px (${PAGES.length} pages, zh and en)`, async () => {
		const { context, page } = await watchedPage(session.browser, baseURL, {
			viewport: { width: 412, height: 915 }
		});
		const wide: string[] = [];
		for (const path of PAGES) {
			await settle(page, `${baseURL}${path}`);
			const { scroll, width } = await page.evaluate(() => ({
				scroll: document.scrollingElement!.scrollWidth,
				width: innerWidth
			}));
			if (scroll > width) wide.push(`${path}: ${scroll} > ${width}`);
		}
		expect(PAGES.length).toBeGreaterThan(40);
		expect(wide).toEqual([]);
		await context.close();
	}, 600000);

	it('the spending table scrolls inside its box with the line names kept in view', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL, {
			viewport: { width: 412, height: 915 }
		});
		await settle(page, `${baseURL}/en/spending`);
		const table = page.getByTestId('level-table');
		const box = table.locator('xpath=..');
		const before = await table.evaluate((t) => {
			const scroller = t.parentElement!;
			return {
				overflow: scroller.scrollWidth > scroller.clientWidth,
				left: t.querySelector('tbody th')!.getBoundingClientRect().left
			};
		});
		expect(before.overflow).toBe(true);
		await box.evaluate((s) => (s.scrollLeft = 240));
		const after = await table.evaluate((t) => ({
			scrolled: t.parentElement!.scrollLeft,
			left: t.querySelector('tbody th')!.getBoundingClientRect().left,
			figure: t.querySelector('tbody td')!.getBoundingClientRect().left
		}));
		expect(after.scrolled).toBeGreaterThan(0);
		expect(after.left).toBe(before.left);
		expect(after.figure).toBeLessThan(before.left + 200);
		await context.close();
	});
});

describe('English pages: Chinese only where marked', () => {
	it(`no CJK outside lang="zh-CN" on ${EN_PAGES.length} English pages (exemptions listed in the test)`, async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		const found: string[] = [];
		for (const path of EN_PAGES) {
			await settle(page, `${baseURL}${path}`);
			for (const hit of await unmarkedChinese(page)) found.push(`${path} ${hit}`);
		}
		expect(EN_PAGES.length).toBeGreaterThan(20);
		expect(found).toEqual([]);
		await context.close();
	}, 600000);

	it('the fixed words of the performance tables are English (财政预算内 → within the budget, 无 → none)', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await settle(page, `${baseURL}/en/projects/hengyang_eeb/2022/emission_trading_center`);
		const row = page.getByTestId('indicator-4');
		expect(await row.locator('[data-col="target"]').textContent()).toBe('within the budget');
		expect(await row.locator('[data-col="target"]').getAttribute('lang')).toBeNull();
		expect(await row.locator('[data-col="deviation"]').textContent()).toBe('none');
		await context.close();
	});

	it('’ on an English page is drawn by a Latin font, not a CJK one', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await settle(page, `${baseURL}/en/audit`);
		const marked = await page.evaluate(() => {
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				if (
					text.includes('’') &&
					!/[\u3000-\u9fff]/.test(text) &&
					node.parentElement?.childNodes.length === 1
				) {
					node.parentElement.setAttribute('data-apostrophe', 'true');
					return text.trim().slice(0, 60);
				}
			}
			return null;
		});
		expect(marked).not.toBeNull();
		const cdp = await context.newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', {
			nodeId: root.nodeId,
			selector: '[data-apostrophe]'
		});
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		expect(fonts.length).toBeGreaterThan(0);
		expect(
			fonts.filter((f) => /CJK/.test(f.familyName)),
			marked ?? ''
		).toEqual([]);
		await context.close();
	});
});

// Chart text follows the page's language like HTML text: Latin fonts first in English (’ “ ” and
// digits in Latin glyphs), the CJK font first in Chinese. Prerendered and live charts alike.
const CHART_PAGES = ['/', '/spending', '/three-public', '/projects', '/environment', '/compare'];
const CJK = /CJK|Source Han|PingFang|YaHei/;

describe('chart text in the page language’s font', () => {
	for (const [lang, latin] of [
		['/en', true],
		['', false]
	] as const) {
		it(`${lang || 'zh-CN'}: every chart <text>, static and live, starts its font stack with a ${latin ? 'Latin' : 'CJK'} family`, async () => {
			const { context, page } = await watchedPage(session.browser, baseURL);
			const wrong: string[] = [];
			let texts = 0;
			for (const path of CHART_PAGES) {
				await settle(page, `${baseURL}${lang}${path === '/' && lang ? '' : path}`);
				if (path === '/') {
					const drawn = await drawnFontsOfChartText(page, /^[0-9][0-9,.]*$/);
					expect(drawn?.length, 'a chart number drawn on the overview').toBeGreaterThan(0);
					expect(drawn!.some((f) => CJK.test(f))).toBe(!latin);
				}
				const statics = await chartFonts(page, 'static');
				await reachAll(page);
				const lives = await chartFonts(page, 'live');
				expect(lives.length, path).toBeGreaterThanOrEqual(statics.length);
				for (const [layer, charts] of [
					['static', statics],
					['live', lives]
				] as const) {
					for (const { chart, first } of charts) {
						for (const [family, count] of Object.entries(first)) {
							texts += count;
							if (CJK.test(family) === latin) wrong.push(`${path} ${layer} ${chart}: ${count} × ${family}`);
						}
					}
				}
			}
			expect(texts).toBeGreaterThan(100);
			expect(wrong).toEqual([]);
			await context.close();
		}, 300000);
	}
});

// ChartFigure has one box, in the proportions of the layouts the chart is prerendered for
// (lib/charts/theme: 960 × 400 on a desktop, 360 × 450 on a phone); no page asks for a taller one.
describe('chart boxes', () => {
	for (const [width, ratio] of [
		[1280, 400 / 960],
		[412, 450 / 360]
	] as const) {
		it(`at ${width} px every chart box is ${ratio.toFixed(3)} as high as wide (pages that asked for “tall” too)`, async () => {
			const { context, page } = await watchedPage(session.browser, baseURL, {
				viewport: { width, height: 900 }
			});
			const off: string[] = [];
			let boxes = 0;
			for (const path of ['/', '/projects', '/compare', '/departments', '/en/compare']) {
				await settle(page, `${baseURL}${path}`);
				const ratios = await page
					.locator('figure.chart-card .chart-box')
					.evaluateAll((els) =>
						els.map((el) => [el.getAttribute('data-testid'), el.clientHeight / el.clientWidth] as const)
					);
				boxes += ratios.length;
				for (const [id, r] of ratios)
					if (Math.abs(r - ratio) > 0.01) off.push(`${path} ${id}: ${r.toFixed(3)}`);
			}
			expect(boxes).toBeGreaterThanOrEqual(6);
			expect(off).toEqual([]);
			await context.close();
		}, 120000);
	}
});
