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

/** Turns a fact row into a Figure; `valueKey` names the column holding the number. */
export function figureOf(row: Row | undefined, valueKey = 'amount'): Figure | null {
	if (!row) return null;
	const value = numberOrNull(row[valueKey]);
	if (value === null) return null;
	return {
		value,
		unit: text(row.unit),
		decimals: numberOrNull(row[`${valueKey}_decimals`]),
		citation: citationOf(row)
	};
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
	if (previous.value === 0) return null;
	const value = Math.round(((current.value - previous.value) / previous.value) * 1000) / 10;
	const change = derivedFigure({
		value,
		unit: '%',
		decimals: 1,
		formula: `(${label} ${current.value} − ${previous.value}) ÷ ${previous.value} × 100`,
		from: current
	});
	return { ...change, signed: true };
}

/** A ratio in per cent (e.g. final ÷ budget), rounded to one decimal. */
export function percentRatio(part: Figure, whole: Figure, label: string): Figure | null {
	if (whole.value === 0) return null;
	const value = Math.round((part.value / whole.value) * 1000) / 10;
	return derivedFigure({
		value,
		unit: '%',
		decimals: 1,
		formula: `${label}: ${part.value} ÷ ${whole.value} × 100`,
		from: part
	});
}
