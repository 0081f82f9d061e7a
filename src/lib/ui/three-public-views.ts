import type { Locale } from '$lib/i18n/locales';
import { localized } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import { formatAmount, formatInColumn, labelWithUnit } from '$lib/format';
import { groupedBarsChart } from '$lib/charts/grouped-bars';
import { stackedPartsChart } from '$lib/charts/three-public';
import {
	THREE_PUBLIC_PARTS,
	type ThreePublicColumn,
	type ThreePublicPart
} from '$lib/queries/three-public-model';
import { comparableOrNull } from '$lib/queries/figures';
import type { ChartRecord } from '$lib/charts/tidy';
import type { ChartView } from './overview-charts';
import { figureRecord } from './chart-records';
import type { DepartmentOption } from './page-data';
import { columnLabel } from './spending-views';

const PART_KEYS: Record<ThreePublicPart | 'three_public', MessageKey> = {
	three_public: 'dashboards_tp_total',
	three_public_vehicles: 'vehicles',
	three_public_vehicle_purchase: 'dashboards_tp_vehicle_purchase',
	three_public_vehicle_running: 'dashboards_tp_vehicle_running',
	three_public_overseas: 'overseas',
	three_public_receptions: 'receptions'
};

export function partLabel(line: ThreePublicPart | 'three_public', locale: Locale): string {
	return t(locale, PART_KEYS[line]);
}

export function departmentName(departments: DepartmentOption[], id: string, locale: Locale): string {
	const d = departments.find((x) => x.department_id === id);
	return d ? localized(locale, d, 'name') : id;
}

/** An amount in 万元; in a table column whose header names 万元 (units light) the number alone. */
function amountText(value: number | null | undefined, locale: Locale, inColumn = false): string {
	if (value === null || value === undefined) return t(locale, 'story_not_in_dataset');
	return (inColumn ? formatInColumn : formatAmount)(value, '万元', locale);
}

function sourcesOf(columns: ThreePublicColumn[]): string[] {
	const ids = columns.flatMap((c) =>
		[c.total, ...Object.values(c.parts)].map((f) => f?.citation.source_id ?? '')
	);
	return [...new Set(ids.filter(Boolean))];
}

/** A part's value where it adds up to the total directly (purchase and running sit under vehicles). */
function partValue(c: ThreePublicColumn, p: ThreePublicPart): number | null {
	return c.directParts.includes(p) ? comparableOrNull(c.parts[p]) : null;
}

function partsSummary(columns: ThreePublicColumn[], parts: ThreePublicPart[], locale: Locale): string {
	const details = columns
		.map((c) =>
			t(locale, 'dashboards_tp_chart_item', {
				column: columnLabel(locale, c),
				total: amountText(comparableOrNull(c.total), locale),
				parts: parts
					.filter((p) => c.directParts.includes(p))
					.map((p) => `${partLabel(p, locale)} ${amountText(partValue(c, p), locale)}`)
					.join(', ')
			})
		)
		.join(t(locale, 'list_separator'));
	return t(locale, 'dashboards_tp_chart_summary', { details });
}

/** The stacked parts, then the stated totals: one record per value drawn. */
function partsRecords(columns: ThreePublicColumn[], parts: ThreePublicPart[], locale: Locale): ChartRecord[] {
	const dims = (c: ThreePublicColumn, series: string) => ({
		department_id: c.departmentId,
		year: c.year,
		stage: c.stage,
		series
	});
	const total = t(locale, 'dashboards_tp_total_stated');
	return [
		...parts.flatMap((p) =>
			columns.flatMap((c) =>
				figureRecord(c.directParts.includes(p) ? c.parts[p] : null, dims(c, partLabel(p, locale)))
			)
		),
		...columns.flatMap((c) => figureRecord(c.total, dims(c, total)))
	];
}

/** One department's 三公经费: its parts stacked per year and stage, the published total marked. */
export function threePublicChartView(columns: ThreePublicColumn[], locale: Locale): ChartView {
	const parts = THREE_PUBLIC_PARTS.filter((p) => columns.some((c) => c.directParts.includes(p)));
	const labels = columns.map((c) => columnLabel(locale, c));
	const title = t(locale, 'dashboards_tp_chart_title');
	return {
		id: 'three-public',
		title,
		option: stackedPartsChart({
			locale,
			title,
			unit: '万元',
			columns: labels,
			parts: parts.map((p) => ({ label: partLabel(p, locale), values: columns.map((c) => partValue(c, p)) })),
			total: {
				label: t(locale, 'dashboards_tp_total_stated'),
				values: columns.map((c) => comparableOrNull(c.total))
			}
		}),
		table: {
			columns: [
				t(locale, 'table_stage'),
				...parts.map((p) => labelWithUnit(partLabel(p, locale), '万元', locale)),
				labelWithUnit(t(locale, 'dashboards_tp_total_stated'), '万元', locale)
			],
			rows: columns.map((c, i) => [
				labels[i] ?? '',
				...parts.map((p) => amountText(partValue(c, p), locale, true)),
				amountText(comparableOrNull(c.total), locale, true)
			])
		},
		summary: partsSummary(columns, parts, locale),
		unit: '万元',
		sourceIds: sourcesOf(columns),
		records: partsRecords(columns, parts, locale)
	};
}

/** Budget bars, then final ones; department, year and stage apart (the axis packs the first two). */
function comparisonRecords(
	groups: ThreePublicColumn[],
	columnOf: (g: ThreePublicColumn, final: boolean) => ThreePublicColumn | undefined,
	locale: Locale
): ChartRecord[] {
	return [false, true].flatMap((final) =>
		groups.flatMap((g) => {
			const column = columnOf(g, final);
			return figureRecord(column?.total, {
				department_id: g.departmentId,
				year: g.year,
				stage: column?.stage ?? null,
				series: t(locale, 'dashboards_tp_total_stated')
			});
		})
	);
}

/** Every department's published total, one bar per department-year, budget and final apart. */
export function comparisonChartView(
	columns: ThreePublicColumn[],
	departments: DepartmentOption[],
	locale: Locale
): ChartView {
	const withTotal = columns.filter((c) => c.total);
	const groups = [...new Map(withTotal.map((c) => [`${c.departmentId}|${c.year}`, c])).values()];
	const categories = groups.map((g) => `${departmentName(departments, g.departmentId, locale)} ${g.year}`);
	const columnOf = (g: ThreePublicColumn, final: boolean) =>
		withTotal.find(
			(c) => c.departmentId === g.departmentId && c.year === g.year && (c.stage === 'final') === final
		);
	const valueOf = (g: ThreePublicColumn, final: boolean) => comparableOrNull(columnOf(g, final)?.total);
	const title = t(locale, 'dashboards_tp_compare_title');
	const row = (c: ThreePublicColumn, inColumn: boolean) => [
		departmentName(departments, c.departmentId, locale),
		String(c.year),
		t(locale, `stage_${c.stage}` as MessageKey),
		amountText(comparableOrNull(c.total), locale, inColumn)
	];
	// The table names 万元 in its header; the summary's sentences keep the unit with each figure.
	const rows = withTotal.map((c) => row(c, true));
	const said = withTotal.map((c) => row(c, false));
	return {
		id: 'three-public-compare',
		title,
		option: groupedBarsChart({
			locale,
			title,
			unit: '万元',
			categories,
			series: [
				{
					label: t(locale, 'dashboards_budget_kind'),
					values: groups.map((g) => valueOf(g, false)),
					kind: 'budget'
				},
				{
					label: t(locale, 'dashboards_final_kind'),
					values: groups.map((g) => valueOf(g, true)),
					kind: 'final'
				}
			]
		}),
		table: {
			columns: [
				t(locale, 'department'),
				t(locale, 'table_year'),
				t(locale, 'table_stage'),
				labelWithUnit(t(locale, 'dashboards_tp_total_stated'), '万元', locale)
			],
			rows
		},
		summary: t(locale, 'dashboards_tp_compare_summary', {
			details: said.map((r) => `${r[0]} ${r[1]} ${r[2]} ${r[3]}`).join(t(locale, 'list_separator'))
		}),
		unit: '万元',
		sourceIds: sourcesOf(withTotal),
		records: comparisonRecords(groups, columnOf, locale)
	};
}

/**
 * The page's charts by name, for the columns shown (years and stage filtered): the focused
 * department's parts and every department compared. The build draws each for the first paint.
 */
export function threePublicCharts(
	shown: ThreePublicColumn[],
	focusId: string,
	departments: DepartmentOption[],
	locale: Locale
): { focus: ChartView; compare: ChartView } {
	return {
		focus: threePublicChartView(
			shown.filter((c) => c.departmentId === focusId),
			locale
		),
		compare: comparisonChartView(shown, departments, locale)
	};
}
