import type { Locale } from '$lib/i18n/locales';
import { formatAmount, formatInColumn, unitLabel, type AmountUnit } from '$lib/format';
import type { ChartOption } from './echarts';
import { DECALS, PALETTE, chartFont } from './theme';
import { literalTooltip } from './literal';

export interface StackedPartsInput {
	locale: Locale;
	title: string;
	unit: AmountUnit;
	/** One column per year and stage, e.g. `2022 年决算`. */
	columns: string[];
	/** The parts, each a value per column (null = not published). */
	parts: { label: string; values: (number | null)[] }[];
	/** The total as published, per column: drawn as a marker, not as the sum of the bars. */
	total: { label: string; values: (number | null)[] };
}

/**
 * The parts of a total stacked per column (they are the source's `part` rows, which add up to the
 * total), with the published total as a diamond: where the parts do not add up to the published
 * total, the reader sees both.
 */
export function stackedPartsChart(input: StackedPartsInput): ChartOption {
	const format = (v: unknown) => (typeof v === 'number' ? formatAmount(v, input.unit, input.locale) : '—');
	return {
		animation: false,
		textStyle: { fontFamily: chartFont(input.locale) },
		aria: { enabled: true, decal: { show: true } },
		title: { text: input.title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
		legend: { top: 30, type: 'scroll', itemGap: 10, textStyle: { fontSize: 11 } },
		grid: { left: 56, right: 16, top: 84, bottom: 44 },
		tooltip: literalTooltip({ format, axisPointer: { type: 'shadow' } }),
		xAxis: {
			type: 'category',
			data: input.columns,
			axisLabel: { fontSize: 11, interval: 0, width: 88, overflow: 'break' }
		},
		yAxis: { type: 'value', name: unitLabel(input.unit, input.locale), min: 0 },
		series: [
			...input.parts.map((part, index) => ({
				type: 'bar' as const,
				name: part.label,
				stack: 'parts',
				barMaxWidth: 56,
				itemStyle: { color: PALETTE[index % PALETTE.length], decal: DECALS[index % DECALS.length] },
				data: part.values
			})),
			{
				type: 'line' as const,
				name: input.total.label,
				data: input.total.values,
				symbol: 'diamond',
				symbolSize: 14,
				lineStyle: { opacity: 0 },
				itemStyle: { color: '#1b2733' },
				label: {
					show: true,
					position: 'top',
					fontSize: 11,
					// The axis names the unit; the tooltip keeps it.
					formatter: (p: { value: unknown }) =>
						typeof p.value === 'number' ? formatInColumn(p.value, input.unit, input.locale) : '—'
				},
				z: 5
			}
		]
	};
}
