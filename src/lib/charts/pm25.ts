import type { Locale } from '$lib/i18n/locales';
import { formatConcentration } from '$lib/format';
import type { ChartOption } from './echarts';
import { LINE_SYMBOLS, PALETTE, baseOption, referenceLine } from './theme';
import { literalTooltip } from './literal';

export interface ConcentrationPoint {
	year: number;
	scope: string;
	measure: string;
	value: number;
	unit: 'µg/m³';
}

export interface ConcentrationChartOptions {
	locale: Locale;
	title: string;
	/** Series name per scope, naming its source so scopes are never read as one series. */
	scopeLabels: Record<string, string>;
	limitLabel: string;
}

/** Observed values per scope, years on the x axis (a year a scope lacks stays empty). */
export function concentrationSeriesData(points: ConcentrationPoint[]) {
	const observed = points.filter((p) => p.measure === 'observed');
	const years = [...new Set(observed.map((p) => p.year))].sort((a, b) => a - b);
	const scopes = [...new Set(observed.map((p) => p.scope))].sort();
	const series = scopes.map((scope) => ({
		scope,
		values: years.map((year) => observed.find((p) => p.scope === scope && p.year === year)?.value ?? null)
	}));
	const limit = points.find((p) => p.measure === 'limit')?.value ?? null;
	return { years, series, limit };
}

/** A line per scope with the GB 3095-2012 grade II limit as a dotted reference line (in the legend). */
export function concentrationChart(
	points: ConcentrationPoint[],
	options: ConcentrationChartOptions
): ChartOption {
	const { years, series, limit } = concentrationSeriesData(points);
	const format = (v: unknown) =>
		typeof v === 'number' ? formatConcentration(v, 'µg/m³', options.locale) : '—';
	return {
		...baseOption(options.title, options.locale),
		grid: { left: 56, right: 24, top: 84, bottom: 28 },
		tooltip: literalTooltip({ format }),
		xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
		yAxis: { type: 'value', name: 'µg/m³', min: 0 },
		series: [
			...series.map((s, index) => ({
				type: 'line' as const,
				name: options.scopeLabels[s.scope] ?? s.scope,
				data: s.values,
				connectNulls: false,
				symbol: LINE_SYMBOLS[index % LINE_SYMBOLS.length],
				symbolSize: 8,
				lineStyle: { type: index === 0 ? 'solid' : 'dashed', width: 2 },
				itemStyle: { color: PALETTE[index] },
				label: { show: true, position: 'top', fontSize: 11 }
			})),
			...(limit === null
				? []
				: [referenceLine(`${options.limitLabel} ${format(limit)}`, limit, years.length)])
		]
	};
}
