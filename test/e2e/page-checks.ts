// The checks of issue 11's Done-when, one function each, for the sweep (test/e2e/sweep.test.ts):
// a chart's texts neither overlap nor leave its box nor are cut; a dashboard's headline cites its
// figures and no chart is drawn empty; the page does not scroll sideways. Each returns what is
// wrong as one line per problem (empty: nothing wrong), so a sweep reports every fault at once.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

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

/** Overlapping, outside or cut text in the charts' static or live layer, and how many charts had one. */
export async function chartLayout(
	page: Page,
	layer: 'static' | 'live'
): Promise<{ problems: string[]; charts: number }> {
	const charts = await chartTexts(page, layer);
	return {
		problems: charts.flatMap((c) => layoutProblems(c).map((p) => `${layer} ${p}`)),
		charts: charts.length
	};
}

/** Points at every chart until each is live (ECharts loads when reached), then moves the pointer away. */
export async function reachAll(page: Page): Promise<void> {
	const figures = page.locator('figure.chart-card');
	const count = await figures.count();
	// Pointed at again until every chart is live: a pointer that arrived before hydration was not heard.
	const liveCount = async () => {
		for (let i = 0; i < count; i++) {
			const figure = figures.nth(i);
			if ((await figure.locator('.live svg text').count()) > 0) continue;
			await figure.locator('[data-testid$="-box"]').scrollIntoViewIfNeeded();
			await figure.locator('[data-testid$="-box"]').hover();
		}
		return figures.evaluateAll((fs) => fs.filter((f) => f.querySelector('.live svg text')).length);
	};
	await expect.poll(liveCount, { timeout: 45000, interval: 1000 }).toBe(count);
	// The pointer leaves, so no tooltip is drawn (it is text over the chart by design), and a
	// resize pass settles (the live chart lays itself out again for its box).
	await page.mouse.move(1, 1);
	await page.waitForTimeout(600);
}

/** What the headline and the charts show, read from the page. */
export async function story(page: Page) {
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

/**
 * No chart drawn without a value; on a dashboard also its story: a headline (with cited figures
 * where the page has figures to cite; a derived one shows its formula) and no "未公布 / not
 * published" (no row of data/*.csv states that a figure was withheld, so the site never claims it).
 */
export async function storyProblems(
	page: Page,
	want: { headline: boolean; cites: boolean; en: boolean }
): Promise<string[]> {
	const s = await story(page);
	const problems: string[] = [];
	for (const chart of s.charts) if (chart.values === 0) problems.push(`${chart.id}: drawn without a value`);
	if (!want.headline) return problems;
	if (s.sentences.length === 0) problems.push('no headline');
	if (want.cites && s.figures.length === 0) problems.push('a headline without a cited figure');
	for (const f of s.figures) {
		if (!/\d/.test(f.value)) problems.push(`headline figure without a number "${f.value}"`);
		if (f.source === '') problems.push(`headline figure without a source "${f.value}"`);
		if (f.derived && !f.formula) problems.push(`derived headline figure without its formula "${f.value}"`);
	}
	if ((want.en ? /not published/i : /未公布/).test(s.text)) problems.push('says “not published”');
	return problems;
}

/** The page is wider than the window (the reader would scroll sideways). */
export async function sidewaysProblems(page: Page): Promise<string[]> {
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.scrollingElement!.scrollWidth,
		width: innerWidth
	}));
	return scroll > width ? [`scrolls sideways: ${scroll} > ${width} px`] : [];
}

/** Waits until nothing the page shows is still loading (DuckDB status, the audit's own run, the console). */
export async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	const busy = () =>
		page.evaluate(() => {
			const loading = document.querySelector(
				'[data-testid=data-status][data-state=loading], [data-testid=audit-status][data-state=running]'
			);
			const hydrating = document.querySelector(
				'[data-testid=copy-link]:not([data-hydrated=true]), [data-testid=import-drop]:not([data-hydrated=true]), [data-testid=sql-editor]:not([data-ready=true])'
			);
			return loading !== null || hydrating !== null;
		});
	await expect.poll(busy, { timeout: 45000 }).toBe(false);
}
