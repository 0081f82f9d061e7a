import { WAN, wanColumnName } from '$lib/model/money';
import type { Row } from './query';

/** Where a figure came from: enough to open its citation. */
export interface Citation {
	source_id: string;
	locator: string;
	excerpt: string;
	derivation: 'reported' | 'derived';
	formula: string | null;
}

/** One figure as the reader sees it: a value, its unit and published precision, and its citation. */
export interface Figure {
	value: number;
	unit: string;
	decimals: number | null;
	/**
	 * Money published in 元 or 亿元 only: the amount in 万元 (the stored `<column>_wan`), which
	 * sums, comparisons and charts use. `value` and `unit` stay as published for the citation.
	 */
	wan?: number;
	citation: Citation;
	/** A change (year on year): shown with its sign, +57.5% / −11.4 百分点. */
	signed?: boolean;
}

function text(value: unknown): string {
	return value === null || value === undefined ? '' : String(value);
}

function numberOrNull(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function citationOf(row: Row): Citation {
	return {
		source_id: text(row.source_id),
		locator: text(row.locator),
		excerpt: text(row.excerpt),
		derivation: row.derivation === 'derived' ? 'derived' : 'reported',
		formula: row.formula === null || row.formula === undefined ? null : String(row.formula)
	};
}

/**
 * Turns a fact row into a Figure; `valueKey` names the column holding the number. Money in 元 or
 * 亿元 brings its `<valueKey>_wan` along (when the query selected it).
 */
export function figureOf(row: Row | undefined, valueKey = 'amount'): Figure | null {
	if (!row) return null;
	const value = numberOrNull(row[valueKey]);
	if (value === null) return null;
	const unit = text(row.unit);
	const wan = unit === WAN ? null : numberOrNull(row[wanColumnName(valueKey)]);
	return {
		value,
		unit,
		decimals: numberOrNull(row[`${valueKey}_decimals`]),
		...(wan === null ? {} : { wan }),
		citation: citationOf(row)
	};
}

/** The number to add, compare or draw: money in 万元, anything else as published. */
export function comparableValue(figure: Figure): number {
	return figure.wan ?? figure.value;
}

/** `comparableValue` of a figure that may be missing. */
export function comparableOrNull(figure: Figure | null | undefined): number | null {
	return figure ? comparableValue(figure) : null;
}

/** The unit of `comparableValue`: 万元 for money, the published unit otherwise. */
export function comparableUnit(figure: Figure): string {
	return figure.wan === undefined ? figure.unit : WAN;
}

/** Formula operands: converted money is marked, so `(Σ … 12.35 − 8.2)` never hides a unit change. */
function operands(figures: readonly Figure[]): { values: number[]; note: string } {
	const converted = figures.some((figure) => figure.wan !== undefined);
	return { values: figures.map(comparableValue), note: converted ? `（${WAN}）` : '' };
}

/**
 * A derived figure (a ratio or a change we compute): marked derived, with the formula spelled
 * out from the figures it is made of, and the first input's source.
 */
export function derivedFigure(options: {
	value: number;
	unit: string;
	decimals: number;
	formula: string;
	from: Figure;
}): Figure {
	return {
		value: options.value,
		unit: options.unit,
		decimals: options.decimals,
		citation: {
			...options.from.citation,
			derivation: 'derived',
			formula: options.formula
		}
	};
}

/** Relative change in per cent, rounded to one decimal, derived from two figures. */
export function percentChange(current: Figure, previous: Figure, label: string): Figure | null {
	const {
		values: [now = 0, before = 0],
		note
	} = operands([current, previous]);
	if (before === 0) return null;
	const value = Math.round(((now - before) / before) * 1000) / 10;
	const change = derivedFigure({
		value,
		unit: '%',
		decimals: 1,
		formula: `(${label} ${now} − ${before}) ÷ ${before} × 100${note}`,
		from: current
	});
	return { ...change, signed: true };
}

/** A ratio in per cent (e.g. final ÷ budget), rounded to one decimal. */
export function percentRatio(part: Figure, whole: Figure, label: string): Figure | null {
	const {
		values: [numerator = 0, denominator = 0],
		note
	} = operands([part, whole]);
	if (denominator === 0) return null;
	const value = Math.round((numerator / denominator) * 1000) / 10;
	return derivedFigure({
		value,
		unit: '%',
		decimals: 1,
		formula: `${label}: ${numerator} ÷ ${denominator} × 100${note}`,
		from: part
	});
}
