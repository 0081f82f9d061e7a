import type { Locale } from '$lib/i18n/locales';
import type { ChartOption } from './echarts';
import { DECALS, LINE_SYMBOLS, PALETTE, chartFont } from './theme';
import { literalTooltip } from './literal';

/**
 * A chart of any query result: one category column on the x axis, one or more numeric columns as
 * series, drawn as bars or lines. Used by the SQL console; same theme, decals and symbols as the
 * dashboards' charts, and a rich-text tooltip (no HTML built from data).
 */
export interface ResultChartData {
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
}

export interface ResultChartOptions {
	locale: Locale;
	type: 'bar' | 'line';
	title: string;
	/** Axis name for the x column. */
	xName: string;
	/** Formats a value for the tooltip (from lib/format). */
	formatValue: (value: number) => string;
	/** Shown for a missing value. */
	emptyLabel: string;
}

/** At most this many categories are drawn; the rest is left out and the caller says so. */
export const RESULT_CHART_MAX_POINTS = 500;

/** Picks chart data out of result rows: x as text, each y as a finite number or null. */
export function resultChartData(
	rows: readonly { x: string | null; ys: readonly unknown[] }[],
	seriesNames: readonly string[],
	emptyLabel: string
): ResultChartData {
	const kept = rows.slice(0, RESULT_CHART_MAX_POINTS);
	return {
		categories: kept.map((r) => r.x ?? emptyLabel),
		series: seriesNames.map((name, i) => ({
			name,
			values: kept.map((r) => {
				const v = r.ys[i];
				return typeof v === 'number' && Number.isFinite(v) ? v : null;
			})
		}))
	};
}

function seriesOption(type: 'bar' | 'line', s: ResultChartData['series'][number], index: number) {
	const color = PALETTE[index % PALETTE.length];
	if (type === 'bar') {
		return {
			type,
			name: s.name,
			data: s.values,
			barMaxWidth: 48,
			itemStyle: { color, decal: DECALS[index % DECALS.length] }
		};
	}
	return {
		type,
		name: s.name,
		data: s.values,
		connectNulls: false,
		symbol: LINE_SYMBOLS[index % LINE_SYMBOLS.length],
		symbolSize: 7,
		lineStyle: { type: index === 0 ? 'solid' : 'dashed', width: 2 },
		itemStyle: { color }
	};
}

export function resultChart(data: ResultChartData, options: ResultChartOptions): ChartOption {
	const format = (v: unknown) => (typeof v === 'number' ? options.formatValue(v) : options.emptyLabel);
	return {
		animation: false,
		textStyle: { fontFamily: chartFont(options.locale) },
		aria: { enabled: true, decal: { show: true } },
		title: { text: options.title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
		legend: { top: 34, type: 'scroll', textStyle: { fontSize: 11 } },
		grid: { left: 64, right: 24, top: 84, bottom: 48 },
		tooltip: literalTooltip({ format, empty: options.emptyLabel }),
		xAxis: {
			type: 'category',
			name: options.xName,
			nameLocation: 'middle',
			nameGap: 30,
			data: data.categories,
			boundaryGap: options.type === 'bar'
		},
		yAxis: { type: 'value' },
		series: data.series.map((s, i) => seriesOption(options.type, s, i))
	};
}
