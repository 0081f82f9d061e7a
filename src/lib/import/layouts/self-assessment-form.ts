// 绩效自评表 are forms, not tables: labelled fields (项目名称 / 主管部门 / 实施单位), a funding block
// (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), a goal block (预期目标 / 实际完成情况)
// and an indicator table (一级 / 二级 / 三级指标, 指标值, 实际完成值, 分值, 得分, 偏差原因). This file
// finds the blocks and the labelled fields; the layouts turn them into contract rows.
import { cellText, headRows } from '../sheet';
import { compact, filledTexts, oneLine } from '../structure/index';
import type { RecipeColumn, Row, Sheet } from '../types';

export interface FormPlan {
	/** First row of the form body (the first labelled field), after the title rows. */
	readonly firstRow: number | null;
	readonly fundingHeader: number | null;
	readonly goalHeader: number | null;
	readonly indicatorHeader: number | null;
}

const FUNDING = /年初预算数|全年预算数|预算数/;
const EXECUTED = /执行数/;
const GOAL = /^(?:年度总体目标|总体目标|年度目标|绩效目标|年度绩效目标)/;
export const FIELD_LABELS = {
	project: /^(?:项目名称|转移支付(?:\(项目\)|项目)?名称|专项名称|资金名称)$/,
	department: /^(?:部门名称|单位名称|预算单位|预算部门|部门\(单位\)名称)$/,
	competent: /^(?:主管部门|地方主管部门|主管单位|项目主管部门)$/,
	implementing: /^(?:实施单位|项目实施单位|执行单位)$/
} as const;

/** The row's non-empty cell texts, compact (order kept; positions are not needed to find blocks). */
function cellsOf(row: Row): string[] {
	return filledTexts(row.cells).map(compact);
}

function firstText(row: Row): string {
	return cellsOf(row).find((text) => text !== '') ?? '';
}

function isLabelled(row: Row): boolean {
	return cellsOf(row).some((text) => Object.values(FIELD_LABELS).some((label) => label.test(text)));
}

/** Where the blocks of a self-assessment form are, from its rows. */
export function findForm(rows: readonly Row[]): FormPlan {
	let firstRow: number | null = null;
	let fundingHeader: number | null = null;
	let goalHeader: number | null = null;
	let indicatorHeader: number | null = null;
	for (const row of rows) {
		const cells = cellsOf(row);
		if (firstRow === null && isLabelled(row)) firstRow = row.n;
		if (fundingHeader === null && cells.some((c) => FUNDING.test(c)) && cells.some((c) => EXECUTED.test(c))) {
			fundingHeader = row.n;
		}
		if (goalHeader === null && GOAL.test(firstText(row))) goalHeader = row.n;
		if (indicatorHeader === null && cells.includes('一级指标') && cells.includes('二级指标'))
			indicatorHeader = row.n;
	}
	return { firstRow: firstRow ?? fundingHeader, fundingHeader, goalHeader, indicatorHeader };
}

/** Rows a form recogniser looks at: title, fields, funding, goal and the indicator table's start. */
const FORM_ROWS = 160;
const forms = new WeakMap<Sheet, { rows: Row[]; plan: FormPlan }>();

/** A sheet's first rows and where its form blocks are, worked out once for both self-assessment layouts. */
export function sniffForm(sheet: Sheet): { rows: Row[]; plan: FormPlan } {
	const known = forms.get(sheet);
	if (known !== undefined) return known;
	const rows = headRows(sheet, FORM_ROWS);
	const found = { rows, plan: findForm(rows) };
	forms.set(sheet, found);
	return found;
}

/** The text right of a labelled cell ('项目名称 | XXX'): the first non-empty cell after the label. */
export function fieldValue(
	rows: readonly Row[],
	label: RegExp,
	before: number | null
): { text: string; row: number } | null {
	for (const row of rows) {
		if (before !== null && row.n >= before) break;
		const cells = row.cells.map((_, i) => cellText(row, i + 1));
		const at = cells.findIndex((text) => label.test(compact(text)));
		if (at < 0) continue;
		const value = cells.slice(at + 1).find((text) => oneLine(text) !== '' && !isFieldLabel(text));
		if (value !== undefined) return { text: oneLine(value), row: row.n };
	}
	return null;
}

function isFieldLabel(text: string): boolean {
	return Object.values(FIELD_LABELS).some((label) => label.test(compact(text)));
}

const FUNDING_COLUMNS: readonly [RegExp, string][] = [
	[/年初预算数/, 'funding:budget_initial'],
	[/全年预算数|调整后预算数|预算数/, 'funding:budget_full_year'],
	[/执行数/, 'funding:executed'],
	[/分值/, 'funding:weight'],
	[/执行率/, 'funding:rate'],
	[/得分/, 'funding:score']
];

const INDICATOR_COLUMNS: readonly [RegExp, string][] = [
	[/^一级指标/, 'indicator:level1'],
	[/^二级指标/, 'indicator:level2'],
	[/^三级指标/, 'indicator:level3'],
	[/实际完成值|全年完成值|完成值|实际值/, 'indicator:actual'],
	[/指标值|目标值/, 'indicator:target'],
	[/分值|权重/, 'indicator:weight'],
	[/得分/, 'indicator:score'],
	[/原因|改进措施/, 'indicator:deviation']
];

const GOAL_COLUMNS: readonly [RegExp, string][] = [
	[/预期目标|年初设定目标|设定目标|年度目标值/, 'goal:target'],
	[/实际完成情况|全年实际完成情况|完成情况/, 'goal:outcome']
];

function headerColumns(row: Row | undefined, table: readonly [RegExp, string][]): RecipeColumn[] {
	if (row === undefined) return [];
	const columns: RecipeColumn[] = [];
	row.cells.forEach((_, i) => {
		const header = oneLine(cellText(row, i + 1));
		const meaning = table.find(([pattern]) => pattern.test(compact(header)))?.[1];
		if (meaning !== undefined && !columns.some((column) => column.meaning === meaning)) {
			columns.push({ col: i + 1, header, meaning });
		}
	});
	return columns;
}

/** Recipe columns of the three blocks, read from their header rows. */
export function formColumns(rows: readonly Row[], plan: FormPlan): RecipeColumn[] {
	const at = (n: number | null) => rows.find((row) => row.n === n);
	return [
		...headerColumns(at(plan.fundingHeader), FUNDING_COLUMNS),
		...headerColumns(at(plan.goalHeader), GOAL_COLUMNS),
		...headerColumns(at(plan.indicatorHeader), INDICATOR_COLUMNS)
	];
}
