import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { reachAll } from './chart-helpers';

// Every chart on every page, zh-CN and English, desktop and phone: no two text boxes of the drawn
// chart overlap, none falls outside the chart's box, and none is shortened with an ellipsis unless
// its full text is in the chart's data table. Checked on the prerendered SVG and on the live
// ECharts chart after the reader reaches for it.
const baseURL = inject('baseURL');
const session = useBrowser();

const PAGES = [
	'/',
	'/spending',
	'/three-public',
	'/projects',
	'/projects/hengyang_eeb/2022/emission_trading_center',
	'/environment',
	'/departments/hengyang_eeb'
];
const WIDTHS = [1280, 412] as const;
const LOCALES = ['', '/en'] as const;

interface TextBox {
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

interface ChartTexts {
	id: string;
	box: { x: number; y: number; w: number; h: number };
	texts: TextBox[];
	table: string[];
}

/** The visible <text> boxes of each chart's drawn SVG (static or live), with its table's cells. */
async function chartTexts(page: Page, layer: 'static' | 'live'): Promise<ChartTexts[]> {
	return page.locator('figure.chart-card').evaluateAll((figures, which) => {
		const rect = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.x, y: r.y, w: r.width, h: r.height };
		};
		return figures.flatMap((figure) => {
			const box = figure.querySelector(`[data-testid$="-box"]`);
			const layerNode = figure.querySelector(`[data-testid$="-${which}"]`);
			if (!box || !layerNode) return [];
			const texts = [...layerNode.querySelectorAll('svg text')].flatMap((el) => {
				const style = getComputedStyle(el);
				const r = rect(el);
				const text = (el.textContent ?? '').trim();
				const hidden =
					style.display === 'none' ||
					style.visibility === 'hidden' ||
					Number(style.opacity) === 0 ||
					el.closest('[display="none"], [visibility="hidden"]') !== null;
				return hidden || !text || r.w === 0 || r.h === 0 ? [] : [{ text, ...r }];
			});
			const table = [...figure.querySelectorAll('details.data-table th, details.data-table td')].map((cell) =>
				(cell.textContent ?? '').trim()
			);
			const id = (figure.getAttribute('data-testid') ?? '').replace(/^chart-/, '');
			return [{ id, box: rect(box), texts, table }];
		});
	}, layer);
}

const SLACK = 1;

function overlaps(a: TextBox, b: TextBox): boolean {
	const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
	return dx > SLACK && dy > SLACK;
}

/** What is wrong with one chart's texts, one line each (empty: laid out cleanly). */
function layoutProblems(chart: ChartTexts): string[] {
	const problems: string[] = [];
	const { box, texts } = chart;
	texts.forEach((a, i) => {
		for (const b of texts.slice(i + 1)) {
			if (overlaps(a, b)) problems.push(`overlap "${a.text}" × "${b.text}"`);
		}
		const outside =
			a.x < box.x - SLACK ||
			a.y < box.y - SLACK ||
			a.x + a.w > box.x + box.w + SLACK ||
			a.y + a.h > box.y + box.h + SLACK;
		if (outside) problems.push(`outside the chart "${a.text}"`);
		const shortened = a.text.match(/^(.*?)(…|\.\.\.)$/u);
		if (shortened) {
			const prefix = shortened[1] ?? '';
			if (!chart.table.some((cell) => cell.startsWith(prefix) && cell.length > prefix.length))
				problems.push(`cut "${a.text}" (full text not in the table)`);
		}
	});
	return problems.map((p) => `${chart.id}: ${p}`);
}

/** Every problem of every chart of one page, prerendered and then live. */
async function pageProblems(page: Page, path: string): Promise<{ problems: string[]; charts: number }> {
	await page.waitForLoadState('networkidle');
	const problems: string[] = [];
	for (const c of await chartTexts(page, 'static'))
		problems.push(...layoutProblems(c).map((p) => `static ${p}`));
	await reachAll(page);
	const live = await chartTexts(page, 'live');
	for (const c of live) problems.push(...layoutProblems(c).map((p) => `live ${p}`));
	return { problems: problems.map((p) => `${path} ${p}`), charts: live.length };
}

// Charts per page (a page without a chart must still lay out none badly).
const CHARTS: Record<string, number> = {
	'/': 2,
	'/spending': 1,
	'/three-public': 2,
	'/projects': 1,
	'/environment': 4
};

for (const lang of LOCALES) {
	for (const width of WIDTHS) {
		describe(`chart layout, ${lang || 'zh-CN'} at ${width} px`, () => {
			for (const path of PAGES) {
				it(`${path}: no overlapping, outside or cut text in any chart`, { timeout: 90000 }, async () => {
					const { context, page, log } = await watchedPage(session.browser, baseURL, {
						viewport: { width, height: 900 }
					});
					await page.goto(`${baseURL}${lang}${path === '/' && lang ? '' : path}`);
					const { problems, charts } = await pageProblems(page, path);
					expect(charts).toBeGreaterThanOrEqual(CHARTS[path] ?? 0);
					expect(problems).toEqual([]);
					expect(log.errors).toEqual([]);
					await context.close();
				});
			}
		});
	}
}
