// 支出决算表 / 支出预算表 / 一般公共预算财政拨款支出决算表 / 支出总表: one row per 功能分类科目
// (类 / 款 / 项) with 合计, 基本支出, 项目支出 (and 上缴上级支出 … kept as their own lines). The key
// is the code: names drift across years and are kept as printed.
import { compact, withoutNumbering } from '../structure/index';
import type { ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import { amountFields, applyStandard, readValues, type RowPlan } from './standard-apply';
import { isEconomicClass, isFunctionalCode } from './standard-codes';
import { amountColumns, amountMeaning } from './standard-columns';
import { placeOf } from './standard-common';
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
import { candidate, recipeColumns, standardRecipe } from './standard-recipe';

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
	const table = candidate(sheet, context);
	if (table === null) return null;
	const columns = recipeColumns(table.headers, (header) => functionMeaning(header, table.year));
	const amounts = columns.filter((column) => column.meaning.startsWith('amount:'));
	if (
		amounts.length === 0 ||
		!columns.some((column) => column.meaning === 'name' || column.meaning.startsWith('code'))
	) {
		return null;
	}
	const recipe = standardRecipe({ ...table, layout: 'standard_expenditure_by_function', columns });
	const found = codesIn(table.rows, recipe);
	if (found.functional === 0 || found.economic > found.functional) return null;
	const kinds = new Set(amounts.map((column) => column.meaning.split(':')[1]));
	const score = 0.7 + (kinds.has('basic') || kinds.has('project') ? 0.15 : 0) + (found.total > 0 ? 0.1 : 0);
	return { recipe, score: Math.min(score, 0.95) };
}

/** Codes carry down the rows (a 款 row under its 类): one carry per sheet. */
type Plan = RowPlan & { readonly carry: CodeCarry };

function rowDrafts(row: Row, recipe: Recipe, plan: Plan): LineDraft[] | null {
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
		plan.tally.skip(
			placeOf(plan.where, row.n, null),
			`${what}，跳过：${code.name}`,
			`row ${whatEn}, skipped: ${code.name}`
		);
		return null;
	}
	const values = readValues(row, amountColumns(recipe), plan.where, plan.tally);
	if (values === null) return null;
	return values.map((value) => {
		const args = {
			code,
			label: withoutNumbering(code.name),
			column: value.column,
			amount: value,
			base: amountFields(row, value, plan)
		};
		return total ? totalDraft(args) : codedDraft(args);
	});
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	return applyStandard({
		sheet,
		recipe,
		context,
		staged: amountColumns(recipe).every((column) => column.stage !== null),
		missing: amountColumns(recipe).length === 0 ? 'amount:total' : null,
		hints: (rows) => ({ departmentHint: unitNameRow(rows, recipe) }),
		reader: (plan) => {
			const withCarry: Plan = { ...plan, carry: { cls: null, section: null } };
			return (row) => rowDrafts(row, recipe, withCarry);
		}
	});
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
