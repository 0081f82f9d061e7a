import type { ResultColumn, ResultSet } from '$lib/data/result-set';

/**
 * What the result chart draws: x is a category (a year or a text column), ys are numeric
 * measures, and an optional series column splits one measure into a line or bar per value
 * (one per stage, per department…).
 */
export interface ChartChoice {
	type: 'bar' | 'line';
	x: number;
	ys: number[];
	/** A column whose values become the series (then only the first y is drawn), or null. */
	series: number | null;
}

const YEAR_NAME = /(^|_)(fiscal_)?year$|^年|年份|年度|^year\b/i;

/** Years are categories, never values: a column named like one holding integers 1900–2100. */
export function isYearColumn(result: ResultSet, index: number): boolean {
	const column = result.columns[index];
	if (!column || column.kind !== 'number' || !YEAR_NAME.test(column.name)) return false;
	for (let r = 0; r < Math.min(result.rowCount, 200); r++) {
		const v = result.value(r, index);
		if (v === null || v === undefined) continue;
		if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) return false;
	}
	return true;
}

/** Bookkeeping numbers that are not measures: the published precision of another column. */
function isMeasure(result: ResultSet, column: ResultColumn, index: number): boolean {
	return column.kind === 'number' && !/_decimals$/.test(column.name) && !isYearColumn(result, index);
}

/** The columns a reader may tick as y (numeric measures, years excluded). */
export function measureColumns(result: ResultSet): number[] {
	return result.columns.flatMap((c, i) => (isMeasure(result, c, i) ? [i] : []));
}

/** Text columns with a few distinct values (2–12), which can split a measure into series. */
export function seriesCandidates(result: ResultSet, x: number): number[] {
	return result.columns.flatMap((c, i) => {
		if (i === x || c.kind !== 'text') return [];
		const values = new Set<unknown>();
		for (let r = 0; r < result.rowCount && values.size <= 12; r++) values.add(result.value(r, i));
		return values.size >= 2 && values.size <= 12 ? [i] : [];
	});
}

/** The x column: a year column first, then the first text column, then the first column. */
function defaultX(result: ResultSet): number {
	const year = result.columns.findIndex((_, i) => isYearColumn(result, i));
	if (year >= 0) return year;
	const text = result.columns.findIndex((c) => c.kind === 'text');
	return text >= 0 ? text : 0;
}

/** Whether the x column repeats (several rows per year): then a series column is needed. */
function xRepeats(result: ResultSet, x: number): boolean {
	const seen = new Set<unknown>();
	for (let r = 0; r < result.rowCount; r++) {
		const v = result.value(r, x);
		if (seen.has(v)) return true;
		seen.add(v);
	}
	return false;
}

/**
 * Defaults that read as a chart: x a year or text column, y the numeric measures (at most three),
 * and, when a year repeats across rows, the first text column with a few values as series.
 */
export function defaultChoice(result: ResultSet): ChartChoice | null {
	const x = defaultX(result);
	const ys = measureColumns(result).filter((i) => i !== x);
	if (ys.length === 0) return null;
	const candidates = xRepeats(result, x) ? seriesCandidates(result, x) : [];
	return { type: 'bar', x, ys: ys.slice(0, 3), series: candidates[0] ?? null };
}
