import type { ResultSet } from '$lib/data/result-set';
import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import { formatNumber } from '$lib/format';
import { cellText } from '$lib/format/cell';
import { RESULT_CHART_MAX_POINTS, resultChart, resultChartData } from '$lib/charts/result';
import type { ChartView } from '$lib/ui/overview-charts';

export interface ChartChoice {
	type: 'bar' | 'line';
	x: number;
	ys: number[];
}

/** Numeric columns can be drawn; the first other column is the natural x axis. */
export function defaultChoice(result: ResultSet): ChartChoice | null {
	const numeric = result.columns.flatMap((c, i) => (c.kind === 'number' ? [i] : []));
	if (numeric.length === 0) return null;
	const x = result.columns.findIndex((c) => c.kind !== 'number');
	const xIndex = x >= 0 ? x : numeric[0]!;
	const ys = numeric.filter((i) => i !== xIndex);
	return { type: 'bar', x: xIndex, ys: ys.length ? ys.slice(0, 3) : [numeric[0]!] };
}

/** The chosen columns as a chart with its data table and text summary (the dashboards' shape). */
export function resultChartView(result: ResultSet, choice: ChartChoice, locale: Locale): ChartView {
	const empty = t(locale, 'sql_null');
	const shown = Math.min(result.rowCount, RESULT_CHART_MAX_POINTS);
	const rows = Array.from({ length: shown }, (_, r) => ({
		x: cellText(result.value(r, choice.x), result.columns[choice.x]!.kind),
		ys: choice.ys.map((c) => result.value(r, c))
	}));
	const names = choice.ys.map((c) => result.columns[c]!.name);
	const xName = result.columns[choice.x]!.name;
	const data = resultChartData(rows, names, empty);
	const format = (v: number) => formatNumber(v, locale, { maxDecimals: 6 });
	const title = t(locale, 'sql_chart_title', { ys: names.join(t(locale, 'sql_list_separator')), x: xName });
	return {
		id: 'sql-result',
		title,
		option: resultChart(data, { type: choice.type, title, xName, formatValue: format, emptyLabel: empty }),
		table: {
			columns: [xName, ...names],
			rows: data.categories.map((category, i) => [
				category,
				...data.series.map((s) => {
					const v = s.values[i];
					return v === null || v === undefined ? empty : format(v);
				})
			])
		},
		summary: t(locale, result.rowCount > shown ? 'sql_chart_summary_cut' : 'sql_chart_summary', {
			kind: t(locale, choice.type === 'bar' ? 'sql_chart_bar' : 'sql_chart_line'),
			shown: formatNumber(shown, locale),
			rows: formatNumber(result.rowCount, locale),
			x: xName,
			ys: names.join(t(locale, 'sql_list_separator'))
		})
	};
}
