import type { ChartOption } from './echarts';
import { fitCategoryAxis, fitValueAxis, type Obj } from './layout-axes';
import { lineCount, textWidth } from './text-width';
import { CJK_FIRST_FONTS } from './theme';

/**
 * The one place a chart is laid out: title, legend, grid, axis labels and value labels are placed
 * from the box the chart is drawn in and the length of its texts, so nothing is drawn over
 * anything else at 360 px or at 1200 px. The builders say what to draw; this says where. Runs at
 * build time (the prerendered SVG, one per layout) and in the browser on every resize.
 */
export interface ChartBox {
	width: number;
	height: number;
}

export const FONT_SIZE = 11;
const LINE_HEIGHT = 16;
const EDGE = 10;
const LEGEND_GAP = 12;
const LEGEND_ICON = 18;
const LEGEND_PADDING = 5;

function list(value: unknown): Obj[] {
	if (Array.isArray(value)) return value as Obj[];
	return value && typeof value === 'object' ? [value as Obj] : [];
}

function fitTitle(title: unknown, box: ChartBox, font: string): { option: Obj | undefined; bottom: number } {
	const [t] = list(title);
	const text = typeof t?.text === 'string' ? t.text : '';
	if (!t || !text) return { option: t, bottom: 0 };
	const fontSize = box.width < 480 ? 13 : 14;
	const width = box.width - 2 * EDGE;
	const lineHeight = Math.round(fontSize * 1.5);
	const style = (t.textStyle ?? {}) as Obj;
	const option = {
		...t,
		left: 'center',
		top: 6,
		textStyle: { ...style, fontSize, width, overflow: 'break', lineHeight }
	};
	return { option, bottom: 6 + lineCount(text, fontSize, width, font) * lineHeight };
}

/** The names a legend shows: its own data, else every named series (once). */
function legendNames(legend: Obj, series: Obj[]): string[] {
	const data = Array.isArray(legend.data) ? legend.data : series.map((s) => s.name);
	const names = data.map((d) => (typeof d === 'string' ? d : String((d as Obj | null)?.name ?? '')));
	return [...new Set(names.filter(Boolean))];
}

/** Rows of legend items packed as ECharts' plain legend packs them, and the block's height. */
export function legendHeight(
	names: string[],
	width: number,
	font: string
): { height: number; textWidth: number | null } {
	const widest = width - LEGEND_ICON - 5;
	const needsBreak = names.some((n) => textWidth(n, FONT_SIZE, font) > widest);
	let rows: number[] = [];
	let used = 0;
	for (const name of names) {
		const text = Math.min(textWidth(name, FONT_SIZE, font), widest);
		const item = LEGEND_ICON + 5 + text;
		const height = lineCount(name, FONT_SIZE, widest, font) * LINE_HEIGHT;
		if (rows.length === 0 || used + LEGEND_GAP + item > width) {
			rows = [...rows, height];
			used = item;
		} else {
			rows[rows.length - 1] = Math.max(rows.at(-1) ?? 0, height);
			used += LEGEND_GAP + item;
		}
	}
	const total = rows.reduce((a, b) => a + b, 0) + LEGEND_GAP * Math.max(0, rows.length - 1);
	return { height: total + 2 * LEGEND_PADDING, textWidth: needsBreak ? widest : null };
}

function fitLegend(
	option: Obj,
	box: ChartBox,
	top: number,
	font: string
): { option: Obj | undefined; bottom: number } {
	const [legend] = list(option.legend);
	if (!legend || legend.show === false) return { option: legend, bottom: top };
	const names = legendNames(legend, list(option.series));
	if (names.length === 0) return { option: { ...legend, show: false }, bottom: top };
	const width = box.width - 2 * EDGE;
	const { height, textWidth: breakAt } = legendHeight(names, width - 2 * LEGEND_PADDING, font);
	const { bottom: _bottom, ...rest } = legend;
	void _bottom;
	const textStyle = {
		...((legend.textStyle ?? {}) as Obj),
		fontSize: FONT_SIZE,
		lineHeight: LINE_HEIGHT,
		...(breakAt ? { width: breakAt, overflow: 'break' } : {})
	};
	const fitted = {
		...rest,
		type: 'plain',
		left: 'center',
		top: top + 2,
		width,
		itemGap: LEGEND_GAP,
		itemWidth: LEGEND_ICON,
		itemHeight: 11,
		padding: LEGEND_PADDING,
		textStyle
	};
	return { option: fitted, bottom: top + 2 + height };
}

/** Every series with value labels lets ECharts hide or move a label that would cover another. */
function fitSeries(series: Obj[]): Obj[] {
	return series.map((s) => {
		const label = (s.label ?? {}) as Obj;
		const labelled = label.show === true || (Array.isArray(s.data) && s.data.some(hasOwnLabel));
		if (!labelled) return s;
		const fontSize = Math.max(10, Number(label.fontSize ?? FONT_SIZE));
		const moveOverlap = s.type === 'line' ? { moveOverlap: 'shiftY' } : {};
		// The padding widens the box ECharts tests for overlap to the box the font really draws.
		const fitted = { ...label, fontSize, lineHeight: Math.round(fontSize * 1.5), padding: [2, 2] };
		return { ...s, label: fitted, labelLayout: { hideOverlap: true, ...moveOverlap } };
	});
}

function hasMarkLineLabel(series: Obj): boolean {
	const markLine = series.markLine as Obj | undefined;
	return !!markLine && (markLine.label as Obj | undefined)?.show !== false;
}

function hasOwnLabel(datum: unknown): boolean {
	return (
		typeof datum === 'object' && datum !== null && ((datum as Obj).label as Obj | undefined)?.show === true
	);
}

/** The widest value label drawn to the right of horizontal bars (their formatters say what is drawn). */
function rightLabelRoom(series: Obj[], font: string): number {
	let widest = 0;
	for (const s of series) {
		const label = (s.label ?? {}) as Obj;
		for (const datum of Array.isArray(s.data) ? s.data : []) {
			const own = (typeof datum === 'object' && datum ? ((datum as Obj).label as Obj) : undefined) ?? {};
			const show = own.show ?? label.show;
			const position = own.position ?? label.position;
			if (show !== true || position !== 'right') continue;
			const value = typeof datum === 'object' && datum ? (datum as Obj).value : datum;
			const formatter = (own.formatter ?? label.formatter) as unknown;
			const text =
				typeof formatter === 'function' ? String(formatter({ value, data: datum })) : String(value ?? '');
			widest = Math.max(
				widest,
				textWidth(text, Math.max(10, Number(own.fontSize ?? label.fontSize ?? FONT_SIZE)), font)
			);
		}
	}
	return widest ? widest + 8 : 0;
}

/** The font stack the builder chose (theme.ts chartFont); text is measured in it. */
function fontOf(option: Obj): string {
	const family = ((option.textStyle ?? {}) as Obj).fontFamily;
	return typeof family === 'string' ? family : CJK_FIRST_FONTS;
}

export function fitChart(option: ChartOption, box: ChartBox): ChartOption {
	const o = option as Obj;
	const font = fontOf(o);
	const title = fitTitle(o.title, box, font);
	const legend = fitLegend(o, box, title.bottom, font);
	const series = fitSeries(list(o.series));
	const [xAxis] = list(o.xAxis);
	const [yAxis] = list(o.yAxis);
	const horizontal = yAxis?.type === 'category';
	// Reference-line labels drawn above the plot (a target on horizontal bars) need a line of room.
	const top = legend.bottom + 8 + (series.some(hasMarkLineLabel) ? 22 : 0);
	const right = EDGE + 6 + (horizontal ? rightLabelRoom(series, font) : 0);
	// The plot less the axis labels and unit under it (outerBounds makes the final fit exact).
	const plot = {
		width: box.width - right - EDGE,
		height: box.height - top - EDGE - 44,
		narrow: box.width < 480,
		font
	};
	const fitAxis = (axis: Obj | undefined, along: 'x' | 'y') =>
		axis?.type === 'category'
			? fitCategoryAxis(axis, along, plot)
			: axis
				? fitValueAxis(axis, along, plot)
				: axis;
	return {
		...o,
		...(title.option ? { title: title.option } : {}),
		...(legend.option ? { legend: legend.option } : {}),
		grid: {
			...((o.grid ?? {}) as Obj),
			left: EDGE,
			right,
			top,
			bottom: EDGE,
			outerBoundsMode: 'same',
			outerBoundsContain: 'all'
		},
		...(xAxis ? { xAxis: fitAxis(xAxis, 'x') } : {}),
		...(yAxis ? { yAxis: fitAxis(yAxis, 'y') } : {}),
		series
	};
}
