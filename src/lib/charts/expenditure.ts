import type { Locale } from '$lib/i18n/locales';
import { formatAmount, unitLabel } from '$lib/format';
import type { ChartOption } from './echarts';
import { DECALS, PALETTE, baseOption } from './theme';
import { literalTooltip } from './literal';

export interface SpendingPoint {
	fiscal_year: number;
	line_id: string;
	stage: string;
	amount: number;
	unit: '万元' | '亿元' | '元';
}

export interface ExpenditureChartOptions {
	locale: Locale;
	title: string;
	lineLabels: Record<'basic' | 'project', string>;
	stageLabels: Record<string, string>;
	/** Stages drawn, each as its own stack (budget next to final). */
	stages: readonly string[];
}

const LINES = ['basic', 'project'] as const;

export interface ExpenditureCell {
	year: number;
	line: (typeof LINES)[number];
	stage: string;
	amount: number | null;
}

/** The grid of figures the chart draws: one cell per year × line × stage (null = not published). */
export function expenditureCells(points: SpendingPoint[], stages: readonly string[]): ExpenditureCell[] {
	const years = [...new Set(points.map((p) => p.fiscal_year))].sort((a, b) => a - b);
	const cells: ExpenditureCell[] = [];
	for (const year of years) {
		for (const stage of stages) {
			for (const line of LINES) {
				const hit = points.find((p) => p.fiscal_year === year && p.line_id === line && p.stage === stage);
				cells.push({ year, line, stage, amount: hit ? hit.amount : null });
			}
		}
	}
	return cells;
}

/** Stacked bars: for each year one stack per stage (budget, final), basic and project stacked. */
export function expenditureChart(points: SpendingPoint[], options: ExpenditureChartOptions): ChartOption {
	const cells = expenditureCells(points, options.stages);
	const years = [...new Set(cells.map((c) => c.year))];
	const unit = points[0]?.unit ?? '万元';
	const series = options.stages.flatMap((stage, stageIndex) =>
		LINES.map((line, lineIndex) => ({
			type: 'bar' as const,
			name: `${options.lineLabels[line]} · ${options.stageLabels[stage] ?? stage}`,
			stack: stage,
			barMaxWidth: 48,
			itemStyle: {
				color: PALETTE[lineIndex],
				opacity: stageIndex === 0 ? 0.55 : 1,
				decal: DECALS[stageIndex * 2 + lineIndex]
			},
			data: years.map(
				(year) => cells.find((c) => c.year === year && c.line === line && c.stage === stage)?.amount ?? null
			)
		}))
	);
	return {
		...baseOption(options.title, options.locale),
		grid: { left: 64, right: 16, top: 100, bottom: 28 },
		tooltip: literalTooltip({ format: (v) => formatAmount(v, unit, options.locale) }),
		xAxis: { type: 'category', data: years.map(String) },
		yAxis: { type: 'value', name: unitLabel(unit, options.locale) },
		series
	};
}
