import type { Locale } from '$lib/i18n/locales';
import { localized } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import { formatAmount, formatInColumn, labelWithUnit, type AmountUnit } from '$lib/format';
import { groupedBarsChart } from '$lib/charts/grouped-bars';
import {
	figureKey,
	type SpendingData,
	type SpendingLine,
	type StageColumn
} from '$lib/queries/spending-model';
import { comparableOrNull, comparableUnit } from '$lib/queries/figures';
import type { ChartRecord } from '$lib/charts/tidy';
import type { ChartView } from './overview-charts';
import { figureRecord } from './chart-records';

/** What the reader filtered: an empty year list and a null stage mean "all". */
export interface SpendingFilter {
	years: number[];
	stage: string | null;
}

export const NO_FILTER: SpendingFilter = { years: [], stage: null };

export function visibleColumns(data: SpendingData, filter: SpendingFilter): StageColumn[] {
	return data.columns.filter(
		(c) =>
			(filter.years.length === 0 || filter.years.includes(c.year)) &&
			(!filter.stage || c.stage === filter.stage)
	);
}

export function stageLabel(locale: Locale, stage: string): string {
	return t(locale, `stage_${stage}` as MessageKey);
}

export function columnLabel(locale: Locale, column: StageColumn): string {
	return t(locale, 'dashboards_stage_year', { year: column.year, stage: stageLabel(locale, column.stage) });
}

export function lineLabel(line: SpendingLine, locale: Locale): string {
	return localized(locale, line, 'label');
}

/** The line the drill-down opens on: the total if the department states one, else all lines. */
export function defaultNode(data: SpendingData): string | null {
	return data.lines.some((l) => l.id === 'total') ? 'total' : null;
}

/** The focused line, its parts and its 其中 rows; `null` is the top (the department's root lines). */
export function nodeLines(data: SpendingData, nodeId: string | null) {
	const byId = new Map(data.lines.map((l) => [l.id, l]));
	const node = nodeId ? (byId.get(nodeId) ?? null) : null;
	const pick = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
	if (!node)
		return { node: null, parts: data.lines.filter((l) => l.depth === 0), ofWhich: [] as SpendingLine[] };
	return { node, parts: pick(node.parts), ofWhich: pick(node.ofWhich) };
}

/** The way from the top to a line, for the breadcrumb. */
export function ancestry(data: SpendingData, nodeId: string | null): SpendingLine[] {
	const byId = new Map(data.lines.map((l) => [l.id, l]));
	const path: SpendingLine[] = [];
	let current = nodeId ? byId.get(nodeId) : undefined;
	while (current) {
		path.unshift(current);
		current = current.parentId ? byId.get(current.parentId) : undefined;
	}
	return path;
}

/** The unit the grid draws in: 万元 (every amount brings its `amount_wan`), else as published. */
function unitOf(data: SpendingData): AmountUnit {
	const first = Object.values(data.figures)[0];
	const unit = first ? comparableUnit(first) : '万元';
	return unit === '亿元' || unit === '元' ? unit : '万元';
}

/** The lines a drill-down level draws and the grid of their amounts, as numbers and as text. */
interface LevelGrid {
	lines: SpendingLine[];
	columns: StageColumn[];
	unit: AmountUnit;
	value: (line: SpendingLine, column: StageColumn) => number | null;
	text: (value: number | null) => string;
}

function levelGrid(
	data: SpendingData,
	nodeId: string | null,
	filter: SpendingFilter,
	locale: Locale
): LevelGrid {
	const { node, parts } = nodeLines(data, nodeId);
	const unit = unitOf(data);
	return {
		lines: parts.length > 0 ? parts : node ? [node] : [],
		columns: visibleColumns(data, filter),
		unit,
		value: (line, c) => comparableOrNull(data.figures[figureKey(line.id, c.year, c.stage)]),
		text: (v) => (v === null ? t(locale, 'story_not_in_dataset') : formatAmount(v, unit, locale))
	};
}

function levelSources(data: SpendingData, grid: LevelGrid): string[] {
	const ids = grid.lines.flatMap((line) =>
		grid.columns.map((c) => data.figures[figureKey(line.id, c.year, c.stage)]?.citation.source_id ?? '')
	);
	return [...new Set(ids.filter(Boolean))];
}

/** One record per bar: the line, the year and the stage apart (the legend packs the last two). */
function levelRecords(data: SpendingData, grid: LevelGrid, locale: Locale): ChartRecord[] {
	return grid.columns.flatMap((c) =>
		grid.lines.flatMap((line) =>
			figureRecord(data.figures[figureKey(line.id, c.year, c.stage)], {
				department_id: data.departmentId,
				year: c.year,
				stage: c.stage,
				series: lineLabel(line, locale)
			})
		)
	);
}

function levelSummary(grid: LevelGrid, title: string, locale: Locale): string {
	const details = grid.lines
		.map((line) =>
			t(locale, 'dashboards_spending_summary_line', {
				line: lineLabel(line, locale),
				values: grid.columns
					.map((c) => `${columnLabel(locale, c)} ${grid.text(grid.value(line, c))}`)
					.join(', ')
			})
		)
		.join(t(locale, 'list_separator'));
	return t(locale, 'dashboards_spending_summary', {
		line: title,
		series: grid.columns.map((c) => columnLabel(locale, c)).join(t(locale, 'list_separator')),
		details
	});
}

/**
 * The chart of one drill-down level: the focused line's parts (or the line itself when it has
 * none) by year and stage. 其中 rows are not drawn: they are subsets and would read as parts.
 */
export function spendingChartView(
	data: SpendingData,
	nodeId: string | null,
	filter: SpendingFilter,
	locale: Locale
): ChartView {
	const grid = levelGrid(data, nodeId, filter, locale);
	const { node } = nodeLines(data, nodeId);
	const nodeName = node ? lineLabel(node, locale) : t(locale, 'dashboards_all_lines');
	const title = t(locale, 'dashboards_spending_chart_title', { line: nodeName });
	const { lines, columns, value, text } = grid;
	return {
		id: 'spending',
		title,
		option: groupedBarsChart({
			locale,
			title,
			unit: grid.unit,
			categories: lines.map((l) => lineLabel(l, locale)),
			series: columns.map((c) => ({
				label: columnLabel(locale, c),
				values: lines.map((l) => value(l, c)),
				kind: c.stage === 'final' ? 'final' : 'budget'
			}))
		}),
		table: {
			// Units light: each column header names the unit, the cells hold the numbers.
			columns: [
				t(locale, 'table_line'),
				...columns.map((c) => labelWithUnit(columnLabel(locale, c), grid.unit, locale))
			],
			rows: lines.map((l) => [
				lineLabel(l, locale),
				...columns.map((c) => {
					const v = value(l, c);
					return v === null ? text(v) : formatInColumn(v, grid.unit, locale);
				})
			])
		},
		summary: levelSummary(grid, title, locale),
		unit: grid.unit,
		sourceIds: levelSources(data, grid),
		records: levelRecords(data, grid, locale)
	};
}

/** The page's charts by name (the build draws the default view of each for the first paint). */
export function spendingCharts(
	data: SpendingData,
	locale: Locale,
	node: string | null = defaultNode(data),
	filter: SpendingFilter = NO_FILTER
): { level: ChartView } {
	return { level: spendingChartView(data, node, filter, locale) };
}
