import type { ChartOption } from '$lib/charts/echarts';

/** A datum's value: `12`, `[2022, 12]` (the last number), `{ value: 12 }`; anything else is no value. */
function valueOf(datum: unknown): number | null {
	if (typeof datum === 'number') return Number.isFinite(datum) ? datum : null;
	if (Array.isArray(datum)) return valueOf(datum.at(-1));
	if (typeof datum === 'object' && datum !== null && 'value' in datum) return valueOf(datum.value);
	return null;
}

/**
 * How many values the chart's series draw (a standard line or a mark is not a value). Zero means
 * the chart would be an empty frame with axes and a legend: the page says what is missing instead.
 */
export function drawnValues(option: ChartOption): number {
	const series = option.series;
	const list = Array.isArray(series) ? series : series ? [series] : [];
	let count = 0;
	for (const one of list as { data?: unknown }[]) {
		const data = Array.isArray(one?.data) ? one.data : [];
		for (const datum of data) if (valueOf(datum) !== null) count += 1;
	}
	return count;
}
