import type { Page } from 'playwright-core';

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
