// 支出决算表 / 支出预算表 / 一般公共预算财政拨款支出决算表 / 支出总表: one row per 功能分类科目
// (类 / 款 / 项) with 合计, 基本支出, 项目支出 (and 上缴上级支出 … kept as their own lines). The key
// is the code: names drift across years and are kept as printed.
import { compact, stageFromText, withoutNumbering } from '../structure/index';
import type { ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import { isEconomicClass, isFunctionalCode } from './standard-codes';
import { amountColumns, amountMeaning, yearOfColumn } from './standard-columns';
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
import {
	amountKindOf,
	codedDraft,
	isTotalRow,
	rowCode,
	totalDraft,
	type CodeCarry,
	type RowCode
} from './standard-function-rows';
import { type LineDraft } from './standard-lines';
import { standardProblems } from './standard-messages';
import { finishSpending, recipeColumns, sniff, standardRecipe } from './standard-recipe';

const SPLIT: Readonly<Record<string, string>> = { 类: 'code:class', 款: 'code:section', 项: 'code:item' };

/** Column meaning of a 功能分类 table header (see standard-columns.ts for the grammar). */
export function functionMeaning(header: string, year: number | null): string {
	const parts = header.split(' / ').map(compact);
	const leaf = parts[parts.length - 1] ?? '';
	if (/编码|代码/.test(compact(header)) && !/名称/.test(leaf)) return SPLIT[leaf] ?? 'code';
	if (SPLIT[leaf] !== undefined && parts.length > 1) return SPLIT[leaf] ?? 'code';
	if (/名称/.test(leaf) || leaf === '项目' || leaf === '科目') return 'name';
	const kind = amountKindOf(header);
	return kind === null ? 'ignore' : amountMeaning(kind, header, year);
}

function codesIn(rows: readonly Row[], recipe: Recipe) {
	const carry: CodeCarry = { cls: null, section: null };
	const found = { functional: 0, economic: 0, total: 0 };
	for (const row of rows) {
		if (row.n < recipe.firstDataRow || (recipe.lastDataRow !== null && row.n > recipe.lastDataRow)) continue;
		const code = rowCode(row, recipe, carry);
		if (isFunctionalCode(code.code)) found.functional++;
		else if (isEconomicClass(code.code)) found.economic++;
		else if (isTotalRow(code)) found.total++;
	}
	return found;
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const sniffed = sniff(sheet);
	if (sniffed === null) return null;
	const { structure } = sniffed;
	const year = context.year ?? structure.title.year;
	const columns = recipeColumns(structure.header?.columns ?? [], (header) => functionMeaning(header, year));
	const amounts = columns.filter((column) => column.meaning.startsWith('amount:'));
	if (
		amounts.length === 0 ||
		!columns.some((column) => column.meaning === 'name' || column.meaning.startsWith('code'))
	) {
		return null;
	}
	const recipe = standardRecipe({
		layout: 'standard_expenditure_by_function',
		sheet,
		context,
		structure,
		columns
	});
	const found = codesIn(sniffed.rows, recipe);
	if (found.functional === 0 || found.economic > found.functional) return null;
	const kinds = new Set(amounts.map((column) => column.meaning.split(':')[1]));
	const score = 0.7 + (kinds.has('basic') || kinds.has('project') ? 0.15 : 0) + (found.total > 0 ? 0.1 : 0);
	return { recipe, score: Math.min(score, 0.95) };
}

interface Plan {
	readonly where: Where;
	readonly year: number;
	readonly carry: CodeCarry;
}

function rowDrafts(row: Row, recipe: Recipe, plan: Plan, tally: Tally): LineDraft[] | null {
	const code = rowCode(row, recipe, plan.carry);
	const total = isTotalRow(code);
	if (!total && !isFunctionalCode(code.code)) {
		const what =
			code.code === ''
				? '没有功能分类科目编码'
				: `“${code.code}”不是功能分类科目编码（类 3 位 / 款 5 位 / 项 7 位，如单位编码）`;
		const whatEn =
			code.code === ''
				? 'has no 功能分类 code'
				: `"${code.code}" is not a 功能分类 code (3/5/7 digits; a unit code?)`;
		tally.skip(
			placeOf(plan.where, row.n, null),
			`${what}，跳过：${code.name}`,
			`row ${whatEn}, skipped: ${code.name}`
		);
		return null;
	}
	const drafts: LineDraft[] = [];
	for (const column of amountColumns(recipe)) {
		const cell = readAmount(row, column.col, plan.where, column.header);
		if (cell.kind === 'bad') {
			tally.reject([cell.problem]);
			return null;
		}
		if (cell.kind === 'none') continue;
		const year = yearOfColumn(column, plan.year);
		const base = {
			place: placeOf(plan.where, row.n, column.col, column.header),
			stage: column.stage,
			...(year === undefined ? {} : { year })
		};
		const args = { code, label: withoutNumbering(code.name), column, amount: cell, base };
		drafts.push(total ? totalDraft(args) : codedDraft(args));
	}
	return drafts;
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = whereOf(sheet, context);
	const rows = allRows(sheet);
	const tally = new Tally();
	const headerStage = stageFromText(recipe.columns.map((column) => column.header).join(' '));
	const staged = amountColumns(recipe).every((column) => column.stage !== null);
	const departmentHint = unitNameRow(rows, recipe);
	const needs = { stage: !staged, unit: true, headerStage, departmentHint };
	const resolved = resolveIdentity({ rows, recipe, context, where, needs });
	const problems = [...resolved.problems];
	if (amountColumns(recipe).length === 0)
		problems.push(standardProblems.columnMissing(where, 'amount:total'));
	const plan: Plan = { where, year: resolved.recipe.year ?? 0, carry: { cls: null, section: null } };
	const drafts: LineDraft[] = [];
	eachDataRow(rows, recipe, where, tally, (row) => {
		const found = rowDrafts(row, recipe, plan, tally);
		if (found === null) return;
		if (found.length === 0) return skipNoFigure(tally, where, row);
		tally.take();
		drafts.push(...found);
	});
	return finishSpending({ sheet, resolved, problems, tally, drafts });
}

/** A unit row's name (a 9-digit unit code with the unit's name): what --department could say. */
function unitNameRow(rows: readonly Row[], recipe: Recipe): string | null {
	const carry: CodeCarry = { cls: null, section: null };
	for (const row of rows) {
		if (row.n < recipe.firstDataRow) continue;
		const code: RowCode = rowCode(row, recipe, carry);
		if (/^\d{6,}$/.test(code.code) && !isFunctionalCode(code.code) && code.name !== '') {
			return code.name.replace(/本级$/, '');
		}
	}
	return null;
}

export const standardExpenditureByFunction: Layout = {
	id: 'standard_expenditure_by_function',
	name: {
		zh: '支出表（按功能分类科目）',
		en: 'Expenditure by functional classification (支出决算表 / 支出预算表)'
	},
	recognise,
	apply
};
