// 收入总表 / 收入决算表 / 收入预算表 by unit: one row per unit (本级, 下属单位) and a 合计 row, one
// column per income line under 上年结转 / 本年收入 groups (3-row headers, 事业收入 split into 金额 /
// 其中:财政专户). The department's lines come from the 合计 row, or from its only unit row.
import { cellText } from '../sheet';
import { compact, isTotalLabel, oneLine, stageFromText } from '../structure/index';
import type { ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import {
	Tally,
	allRows,
	eachDataRow,
	placeOf,
	readAmount,
	resolveIdentity,
	skipNoFigure,
	whereOf,
	type Where
} from './standard-common';
import { revenueColumn, revenueSpec } from './standard-labels';
import { stageOfHeader, type LineDraft, type LineStage } from './standard-lines';
import { standardProblems } from './standard-messages';
import { finishSpending, recipeColumns, sniff, standardRecipe } from './standard-recipe';

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
	const sniffed = sniff(sheet);
	if (sniffed === null) return null;
	const { structure } = sniffed;
	const columns = recipeColumns(structure.header?.columns ?? [], byUnitMeaning);
	const lines = new Set(
		columns.filter((column) => column.meaning.startsWith('line:')).map((column) => column.meaning)
	);
	if (lines.size < 3 || !columns.some((column) => column.meaning === 'name')) return null;
	const headerStage = stageFromText(structure.title.texts.map(({ text }) => text).join(' '));
	const recipe = standardRecipe({
		layout: 'standard_income_by_unit',
		sheet,
		context,
		structure,
		columns,
		headerStage
	});
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

interface Plan {
	readonly where: Where;
	readonly nameCol: number;
}

function rowDrafts(row: Row, recipe: Recipe, plan: Plan, tally: Tally): LineDraft[] | null {
	const label = oneLine(cellText(row, plan.nameCol));
	const drafts: LineDraft[] = [];
	for (const column of recipe.columns) {
		const [kind, id, stage] = column.meaning.split(':');
		const spec = kind === 'line' ? revenueSpec(id ?? '') : null;
		if (spec === null) continue;
		const cell = readAmount(row, column.col, plan.where, column.header);
		if (cell.kind === 'bad') {
			tally.reject([cell.problem]);
			return null;
		}
		if (cell.kind === 'none') continue;
		drafts.push({
			line_id: spec.id,
			parent: spec.parent,
			relation: spec.relation,
			line_zh: column.header,
			line_en: spec.en,
			category: spec.category,
			stage: (stage as LineStage | undefined) ?? null,
			amount: cell.text,
			place: placeOf(plan.where, row.n, column.col, column.header),
			excerptCells: [label, column.header, cell.raw]
		});
	}
	return drafts;
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = whereOf(sheet, context);
	const rows = allRows(sheet);
	const tally = new Tally();
	const nameCol = recipe.columns.find((column) => column.meaning === 'name')?.col ?? 1;
	const headerStage = stageFromText(recipe.columns.map((column) => column.header).join(' '));
	const resolved = resolveIdentity({
		rows,
		recipe,
		context,
		where,
		needs: { stage: true, unit: true, headerStage }
	});
	const problems = [...resolved.problems];
	if (!recipe.columns.some((column) => column.meaning.startsWith('line:'))) {
		problems.push(standardProblems.columnMissing(where, 'line:revenue_total'));
	}
	const chosen = chosenRow(rows, recipe, nameCol);
	const drafts: LineDraft[] = [];
	eachDataRow(rows, recipe, where, tally, (row) => {
		const label = oneLine(cellText(row, nameCol));
		if (row.n !== chosen.row) {
			const why =
				chosen.row === null
					? {
							zh: `表中有 ${chosen.units} 个单位、没有合计行，不把单位当作部门导入`,
							en: `${chosen.units} units and no 合计 row: a unit is not imported as the department`
						}
					: {
							zh: `单位“${label}”的行；部门的数字取自第 ${chosen.row} 行`,
							en: `row of the unit "${label}"; the department's figures come from row ${chosen.row}`
						};
			return tally.skip(placeOf(where, row.n, nameCol), why.zh, why.en);
		}
		const found = rowDrafts(row, recipe, { where, nameCol }, tally);
		if (found === null) return;
		if (found.length === 0) return skipNoFigure(tally, where, row);
		tally.take();
		drafts.push(...found);
	});
	return finishSpending({ sheet, resolved, problems, tally, drafts });
}

export const standardIncomeByUnit: Layout = {
	id: 'standard_income_by_unit',
	name: { zh: '收入总表（按单位）', en: 'Income by unit (收入总表 / 收入决算表)' },
	recognise,
	apply
};
