import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { csvObjects } from '../../src/lib/model/csv';
import { useBrowser, watchedPage } from './browser';

// Every embedded department (data/departments.csv) on every dashboard, in zh-CN and English: a
// generated headline whose numbers are cited figures, no chart drawn without a value, and no
// "未公布 / not published" (no row of data/*.csv states that a figure was withheld, so the site
// never claims it).
const baseURL = inject('baseURL');
const session = useBrowser();

const departments = csvObjects(readFileSync('data/departments.csv', 'utf8')).rows;
const spendingRows = csvObjects(readFileSync('data/spending.csv', 'utf8')).rows;
const hasLine = (id: string, line: string) =>
	spendingRows.some((r) => r.department_id === id && r.line_id === line);

interface Target {
	path: string;
	/** The page has figures to cite in its headline (spending held, a region with PM2.5 …). */
	cites: boolean;
}

function targets(id: string, regionId: string): Target[] {
	const dept = `?dept=${id}`;
	return [
		{ path: `/${dept}`, cites: true },
		{ path: `/spending${dept}`, cites: true },
		{ path: `/departments/${id}`, cites: true },
		...(hasLine(id, 'three_public') ? [{ path: `/three-public${dept}`, cites: true }] : []),
		{ path: `/projects${dept}`, cites: id === 'hengyang_eeb' },
		{ path: `/environment${dept}`, cites: regionId !== '' }
	];
}

/** What the headline and the charts show, read from the page. */
async function story(page: Page) {
	return page.evaluate(() => {
		const headline = document.querySelector('[data-testid=headline]');
		const figures = [...(headline?.querySelectorAll('details.figure') ?? [])].map((d) => ({
			value: d.querySelector('summary .value')?.textContent?.trim() ?? '',
			source: d.querySelector('.citation dd')?.textContent?.trim() ?? '',
			derived: d.querySelector('summary .tag') !== null,
			formula: [...d.querySelectorAll('.citation dd')].some((dd) => /[÷+−=]/.test(dd.textContent ?? ''))
		}));
		const charts = [...document.querySelectorAll('figure.chart-card')].map((card) => ({
			id: card.getAttribute('data-testid') ?? '',
			values: [...card.querySelectorAll('.data-table tbody td.num')].filter((td) =>
				/\d/.test(td.textContent ?? '')
			).length
		}));
		return {
			h1: document.querySelector('h1')?.textContent ?? '',
			sentences: [...(headline?.querySelectorAll('[data-testid=headline-sentence]') ?? [])].map(
				(p) => p.textContent ?? ''
			),
			figures,
			charts,
			text: document.body.innerText
		};
	});
}

describe.each(
	departments.flatMap((d): Record<string, string>[] => [
		{ ...d, lang: 'zh' },
		{ ...d, lang: 'en' }
	])
)('$department_id ($lang)', (department) => {
	const en = department.lang === 'en';
	const name = en ? department.name_en : department.name_zh;
	it('every dashboard: a cited headline, no empty chart, no “not published”', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		for (const target of targets(department.department_id ?? '', department.region_id ?? '')) {
			// `/en?dept=…`, never `/en/?dept=…`: the site's relative asset paths expect no trailing slash.
			const path = en ? `/en${target.path.replace(/^\/\?/, '?')}` : target.path;
			await page.goto(`${baseURL}${path}`);
			// Another department's view is loaded through DuckDB: wait until the page is about it.
			await expect
				.poll(
					async () => {
						const s = await story(page);
						return (
							s.sentences.length > 0 && (target.path.startsWith('/environment') || s.h1.includes(name ?? ''))
						);
					},
					{ timeout: 45000 }
				)
				.toBe(true);
			const s = await story(page);
			const where = `${department.lang} ${target.path}`;
			if (target.cites) expect(s.figures.length, where).toBeGreaterThan(0);
			for (const f of s.figures) {
				expect(f.value, where).toMatch(/\d/);
				expect(f.source, where).not.toBe('');
				if (f.derived) expect(f.formula, `${where} ${f.value}`).toBe(true);
			}
			for (const chart of s.charts) expect(chart.values, `${where} ${chart.id}`).toBeGreaterThan(0);
			expect(s.text, where).not.toMatch(en ? /not published/i : /未公布/);
		}
		expect(log.errors).toEqual([]);
		await context.close();
	}, 300000);
});

describe('the audit sentence of the headlines (the embedded audit’s findings about numbers)', () => {
	const audit = (page: Page) =>
		page.evaluate(() => {
			const line = document.querySelector('[data-sentence="audit_findings"]');
			const link = line?.querySelector('a');
			// The resolved link: prerendered hrefs are relative to the page.
			const url = new URL(link?.href ?? '', document.baseURI);
			return line ? { text: line.textContent ?? '', href: `${url.pathname}${url.search}` } : null;
		});
	it('counts, links to the audit, survives hydration and the digest, and is absent at zero', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		expect(await audit(page)).toEqual({
			text: '本页有 7 个公布数字对不上（见审计）。',
			href: '/audit?dept=hengyang_eeb&year=2022'
		});
		// After hydration and the whole digest's fetch, the same sentence (no shift, no flicker).
		await page.waitForLoadState('networkidle');
		expect((await audit(page))?.text).toBe('本页有 7 个公布数字对不上（见审计）。');
		await page.goto(`${baseURL}/en`);
		await page.waitForLoadState('networkidle');
		expect(await audit(page)).toEqual({
			text: '26 published figures of this department for 2022 do not add up (see the audit).',
			href: '/en/audit?dept=hengyang_eeb&year=2022'
		});
		await page.goto(`${baseURL}/three-public`);
		expect((await audit(page))?.text).toBe('本页有 1 个公布数字对不上（见审计）。');
		// Muchuan has no finding: its headline says nothing of the audit.
		await page.goto(`${baseURL}/spending?dept=muchuan_eeb`);
		await expect.poll(() => page.locator('h1').textContent(), { timeout: 30000 }).toContain('沐川');
		await page.waitForLoadState('networkidle');
		expect(await audit(page)).toBeNull();
		expect(log.errors).toEqual([]);
		await context.close();
	}, 120000);
});
