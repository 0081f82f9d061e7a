import type { ResultSet } from '$lib/data/result-set';
import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import { formatNumber } from '$lib/format';
import { cellText } from '$lib/format/cell';
import { columnScale, noiseFree } from '$lib/format/result-number';
import { RESULT_CHART_MAX_POINTS, resultChart, resultChartData } from '$lib/charts/result';
import type { ChartView } from '$lib/ui/overview-charts';
import type { ChartChoice } from './chart-choice';

export { defaultChoice, type ChartChoice } from './chart-choice';

interface Pivot {
	rows: { x: string | null; ys: unknown[] }[];
	names: string[];
	/** Result rows read (all of them, or the first RESULT_CHART_MAX_POINTS categories' worth). */
	read: number;
}

/** One row per result row, one series per chosen y column. */
function byColumns(result: ResultSet, choice: ChartChoice): Pivot {
	const read = Math.min(result.rowCount, RESULT_CHART_MAX_POINTS);
	const rows = Array.from({ length: read }, (_, r) => ({
		x: cellText(result.value(r, choice.x), result.columns[choice.x]!.kind),
		ys: choice.ys.map((c) => result.value(r, c))
	}));
	return { rows, names: choice.ys.map((c) => result.columns[c]!.name), read };
}

/** One row per x value, one series per value of the series column (the first y is drawn). */
function bySeries(result: ResultSet, choice: ChartChoice, series: number, empty: string): Pivot {
	const y = choice.ys[0]!;
	const names: string[] = [];
	const rows = new Map<string, Map<string, unknown>>();
	let read = 0;
	for (; read < result.rowCount; read++) {
		const x = cellText(result.value(read, choice.x), result.columns[choice.x]!.kind) ?? empty;
		if (!rows.has(x) && rows.size === RESULT_CHART_MAX_POINTS) break;
		const name = cellText(result.value(read, series), result.columns[series]!.kind) ?? empty;
		if (!names.includes(name)) names.push(name);
		const row = rows.get(x) ?? new Map<string, unknown>();
		// The first value per (x, series) is drawn; the table below the chart lists what was drawn.
		if (!row.has(name)) row.set(name, result.value(read, y));
		rows.set(x, row);
	}
	return {
		rows: [...rows].map(([x, row]) => ({ x, ys: names.map((n) => row.get(n) ?? null) })),
		names,
		read
	};
}

/** The chosen columns as a chart with its data table and text summary (the dashboards' shape). */
export function resultChartView(result: ResultSet, choice: ChartChoice, locale: Locale): ChartView {
	const empty = t(locale, 'sql_null');
	const series = choice.series;
	const pivot = series === null ? byColumns(result, choice) : bySeries(result, choice, series, empty);
	const measures = choice.ys.slice(0, series === null ? undefined : 1).map((c) => result.columns[c]!.name);
	const xName = result.columns[choice.x]!.name;
	const data = resultChartData(pivot.rows, pivot.names, empty);
	const scale = columnScale(data.series.flatMap((s) => s.values));
	const format = (v: number) => formatNumber(noiseFree(v), locale, { maxDecimals: scale });
	const list = (names: string[]) => names.join(t(locale, 'sql_list_separator'));
	const title = t(locale, 'sql_chart_title', { ys: list(measures), x: xName });
	return {
		id: 'sql-result',
		title,
		option: resultChart(data, {
			locale,
			type: choice.type,
			title,
			xName,
			formatValue: format,
			emptyLabel: empty
		}),
		table: {
			columns: [xName, ...pivot.names],
			rows: data.categories.map((category, i) => [
				category,
				...data.series.map((s) => {
					const v = s.values[i];
					return v === null || v === undefined ? empty : format(v);
				})
			])
		},
		summary: t(locale, pivot.read < result.rowCount ? 'sql_chart_summary_cut' : 'sql_chart_summary', {
			kind: t(locale, choice.type === 'bar' ? 'sql_chart_bar' : 'sql_chart_line'),
			shown: formatNumber(pivot.read, locale),
			rows: formatNumber(result.rowCount, locale),
			x: xName,
			ys: series === null ? list(measures) : `${list(measures)} × ${result.columns[series]!.name}`
		})
	};
}
