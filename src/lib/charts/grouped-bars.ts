import type { Locale } from '$lib/i18n/locales';
import { formatAmount, formatInColumn, unitLabel, type AmountUnit } from '$lib/format';
import type { ChartOption } from './echarts';
import { DECALS, PALETTE, chartFont } from './theme';
import { literalTooltip } from './literal';

export interface BarSeries {
	label: string;
	/** One value per category; null = not published (no bar, never 0). */
	values: (number | null)[];
	/** Budgets are drawn lighter than final accounts; the decal tells them apart without colour. */
	kind: 'budget' | 'final';
}

export interface GroupedBarsInput {
	locale: Locale;
	title: string;
	unit: AmountUnit;
	categories: string[];
	series: BarSeries[];
	/** Bars of all series in one stack per category (for series that never share a category). */
	stacked?: boolean;
}

/** Value labels on the bars only while they stay readable. */
const MAX_LABELLED_BARS = 12;

/**
 * Horizontal bars, one row per category (a spending line, a department-year), one bar per series
 * (a year and stage). Bars are never stacked across series that share a category, so nothing is
 * summed that the source did not sum.
 */
export function groupedBarsChart(input: GroupedBarsInput): ChartOption {
	const { locale, unit } = input;
	const format = (v: unknown) => (typeof v === 'number' ? formatAmount(v, unit, locale) : '—');
	// The axis names the unit: the bar labels carry the number alone (the tooltip keeps both).
	const mark = (v: unknown) => (typeof v === 'number' ? formatInColumn(v, unit, locale) : '');
	const bars = input.categories.length * (input.stacked ? 1 : input.series.length);
	const labelled = bars <= MAX_LABELLED_BARS;
	return {
		animation: false,
		textStyle: { fontFamily: chartFont(input.locale) },
		aria: { enabled: true, decal: { show: true } },
		title: {
			text: input.title,
			left: 'center',
			top: 4,
			textStyle: { fontSize: 14, width: 600, overflow: 'truncate' }
		},
		legend: { top: 30, type: 'scroll', itemGap: 12, textStyle: { fontSize: 11 } },
		grid: { left: 128, right: labelled ? 72 : 24, top: 64, bottom: 28 },
		tooltip: literalTooltip({ format, axisPointer: { type: 'shadow' } }),
		xAxis: {
			type: 'value',
			name: unitLabel(unit, locale),
			nameLocation: 'end',
			nameGap: 8,
			splitNumber: 4,
			axisLabel: { hideOverlap: true, fontSize: 11 }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: input.categories,
			axisLabel: { width: 120, overflow: 'truncate', fontSize: 11 }
		},
		series: input.series.map((s, index) => ({
			type: 'bar' as const,
			name: s.label,
			stack: input.stacked ? 'all' : undefined,
			barMaxWidth: 22,
			itemStyle: {
				color: PALETTE[index % PALETTE.length],
				opacity: s.kind === 'budget' ? 0.6 : 1,
				decal: DECALS[index % DECALS.length]
			},
			label: {
				show: labelled,
				position: 'right',
				fontSize: 11,
				formatter: (p: { value: unknown }) => mark(p.value)
			},
			data: s.values
		}))
	};
}
