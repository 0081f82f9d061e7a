import type { Locale } from '$lib/i18n/locales';
import { localized, wordSeparator } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import { formatNumber, formatValue, unitLabel } from '$lib/format';
import { rankedBarsChart } from '$lib/charts/city-ranking';
import type { DepartmentComparison, DepartmentTotal } from '$lib/queries/compare-departments';
import type { ChartView } from './overview-charts';
import { figureRecord } from './chart-records';
import type { DepartmentOption } from './page-data';
import { sourceTitle, type SourceMap } from './sources';

interface Context {
	locale: Locale;
	sources: SourceMap;
	departments: readonly DepartmentOption[];
}

export function departmentName(id: string, context: Context): string {
	const d = context.departments.find((x) => x.department_id === id);
	if (!d) return id;
	return localized(context.locale, d, 'name');
}

/** The stage as the reader sees it; a budget standing in for missing final accounts says so. */
export function totalStage(total: DepartmentTotal, locale: Locale): string {
	const stage = t(locale, `stage_${total.stage}` as MessageKey);
	return total.budgetShown ? t(locale, 'compare_dept_stage_note', { stage }) : stage;
}

const drawn = (total: DepartmentTotal, locale: Locale) =>
	formatNumber(total.value, locale, {
		decimals: total.figure.wan === undefined ? total.figure.decimals : null
	});

/** Total spending per department and year, one bar each, the stage on every bar and row. */
export function departmentTotalsView(comparison: DepartmentComparison, context: Context): ChartView {
	const { locale, sources } = context;
	const unit = unitLabel(comparison.totals[0]?.unit ?? '万元', locale);
	const title = t(locale, 'compare_dept_title');
	const category = (total: DepartmentTotal) =>
		t(locale, 'compare_dept_category', {
			name: departmentName(total.departmentId, context),
			year: total.year
		});
	const option = rankedBarsChart({
		locale,
		title,
		unit,
		format: (v) => formatValue(v, '万元', locale),
		labelRoom: comparison.totals.some((x) => x.budgetShown) ? 190 : 64,
		bars: comparison.totals.map((total) => ({
			label: category(total),
			value: total.value,
			// The stage of a budget standing in for final accounts is on its bar; final ones say it in the title.
			valueText: total.budgetShown
				? `${drawn(total, locale)} ${totalStage(total, locale)}`
				: drawn(total, locale),
			highlighted: false,
			muted: total.budgetShown
		}))
	});
	const items = comparison.totals
		.map((total) =>
			t(locale, 'compare_dept_item', {
				what: category(total),
				value: `${drawn(total, locale)} ${unitLabel(total.unit, locale)}`,
				stage: totalStage(total, locale)
			})
		)
		.join(t(locale, 'list_separator'));
	const missing = comparison.missing.length
		? t(locale, 'compare_dept_missing', {
				names: comparison.missing.map((id) => departmentName(id, context)).join(t(locale, 'list_separator'))
			})
		: '';
	const summary = [t(locale, 'compare_dept_summary', { count: comparison.totals.length, items }), missing]
		.filter(Boolean)
		.join(wordSeparator(locale));
	return {
		id: 'compare-departments',
		title,
		option,
		unit,
		sourceIds: [...new Set(comparison.totals.map((x) => x.figure.citation.source_id))],
		table: {
			columns: [
				t(locale, 'compare_department'),
				t(locale, 'compare_year'),
				t(locale, 'compare_stage'),
				t(locale, 'compare_value', { unit }),
				t(locale, 'compare_source')
			],
			rows: comparison.totals.map((total) => [
				departmentName(total.departmentId, context),
				String(total.year),
				totalStage(total, locale),
				drawn(total, locale),
				sourceTitle(sources, total.figure.citation.source_id, locale)
			])
		},
		summary,
		records: comparison.totals.flatMap((total) =>
			figureRecord(total.figure, {
				department_id: total.departmentId,
				year: total.year,
				stage: total.stage,
				series: t(locale, 'dashboards_line_total')
			})
		)
	};
}
