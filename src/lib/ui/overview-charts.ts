import type { Locale } from '$lib/i18n/locales';
import { t, type MessageKey } from '$lib/i18n/messages';
import { formatAmount, formatConcentration, formatInColumn, labelWithUnit } from '$lib/format';
import {
	expenditureChart,
	expenditureCells,
	type ExpenditureCell,
	type SpendingPoint
} from '$lib/charts/expenditure';
import { concentrationChart, concentrationSeriesData, type ConcentrationPoint } from '$lib/charts/pm25';
import type { ChartOption } from '$lib/charts/echarts';
import { WAN } from '$lib/model/money';
import type { Row } from '$lib/queries/query';
import type { SpendingStage } from '$lib/model';
import type { ChartRecord } from '$lib/charts/tidy';
import type { SourceMap } from './sources';
import { rowRecord } from './chart-records';

/** What a chart needs to be shown accessibly: the option, its data table and its text summary. */
export interface ChartView {
	id: string;
	title: string;
	option: ChartOption;
	/**
	 * `unit`: every number in the table is in it, said once above the table (单位：µg/m³, as the
	 * published tables do); otherwise a column header names its own unit.
	 */
	table: { columns: string[]; rows: string[][]; unit?: string };
	summary: string;
	/** The unit of the values drawn, for the caption of exported images. */
	unit?: string;
	/** The sources of the figures drawn, for the caption of exported images. */
	sourceIds?: string[];
	/** Every value drawn as a tidy record, for the CSV (without: read back from the option). */
	records?: ChartRecord[];
}

const STAGES = ['budget_initial', 'final'] as const satisfies readonly SpendingStage[];

/** The distinct sources of the rows a chart draws, in first-seen order. */
export function sourceIdsOf(rows: Row[]): string[] {
	return [...new Set(rows.map((r) => String(r.source_id ?? '')).filter(Boolean))];
}

function stageLabel(locale: Locale, stage: string): string {
	return t(locale, `stage_${stage}` as MessageKey);
}

/** The chart's points: every amount in 万元 (`amount_wan`), whatever unit the source used. */
function spendingPoints(rows: Row[]): SpendingPoint[] {
	return rows.map((row) => ({
		fiscal_year: Number(row.fiscal_year),
		line_id: String(row.line_id),
		stage: String(row.stage),
		amount: Number(row.amount_wan ?? row.amount),
		unit: WAN
	}));
}

/** The rows the expenditure chart draws, in its order: year, stage, then basic before project. */
function expenditureRecords(
	rows: Row[],
	cells: ExpenditureCell[],
	lineLabels: Record<string, string>,
	departmentId: string | null
) {
	return cells.flatMap((c) => {
		const row = rows.find(
			(r) => Number(r.fiscal_year) === c.year && r.line_id === c.line && r.stage === c.stage
		);
		// A figure of `amount` draws its amount_wan where the source published 元 or 亿元.
		return rowRecord(row, 'amount', {
			department_id: departmentId,
			year: c.year,
			stage: c.stage,
			series: lineLabels[c.line] ?? c.line
		});
	});
}

export function expenditureView(rows: Row[], locale: Locale, departmentId: string | null = null): ChartView {
	const points = spendingPoints(rows);
	const title = t(locale, 'chart_expenditure_title');
	const lineLabels = { basic: t(locale, 'basic'), project: t(locale, 'project') };
	const stageLabels = Object.fromEntries(STAGES.map((s) => [s, stageLabel(locale, s)]));
	const option = expenditureChart(points, { locale, title, lineLabels, stageLabels, stages: STAGES });
	const unit = points[0]?.unit ?? '万元';
	const cells = expenditureCells(points, STAGES);
	// The table names the unit in its header (units light); the summary sentence keeps it per figure.
	const amount = (v: number | null, inColumn = false) =>
		v === null
			? t(locale, 'story_not_in_dataset')
			: (inColumn ? formatInColumn : formatAmount)(v, unit, locale);
	const years = [...new Set(cells.map((c) => c.year))];
	const details = years
		.map((year) => {
			const pick = (line: string) =>
				cells.find((c) => c.year === year && c.line === line && c.stage === 'final')?.amount ?? null;
			return t(locale, 'summary_expenditure_year', {
				year,
				basic: amount(pick('basic')),
				project: amount(pick('project'))
			});
		})
		.join(t(locale, 'list_separator'));
	return {
		id: 'expenditure',
		title,
		option,
		table: {
			columns: [
				t(locale, 'table_year'),
				t(locale, 'table_line'),
				t(locale, 'table_stage'),
				labelWithUnit(t(locale, 'table_amount'), unit, locale)
			],
			rows: cells.map((c) => [
				String(c.year),
				lineLabels[c.line],
				stageLabels[c.stage] ?? c.stage,
				amount(c.amount, true)
			])
		},
		summary: t(locale, 'summary_expenditure', { years: years.join('–'), details }),
		unit,
		sourceIds: sourceIdsOf(rows),
		records: expenditureRecords(rows, cells, lineLabels, departmentId)
	};
}

function scopeLabel(locale: Locale, scope: string, rows: Row[], sources: SourceMap): string {
	const sourceId = rows.find((r) => r.scope === scope && r.measure === 'observed')?.source_id;
	const kind = sources[String(sourceId)]?.kind ?? '';
	return t(locale, 'scope_series_label', {
		scope: t(locale, `scope_${scope}` as MessageKey),
		source: t(locale, `kind_${kind}` as MessageKey)
	});
}

export function pm25View(rows: Row[], locale: Locale, sources: SourceMap): ChartView {
	const points = rows as unknown as ConcentrationPoint[];
	const title = t(locale, 'chart_pm25_title');
	const { years, series, limit } = concentrationSeriesData(points);
	const scopeLabels = Object.fromEntries(
		series.map((s) => [s.scope, scopeLabel(locale, s.scope, rows, sources)])
	);
	const option = concentrationChart(points, {
		locale,
		title,
		scopeLabels,
		limitLabel: t(locale, 'grade_ii_limit')
	});
	const value = (v: number | null) => (v === null ? '—' : formatConcentration(v, 'µg/m³', locale));
	const details = series
		.map((s) =>
			t(locale, 'summary_pm25_scope', {
				scope: scopeLabels[s.scope] ?? s.scope,
				values: years
					.flatMap((y, i) => (s.values[i] === null ? [] : [`${y} ${value(s.values[i] ?? null)}`]))
					.join(', ')
			})
		)
		.join(t(locale, 'list_separator'));
	return {
		id: 'pm25',
		title,
		option,
		table: {
			columns: [t(locale, 'table_year'), ...series.map((s) => scopeLabels[s.scope] ?? s.scope)],
			unit: 'µg/m³',
			rows: years.map((y, i) => [
				String(y),
				...series.map((s) => {
					const v = s.values[i] ?? null;
					return v === null ? '—' : formatInColumn(v, 'µg/m³', locale);
				})
			])
		},
		summary: t(locale, 'summary_pm25', { limit: value(limit), details }),
		unit: 'µg/m³',
		sourceIds: sourceIdsOf(rows),
		records: series.flatMap((s) =>
			years.flatMap((year) =>
				rowRecord(
					rows.find((r) => r.measure === 'observed' && r.scope === s.scope && Number(r.year) === year),
					'value',
					{ year, series: scopeLabels[s.scope] ?? s.scope }
				)
			)
		)
	};
}

/** The overview's charts by name (the build draws each for the first paint). */
export function overviewCharts(
	overview: { departmentId: string; spendingPoints: Row[]; pm25Points: Row[] },
	locale: Locale,
	sources: SourceMap
): { expenditure: ChartView; pm25: ChartView } {
	return {
		expenditure: expenditureView(overview.spendingPoints, locale, overview.departmentId),
		pm25: pm25View(overview.pm25Points, locale, sources)
	};
}
