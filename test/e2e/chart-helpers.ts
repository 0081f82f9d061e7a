import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Points at every chart of the page until each one is live (ECharts loads when a reader reaches
 * for a chart), then moves the pointer away so no tooltip is drawn and lets a resize pass settle.
 */
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
	await page.mouse.move(1, 1);
	await page.waitForTimeout(600);
}

/** One chart's <text> elements grouped by the first family of their computed font stack. */
export interface ChartFonts {
	chart: string;
	/** First family → how many texts use it, e.g. `{ 'Helvetica Neue': 31 }`. */
	first: Record<string, number>;
}

/** The first font family of every visible chart <text> of the static or live layer. */
export async function chartFonts(page: Page, layer: 'static' | 'live'): Promise<ChartFonts[]> {
	return page.locator('figure.chart-card').evaluateAll((figures, which) => {
		return figures.flatMap((figure) => {
			const node = figure.querySelector(`[data-testid$="-${which}"]`);
			if (!node) return [];
			const first: Record<string, number> = {};
			for (const text of node.querySelectorAll('svg text')) {
				if (!(text.textContent ?? '').trim()) continue;
				const family = (getComputedStyle(text).fontFamily.split(',')[0] ?? '')
					.trim()
					.replace(/^["']|["']$/g, '');
				first[family] = (first[family] ?? 0) + 1;
			}
			return [{ chart: figure.getAttribute('data-testid') ?? '?', first }];
		});
	}, layer);
}

/**
 * The fonts Chromium really drew the first chart <text> holding `pattern` with (CDP), e.g.
 * `['Liberation Sans']`; null when no such text is drawn.
 */
export async function drawnFontsOfChartText(page: Page, pattern: RegExp): Promise<string[] | null> {
	const marked = await page.locator('figure.chart-card svg text').evaluateAll((texts, source) => {
		const re = new RegExp(source, 'u');
		const hit = texts.find((t) => re.test(t.textContent ?? '') && t.getClientRects().length > 0);
		hit?.setAttribute('data-font-probe', 'true');
		return hit !== undefined;
	}, pattern.source);
	if (!marked) return null;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', {
		nodeId: root.nodeId,
		selector: '[data-font-probe]'
	});
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	await cdp.detach();
	return fonts.map((f) => f.familyName);
}
