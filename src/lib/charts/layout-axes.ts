import { lineCount, textWidth } from './text-width';

/** Axis layout for lib/charts/layout.ts: category labels wrapped or shortened, value labels thinned. */
export type Obj = Record<string, unknown>;

export interface PlotRoom {
	width: number;
	height: number;
	narrow: boolean;
	/** The chart's font stack, which its labels are measured in. */
	font: string;
}

const FONT_SIZE = 11;
const LABEL_LINE = 17;
/** What a value axis's labels take beside the plot, e.g. `3,000` (outerBounds makes it exact). */
const VALUE_LABEL_ROOM = 44;

function labelsOf(axis: Obj): string[] {
	const data = Array.isArray(axis.data) ? axis.data : [];
	return data.map((d) => (typeof d === 'object' && d !== null ? String((d as Obj).value ?? '') : String(d)));
}

/**
 * Category labels under vertical bars or lines: all shown on one line when they fit their slot,
 * wrapped when they fit in three lines, otherwise thinned out by ECharts (the tooltip and the data
 * table still name every category).
 */
function fitXCategories(labels: string[], plot: PlotRoom): Obj {
	const slot = (plot.width - VALUE_LABEL_ROOM) / Math.max(1, labels.length);
	const widest = Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE, plot.font)));
	const width = Math.floor(slot - 8);
	// A builder's own `width`/`overflow` is replaced: the break is decided here, for this box.
	if (widest <= width) return { interval: 0, hideOverlap: false, overflow: 'none', width: undefined };
	const lines = Math.max(...labels.map((l) => lineCount(l, FONT_SIZE, width, plot.font)));
	if (width >= 36 && lines <= 3) return { interval: 0, width, overflow: 'break', lineHeight: LABEL_LINE };
	return {
		interval: 'auto',
		hideOverlap: true,
		width: Math.max(width, 64),
		overflow: 'truncate',
		ellipsis: '…'
	};
}

/**
 * Category labels beside horizontal bars: at most a third of the width, wrapped, and cut to the
 * lines a bar's slot holds (ellipsis; the full name is in the tooltip and the data table).
 */
function fitYCategories(labels: string[], plot: PlotRoom): Obj {
	const slot = plot.height / Math.max(1, labels.length);
	const widest = Math.max(0, ...labels.map((l) => textWidth(l, FONT_SIZE, plot.font)));
	const width = Math.ceil(Math.min(widest, plot.width * (plot.narrow ? 0.36 : 0.3)));
	const lines = Math.max(1, ...labels.map((l) => lineCount(l, FONT_SIZE, width, plot.font)));
	const room = Math.max(1, Math.floor((slot - 6) / LABEL_LINE));
	const base = { interval: 0, width, overflow: 'break', lineHeight: LABEL_LINE };
	if (lines <= room) return base;
	return { ...base, height: room * LABEL_LINE, lineOverflow: 'truncate', ellipsis: '…' };
}

export function fitCategoryAxis(axis: Obj, along: 'x' | 'y', plot: PlotRoom): Obj {
	const labels = labelsOf(axis);
	const fitted = along === 'x' ? fitXCategories(labels, plot) : fitYCategories(labels, plot);
	return {
		...axis,
		// A first category on the value axis put its label on the axis's `0`.
		...(along === 'x' ? { boundaryGap: true } : {}),
		nameMoveOverlap: true,
		axisLabel: { ...((axis.axisLabel ?? {}) as Obj), fontSize: FONT_SIZE, lineHeight: LABEL_LINE, ...fitted }
	};
}

/** Value axes: labels thinned where they would touch, the unit above the axis or under it. */
export function fitValueAxis(axis: Obj, along: 'x' | 'y', plot: PlotRoom): Obj {
	const name = typeof axis.name === 'string' && axis.name ? axis.name : null;
	const nameStyle = { ...((axis.nameTextStyle ?? {}) as Obj), fontSize: FONT_SIZE };
	const placed = !name
		? {}
		: along === 'y'
			? { nameLocation: 'end', nameGap: 10, nameTextStyle: { ...nameStyle, align: 'left' } }
			: { nameLocation: 'middle', nameGap: 26, nameTextStyle: nameStyle };
	return {
		...axis,
		...placed,
		nameMoveOverlap: true,
		...(along === 'x' ? { splitNumber: plot.narrow ? 3 : 5 } : {}),
		axisLabel: { ...((axis.axisLabel ?? {}) as Obj), fontSize: FONT_SIZE, hideOverlap: true }
	};
}
