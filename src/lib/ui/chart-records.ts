import type { ChartRecord } from '$lib/charts/tidy';
import { comparableOrNull, comparableUnit, figureOf, type Figure } from '$lib/queries/figures';
import type { Row } from '$lib/queries/query';

/** What a plotted value is of, besides its number: the builders name each dimension apart. */
export type RecordDimensions = Pick<ChartRecord, 'series'> &
	Partial<Pick<ChartRecord, 'department_id' | 'year' | 'stage' | 'category'>>;

/**
 * The record of one drawn figure: the value the chart draws (money converted to 万元 where it was
 * published in 元 or 亿元, then without published decimals) with its citation; none when the figure
 * is missing (a missing value draws nothing, so it exports nothing).
 */
export function figureRecord(figure: Figure | null | undefined, dims: RecordDimensions): ChartRecord[] {
	const value = comparableOrNull(figure);
	if (!figure || value === null) return [];
	return [
		{
			department_id: dims.department_id ?? null,
			year: dims.year ?? null,
			stage: dims.stage ?? null,
			series: dims.series,
			category: dims.category ?? '',
			value,
			decimals: figure.wan === undefined ? figure.decimals : null,
			unit: comparableUnit(figure),
			source_id: figure.citation.source_id || null,
			locator: figure.citation.locator || null
		}
	];
}

/** The record of a fact row's value column (`value`, `amount`, …) as a figure. */
export function rowRecord(row: Row | undefined, valueKey: string, dims: RecordDimensions): ChartRecord[] {
	return figureRecord(figureOf(row, valueKey), dims);
}

/** A value drawn without a figure behind it (a count the chart computed): no citation. */
export function plainRecord(value: number | null, unit: string, dims: RecordDimensions): ChartRecord[] {
	if (value === null || !Number.isFinite(value)) return [];
	return figureRecord(
		{
			value,
			unit,
			decimals: null,
			citation: { source_id: '', locator: '', excerpt: '', derivation: 'derived', formula: null }
		},
		dims
	);
}
