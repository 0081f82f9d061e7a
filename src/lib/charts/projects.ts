import type { Locale } from '$lib/i18n/locales';
import { formatAmount, unitLabel, type AmountUnit } from '$lib/format';
import type { ChartOption } from './echarts';
import { DECALS, PALETTE, baseOption } from './theme';
import { literalTooltip } from './literal';

/** One project as the funding chart draws it: 附件3 amounts and the 附件1 final, kept apart. */
export interface ProjectFundingPoint {
	label: string;
	budgetFullYear: number | null;
	executed: number | null;
	lineFinal: number | null;
	/** Below the reader's execution threshold: marked in the label, not by colour alone. */
	flagged: boolean;
}

export interface ProjectFundingChartOptions {
	locale: Locale;
	title: string;
	unit: AmountUnit;
	seriesLabels: { budgetFullYear: string; executed: string; lineFinal: string };
	/** Prefix for a flagged project's axis label, e.g. `⚠ `. */
	flagMark: string;
}

const SERIES = ['budgetFullYear', 'executed', 'lineFinal'] as const;

/**
 * Horizontal bars, one group per project (first project on top): full-year budget and executed
 * amount from the project table, and the final amount of the same line in 附件1 as its own series.
 */
export function projectFundingChart(
	points: ProjectFundingPoint[],
	options: ProjectFundingChartOptions
): ChartOption {
	const format = (v: unknown) =>
		typeof v === 'number' ? formatAmount(v, options.unit, options.locale) : '—';
	return {
		...baseOption(options.title, options.locale),
		legend: { bottom: 4, type: 'plain', itemGap: 12, textStyle: { fontSize: 11 } },
		grid: { left: 168, right: 56, top: 40, bottom: 56 },
		tooltip: literalTooltip({ format, axisPointer: { type: 'shadow' } }),
		yAxis: {
			type: 'category',
			inverse: true,
			data: points.map((p) => (p.flagged ? `${options.flagMark}${p.label}` : p.label)),
			axisLabel: { width: 156, overflow: 'truncate', fontSize: 11 }
		},
		xAxis: { type: 'value', name: unitLabel(options.unit, options.locale), min: 0 },
		series: SERIES.map((key, index) => ({
			type: 'bar' as const,
			name: options.seriesLabels[key],
			barGap: '10%',
			itemStyle: { color: PALETTE[index], decal: DECALS[index] },
			label: { show: true, position: 'right', fontSize: 9 },
			data: points.map((p) => p[key])
		}))
	};
}
