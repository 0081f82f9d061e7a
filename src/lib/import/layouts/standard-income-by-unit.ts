// 收入总表 / 收入决算表 / 收入预算表 by unit: one row per unit (本级, 下属单位) and a 合计 row, one
// column per income line under 上年结转 / 本年收入 groups (3-row headers, 事业收入 split into 金额 /
// 其中:财政专户). The department's lines come from the 合计 row, or from its only unit row.
import { cellText } from '../sheet';
import { compact, isTotalLabel, oneLine, stageFromText } from '../structure/index';
import type { ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import {
	applyStandard,
	lineColumns,
	readValues,
	specFields,
	type RowPlan,
	type RowReader
} from './standard-apply';
import { placeOf } from './standard-common';
import { revenueColumn, revenueSpec } from './standard-labels';
import { stageOfHeader, type LineStage } from './standard-lines';
import { candidate, recipeColumns, standardRecipe } from './standard-recipe';

/** 'name' for 单位名称, 'code' for 单位编码, 'line:<rev id>[:stage]' for an income column. */
export function byUnitMeaning(header: string): string {
	const leaf = compact(header.split(' / ').pop() ?? '');
	if (/编码|代码/.test(leaf)) return 'code';
	if (/名称/.test(leaf) || leaf === '项目' || leaf === '单位') return 'name';
	const spec = revenueColumn(header);
	if (spec === null) return 'ignore';
	const stage = stageOfHeader(header);
	return `line:${spec.id}${stage === null ? '' : `:${stage}`}`;
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const table = candidate(sheet, context);
	if (table === null) return null;
	const columns = recipeColumns(table.headers, byUnitMeaning);
	const lines = new Set(
		columns.filter((column) => column.meaning.startsWith('line:')).map((column) => column.meaning)
	);
	if (lines.size < 3 || !columns.some((column) => column.meaning === 'name')) return null;
	const headerStage = stageFromText(table.structure.title.texts.map(({ text }) => text).join(' '));
	const recipe = standardRecipe({ ...table, layout: 'standard_income_by_unit', columns, headerStage });
	return { recipe, score: lines.size >= 6 ? 0.95 : 0.85 };
}

/** Which row gives the department's lines: the (first) 合计 row, else the only unit row. */
function chosenRow(
	rows: readonly Row[],
	recipe: Recipe,
	nameCol: number
): { row: number | null; units: number } {
	let total: number | null = null;
	const units: number[] = [];
	for (const row of rows) {
		if (row.n < recipe.firstDataRow || (recipe.lastDataRow !== null && row.n > recipe.lastDataRow)) continue;
		const name = oneLine(cellText(row, nameCol));
		if (name === '') continue;
		if (isTotalLabel(name)) total ??= row.n;
		else units.push(row.n);
	}
	return { row: total ?? (units.length === 1 ? (units[0] ?? null) : null), units: units.length };
}

/** Why a unit's row is not the department's: no 合计 row to choose, or another row chosen. */
function notChosen(chosen: { row: number | null; units: number }, label: string) {
	return chosen.row === null
		? {
				zh: `表中有 ${chosen.units} 个单位、没有合计行，不把单位当作部门导入`,
				en: `${chosen.units} units and no 合计 row: a unit is not imported as the department`
			}
		: {
				zh: `单位“${label}”的行；部门的数字取自第 ${chosen.row} 行`,
				en: `row of the unit "${label}"; the department's figures come from row ${chosen.row}`
			};
}

/** The department's drafts from the chosen row; every other unit row is skipped with a note why. */
function rowReader(recipe: Recipe, plan: RowPlan): RowReader {
	const nameCol = recipe.columns.find((column) => column.meaning === 'name')?.col ?? 1;
	const chosen = chosenRow(plan.rows, recipe, nameCol);
	const columns = lineColumns(recipe, revenueSpec);
	return (row) => {
		const label = oneLine(cellText(row, nameCol));
		if (row.n !== chosen.row) {
			const why = notChosen(chosen, label);
			plan.tally.skip(placeOf(plan.where, row.n, nameCol), why.zh, why.en);
			return null;
		}
		const values = readValues(row, columns, plan.where, plan.tally);
		if (values === null) return null;
		return values.map(({ column, text, raw }) => ({
			...specFields(column.spec),
			line_zh: column.header,
			stage: (column.stage as LineStage | undefined) ?? null,
			amount: text,
			place: placeOf(plan.where, row.n, column.col, column.header),
			excerptCells: [label, column.header, raw]
		}));
	};
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const lines = recipe.columns.some((column) => column.meaning.startsWith('line:'));
	return applyStandard({
		sheet,
		recipe,
		context,
		// The columns name income lines, not stages: the table's stage is always needed.
		staged: false,
		missing: lines ? null : 'line:revenue_total',
		reader: (plan) => rowReader(recipe, plan)
	});
}

export const standardIncomeByUnit: Layout = {
	id: 'standard_income_by_unit',
	name: { zh: '收入总表（按单位）', en: 'Income by unit (收入总表 / 收入决算表)' },
	recognise,
	apply
};
