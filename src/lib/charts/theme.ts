import type { Locale } from '$lib/i18n/locales';
import { inLocale } from '$lib/i18n/localized';

/** Colours and decals. Colour is never the only carrier: each series also gets a decal pattern. */
export const PALETTE = ['#1f5f8b', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b', '#7f8c8d'];

export const DECALS = [
	{ symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: 0.6, color: 'rgba(255,255,255,0.45)' },
	{
		symbol: 'circle',
		symbolSize: 0.6,
		dashArrayX: [2, 4],
		dashArrayY: [2, 4],
		color: 'rgba(255,255,255,0.45)'
	},
	{
		symbol: 'rect',
		dashArrayX: [[4, 2]],
		dashArrayY: [4, 3],
		rotation: -0.6,
		color: 'rgba(255,255,255,0.45)'
	},
	{ symbol: 'none' }
];

export const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'] as const;

/**
 * The charts' font stacks, the same as the page's (global.css --font-zh, --font-en). Chinese: the
 * CJK font first, so digits and punctuation match the characters around them. English: Latin fonts
 * first, since a CJK font draws ’ “ ” (and digits) as its own, full-width glyphs; the CJK fonts
 * after them draw only the Chinese names. text-width.ts measures by the first family of the stack.
 */
export const CJK_FIRST_FONTS =
	'"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
export const LATIN_FIRST_FONTS =
	'"Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** The font stack a chart in `locale` is drawn (and measured) in. */
export function chartFont(locale: Locale): string {
	return inLocale(locale, { zh: CJK_FIRST_FONTS, en: LATIN_FIRST_FONTS });
}

/**
 * The two boxes a chart is prerendered for (and exported at, wide): the desktop one spans the
 * content column, the narrow one a 412 px phone's card. The live chart takes the same boxes
 * (ChartFigure's aspect ratios), so the swap causes no layout shift.
 */
export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 400;
export const NARROW_CHART_WIDTH = 360;
export const NARROW_CHART_HEIGHT = 450;

/**
 * What every Mingjing chart shares: no animation (the prerendered SVG is the final frame), the
 * language's font stack, ECharts aria (screen-reader description and decal patterns), a centred title and a
 * legend under it.
 */
export function baseOption(title: string, locale: Locale) {
	return {
		animation: false,
		textStyle: { fontFamily: chartFont(locale) },
		aria: { enabled: true, decal: { show: true } },
		title: { text: title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
		legend: { top: 34, type: 'plain', itemGap: 12, textStyle: { fontSize: 11 } }
	};
}

/**
 * A reference value (a national limit) as a dotted line of its own with a legend entry: a label
 * drawn on the line sat on the data points next to it. Its `reference:` id keeps it out of the
 * chart's data export (it is not one of the figures drawn, and the table names it).
 */
export function referenceLine(name: string, value: number, count: number) {
	return {
		type: 'line' as const,
		id: `reference:${name}`,
		name,
		data: Array.from({ length: count }, () => value),
		symbol: 'none',
		silent: true,
		z: 1,
		lineStyle: { color: '#c0392b', type: 'dotted' as const, width: 2 },
		itemStyle: { color: '#c0392b' },
		label: { show: false }
	};
}
