import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import {
	formatInColumn,
	formatPercent,
	formatValue,
	labelWithUnit,
	unitLabel,
	type AmountUnit
} from '$lib/format';
import { projectFundingChart } from '$lib/charts/projects';
import { comparableOrNull, comparableUnit, type Figure } from '$lib/queries/figures';
import type { ProjectFigures } from '$lib/queries/projects-model';
import type { ChartRecord } from '$lib/charts/tidy';
import type { ChartView } from './overview-charts';
import { figureRecord } from './chart-records';
import { projectName, underExecution } from './projects-view';
import { columnUnit } from './table-units';

/** A cell's text; under a header that names the unit (units light) the number alone. */
function cellText(figure: Figure | null | undefined, locale: Locale, unitInHeader = false): string {
	if (!figure) return t(locale, 'story_not_in_dataset');
	const text = (unitInHeader ? formatInColumn : formatValue)(figure.value, figure.unit, locale, {
		decimals: figure.decimals
	});
	return figure.citation.derivation === 'derived' ? t(locale, 'env_derived_value', { value: text }) : text;
}

function summaryOf(projects: ProjectFigures[], threshold: number, locale: Locale): string {
	const limit = formatPercent(threshold, locale);
	const flagged = projects.filter((p) => underExecution(p, threshold).recomputed);
	const flaggedText = flagged.length
		? t(locale, 'env_summary_flagged', {
				threshold: limit,
				names: flagged.map((p) => projectName(p, locale)).join(t(locale, 'list_separator'))
			})
		: t(locale, 'env_summary_none_flagged', { threshold: limit });
	const details = projects
		.map((p) =>
			t(locale, 'env_summary_project', {
				name: projectName(p, locale),
				budget: cellText(p.budgetFullYear, locale),
				executed: cellText(p.executed, locale),
				final: p.line ? cellText(p.line.final, locale) : t(locale, 'env_no_line')
			})
		)
		.join(t(locale, 'list_separator'));
	return t(locale, 'env_summary_projects', { count: projects.length, flagged: flaggedText, details });
}

/**
 * One record per bar: the project, its year and the figure; 全年预算数 and the 附件1 line's final
 * carry their stage, the executed amount (执行数, not a stage of the accounts) none.
 */
function fundingRecords(
	projects: ProjectFigures[],
	labels: Record<'budgetFullYear' | 'executed' | 'lineFinal', string>,
	locale: Locale
): ChartRecord[] {
	const pick = {
		budgetFullYear: (p: ProjectFigures) => ({ figure: p.budgetFullYear, stage: 'budget_full_year' }),
		executed: (p: ProjectFigures) => ({ figure: p.executed, stage: null }),
		lineFinal: (p: ProjectFigures) => ({ figure: p.line?.final, stage: 'final' })
	};
	return (['budgetFullYear', 'executed', 'lineFinal'] as const).flatMap((key) =>
		projects.flatMap((p) => {
			const { figure, stage } = pick[key](p);
			return figureRecord(figure, {
				department_id: p.departmentId,
				year: p.fiscalYear,
				stage,
				series: labels[key],
				category: projectName(p, locale)
			});
		})
	);
}

/** The project funding chart with its data table (exactly the figures drawn) and its text summary. */
export function projectsChartView(projects: ProjectFigures[], threshold: number, locale: Locale): ChartView {
	const first = projects[0]?.executed;
	const unit = (first ? comparableUnit(first) : '万元') as AmountUnit;
	const title = t(locale, 'env_chart_projects_title');
	const seriesLabels = {
		budgetFullYear: t(locale, 'env_series_budget_full_year'),
		executed: t(locale, 'env_series_executed'),
		lineFinal: t(locale, 'env_series_line_final')
	};
	const option = projectFundingChart(
		projects.map((p) => ({
			label: projectName(p, locale),
			budgetFullYear: comparableOrNull(p.budgetFullYear),
			executed: comparableOrNull(p.executed),
			lineFinal: comparableOrNull(p.line?.final),
			flagged: underExecution(p, threshold).recomputed
		})),
		{ locale, title, unit, seriesLabels, flagMark: t(locale, 'env_flag_mark') }
	);
	// Units light: a column names its unit once where all its figures share it.
	const units = {
		budgetFullYear: columnUnit(projects.map((p) => p.budgetFullYear)),
		executed: columnUnit(projects.map((p) => p.executed)),
		lineFinal: columnUnit(projects.map((p) => p.line?.final))
	};
	return {
		id: 'projects-funding',
		title,
		option,
		table: {
			columns: [
				t(locale, 'env_col_project'),
				labelWithUnit(seriesLabels.budgetFullYear, units.budgetFullYear, locale),
				labelWithUnit(seriesLabels.executed, units.executed, locale),
				t(locale, 'env_col_rate_recomputed'),
				labelWithUnit(seriesLabels.lineFinal, units.lineFinal, locale)
			],
			rows: projects.map((p) => [
				(underExecution(p, threshold).recomputed ? t(locale, 'env_flag_mark') : '') + projectName(p, locale),
				cellText(p.budgetFullYear, locale, units.budgetFullYear !== null),
				cellText(p.executed, locale, units.executed !== null),
				cellText(p.rateRecomputed, locale),
				p.line ? cellText(p.line.final, locale, units.lineFinal !== null) : t(locale, 'env_no_line')
			])
		},
		summary: `${summaryOf(projects, threshold, locale)} ${t(locale, 'unit', { unit: unitLabel(unit, locale) })}`,
		records: fundingRecords(projects, seriesLabels, locale)
	};
}

/** The projects page's charts by name, for the projects shown (the build draws each for the first paint). */
export function projectsCharts(
	shown: ProjectFigures[],
	threshold: number,
	locale: Locale
): { execution: ChartView } {
	return { execution: projectsChartView(shown, threshold, locale) };
}
