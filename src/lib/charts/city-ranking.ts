import type { Locale } from '$lib/i18n/locales';
import type { ChartOption } from './echarts';
import { DECALS, PALETTE, chartFont } from './theme';
import { literalTooltip } from './literal';

/** One bar: a city (or a department-year) in rank order. */
export interface RankedBar {
	/** The category label as shown (already carries the marker of a highlighted bar). */
	label: string;
	value: number;
	/** The value's text on the bar, formatted by lib/format. */
	valueText: string;
	/** The selected city or department: another colour, a decal, a bold label and a marker. */
	highlighted: boolean;
	/** Budget figures shown where final accounts are missing are drawn lighter. */
	muted?: boolean;
}

export interface RankedBarsInput {
	locale: Locale;
	title: string;
	/** The axis name: the unit of every value (one unit per chart). */
	unit: string;
	bars: RankedBar[];
	/** Formats a value for the tooltip. */
	format: (value: number) => string;
	/** Room right of the bars for their labels, in px (longer labels need more). */
	labelRoom?: number;
}

const HIGHLIGHT = PALETTE[1]!;
const OTHERS = PALETTE[0]!;

/**
 * Horizontal bars in the order given (rank 1 on top). The highlighted bar differs by colour, by a
 * decal pattern and by a bold, marked category label, so colour is never the only carrier.
 */
export function rankedBarsChart(input: RankedBarsInput): ChartOption {
	const { bars } = input;
	return {
		animation: false,
		textStyle: { fontFamily: chartFont(input.locale) },
		aria: { enabled: true, decal: { show: true } },
		title: {
			// The unit in the title: as an axis name it fell outside the chart's box at phone width.
			text: `${input.title} · ${input.unit}`,
			left: 'center',
			top: 4,
			textStyle: { fontSize: 14, width: 600, overflow: 'break' }
		},
		grid: { left: 8, right: input.labelRoom ?? 64, top: 44, bottom: 28, containLabel: true },
		tooltip: literalTooltip({ format: input.format, axisPointer: { type: 'shadow' } }),
		xAxis: {
			type: 'value',
			splitNumber: 4,
			axisLabel: { hideOverlap: true, fontSize: 11 }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => ({
				value: bar.label,
				textStyle: bar.highlighted ? { fontWeight: 'bold' as const, color: '#000' } : {}
			})),
			axisLabel: { width: 150, overflow: 'truncate', fontSize: 11, interval: 0 }
		},
		series: [
			{
				type: 'bar' as const,
				name: input.unit,
				barMaxWidth: 18,
				data: bars.map((bar) => ({
					value: bar.value,
					itemStyle: {
						color: bar.highlighted ? HIGHLIGHT : OTHERS,
						opacity: bar.muted ? 0.55 : 1,
						decal: bar.highlighted ? DECALS[0] : DECALS[3]
					},
					label: {
						show: true,
						position: 'right' as const,
						fontSize: 11,
						fontWeight: bar.highlighted ? ('bold' as const) : ('normal' as const),
						formatter: () => bar.valueText
					}
				}))
			}
		]
	};
}
