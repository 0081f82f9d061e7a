import type { Locale } from '$lib/i18n/locales';
import type { ChartOption } from './echarts';
import { DECALS, LINE_SYMBOLS, PALETTE, baseOption, referenceLine } from './theme';
import { literalLabel, literalTooltip } from './literal';

/** One value of a series; `label` is the text drawn next to it (already formatted, derived marked). */
export interface AirPoint {
	year: number;
	value: number;
	derived: boolean;
	label: string;
}

/**
 * A series of the concentration chart. `scope`: a city scope (its own line, never merged with
 * another); `benchmark`: province or national figure; `target`: a target the city or the
 * department set (drawn as marks, not a line).
 */
export interface AirSeries {
	key: string;
	label: string;
	kind: 'scope' | 'benchmark' | 'target';
	points: AirPoint[];
}

export interface AirChartOptions {
	locale: Locale;
	title: string;
	unit: string;
	limit: { value: number; label: string } | null;
	/** Formats a number for the tooltip (locale-aware, from lib/format). */
	format: (value: number) => string;
}

const TARGET_SYMBOLS = ['triangle', 'pin', 'arrow'] as const;
const BENCHMARK_SYMBOLS = ['diamond', 'roundRect', 'rect'] as const;

export function airYears(series: AirSeries[]): number[] {
	return [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

function seriesStyle(s: AirSeries, index: number, counts: Record<AirSeries['kind'], number>) {
	const n = counts[s.kind]++;
	if (s.kind === 'scope') {
		return {
			symbol: LINE_SYMBOLS[n % LINE_SYMBOLS.length],
			lineStyle: { type: n === 0 ? 'solid' : 'dashed', width: 2 },
			itemStyle: { color: PALETTE[index % PALETTE.length] }
		};
	}
	const symbols = s.kind === 'target' ? TARGET_SYMBOLS : BENCHMARK_SYMBOLS;
	return {
		symbol: symbols[n % symbols.length],
		lineStyle: { width: 0 },
		itemStyle: { color: PALETTE[index % PALETTE.length] }
	};
}

/**
 * Concentration by year: a line per city scope, benchmark and target marks, and the national
 * grade II limit as a reference line. Derived points are hollow and their label says so.
 */
/** The axis top: the largest value or the limit, whichever is higher, so the limit line is always drawn. */
export function airAxisMax(series: AirSeries[], limit: number | null): number {
	const top = Math.max(limit ?? 0, ...series.flatMap((s) => s.points.map((p) => p.value)));
	return Math.ceil((top * 1.15) / 10) * 10;
}

/** Room under the plot for a legend that wraps to two items a row on a phone. */
export function legendRoom(seriesCount: number): number {
	return 40 + 24 * Math.ceil(seriesCount / 2);
}

export function airQualityChart(series: AirSeries[], options: AirChartOptions): ChartOption {
	const years = airYears(series);
	const counts = { scope: 0, benchmark: 0, target: 0 };
	return {
		...baseOption(options.title, options.locale),
		legend: { bottom: 4, type: 'plain', itemGap: 10, textStyle: { fontSize: 11 } },
		grid: { left: 48, right: 24, top: 44, bottom: legendRoom(series.length) },
		tooltip: literalTooltip({ format: options.format }),
		xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
		yAxis: {
			type: 'value',
			name: options.unit,
			min: 0,
			max: airAxisMax(series, options.limit?.value ?? null)
		},
		series: [
			...series.map((s, index) => ({
				type: 'line' as const,
				name: s.label,
				connectNulls: false,
				symbolSize: s.kind === 'scope' ? 8 : 12,
				...seriesStyle(s, index, counts),
				// Benchmarks and targets sit among the city's points: their values are in the table and tooltip.
				label: { show: s.kind === 'scope', position: 'top', fontSize: 11 },
				labelLayout: { moveOverlap: 'shiftY' },
				data: years.map((year) => {
					const point = s.points.find((p) => p.year === year);
					if (!point) return null;
					return {
						value: point.value,
						label: { formatter: literalLabel(point.label) },
						...(point.derived ? { symbol: 'emptyCircle', symbolSize: 10 } : {})
					};
				})
			})),
			...(options.limit ? [referenceLine(options.limit.label, options.limit.value, years.length)] : [])
		]
	};
}

/** A bar of the good-air comparison: the city's scopes and the benchmarks of the same year. */
export interface RatioBar {
	label: string;
	value: number;
	valueLabel: string;
}

export interface RatioChartOptions {
	locale: Locale;
	title: string;
	/** Reference lines: targets, each with a short label drawn above its line (`附件2 ≥95%`). */
	references: { value: number; label: string }[];
	format: (value: number) => string;
}

/** Horizontal bars of a ratio (%) for one year, with targets as reference lines. */
export function ratioChart(bars: RatioBar[], options: RatioChartOptions): ChartOption {
	return {
		...baseOption(options.title, options.locale),
		legend: { show: false },
		grid: { left: 168, right: 56, top: 60, bottom: 40 },
		tooltip: literalTooltip({ format: options.format, axisPointer: { type: 'shadow' } }),
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((b) => b.label),
			axisLabel: { width: 150, overflow: 'break', fontSize: 11 }
		},
		xAxis: { type: 'value', min: 0, max: 100, name: '%' },
		series: [
			{
				type: 'bar' as const,
				name: options.title,
				barMaxWidth: 28,
				data: bars.map((b, i) => ({
					value: b.value,
					label: { show: true, position: 'right', formatter: literalLabel(b.valueLabel), fontSize: 11 },
					itemStyle: { color: PALETTE[i % PALETTE.length], decal: DECALS[i % DECALS.length] }
				})),
				markLine: options.references.length
					? {
							symbol: 'none',
							lineStyle: { color: '#c0392b', type: 'dotted', width: 2 },
							// The category axis is inverted, so the line starts at the top.
							label: { position: 'start', fontSize: 11 },
							data: options.references.map((r) => ({
								xAxis: r.value,
								label: { formatter: literalLabel(r.label) }
							}))
						}
					: undefined
			}
		]
	};
}

/** Surface-water sections of one period by class. */
export interface SectionColumn {
	label: string;
	classII: number | null;
	classIII: number | null;
}

export interface SectionChartOptions {
	locale: Locale;
	title: string;
	seriesLabels: { classII: string; classIII: string };
	unit: string;
}

/** Stacked bars: class II and class III sections per period (the total is what they add up to). */
export function sectionsChart(columns: SectionColumn[], options: SectionChartOptions): ChartOption {
	const keys = ['classII', 'classIII'] as const;
	return {
		...baseOption(options.title, options.locale),
		legend: { bottom: 4, type: 'plain', itemGap: 12, textStyle: { fontSize: 11 } },
		grid: { left: 48, right: 24, top: 48, bottom: 72 },
		tooltip: literalTooltip({ format: String, axisPointer: { type: 'shadow' } }),
		xAxis: {
			type: 'category',
			data: columns.map((c) => c.label),
			axisLabel: { interval: 0, width: 120, overflow: 'break', fontSize: 11 }
		},
		yAxis: { type: 'value', name: options.unit, min: 0, minInterval: 1 },
		series: keys.map((key, index) => ({
			type: 'bar' as const,
			name: options.seriesLabels[key],
			stack: 'sections',
			barMaxWidth: 72,
			itemStyle: { color: PALETTE[index === 0 ? 0 : 2], decal: DECALS[index] },
			label: { show: true, position: 'inside', color: '#fff', fontSize: 12 },
			data: columns.map((c) => c[key])
		}))
	};
}
