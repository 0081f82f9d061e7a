// 收支总表 / 收入支出决算总表 / 部门收支预算总表: two tables side by side, income on the left
// (一般公共预算拨款收入 … 本年收入合计, 上年结转, 收入总计) and expenditure on the right (类 names of
// the 功能分类, 本年支出合计, 结转下年, 支出总计). Each side has its own label and amount columns.
import { cellText } from '../sheet';
import { compact, isTotalLabel, oneLine, stageFromText, withoutNumbering } from '../structure/index';
import type { ImportContext, Layout, Recipe, RecipeColumn, Row, Sheet, SheetImport } from '../types';
import {
	allParts,
	amountFields,
	applyStandard,
	readValues,
	specFields,
	type RowPlan
} from './standard-apply';
import { functionalEnglish, functionClassOfName } from './standard-codes';
import { amountMeaning, parseAmount, type AmountColumn } from './standard-columns';
import { placeOf } from './standard-common';
import { expenditureLine, revenueLine, type LineSpec } from './standard-labels';
import { stageOfHeader, type LineDraft } from './standard-lines';
import { note } from './standard-messages';
import { candidate, standardRecipe } from './standard-recipe';

type Side = 'income' | 'expenditure';

function sideOf(header: string): Side | null {
	const c = compact(header);
	if (/收入|资金来源/.test(c)) return 'income';
	if (/支出|资金运用/.test(c)) return 'expenditure';
	return null;
}

/** Label columns (项目) and amount columns, each amount column on the side of the label column before it. */
export function summaryColumns(headers: readonly string[], year: number | null): RecipeColumn[] {
	const columns: RecipeColumn[] = [];
	let side: Side | null = null;
	let names = 0;
	headers.forEach((header, i) => {
		if (header === '') return;
		const leaf = compact(header.split(' / ').pop() ?? '');
		const col = i + 1;
		if (/^(?:项目|科目|名称|科目名称)$/.test(leaf)) {
			side = sideOf(header) ?? (names === 0 ? 'income' : 'expenditure');
			names++;
			columns.push({ col, header, meaning: `name:${side}` });
		} else if (
			side !== null &&
			(stageOfHeader(leaf) !== null || /^(?:金额|合计|小计)$/.test(leaf) || isTotalLabel(leaf))
		) {
			columns.push({ col, header, meaning: amountMeaning(side, header, year) });
		} else columns.push({ col, header, meaning: 'ignore' });
	});
	return columns;
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const table = candidate(sheet, context);
	if (table === null) return null;
	const columns = summaryColumns(table.headers, table.year);
	const income = columns.find((column) => column.meaning === 'name:income');
	const spend = columns.find((column) => column.meaning === 'name:expenditure');
	if (income === undefined || spend === undefined) return null;
	let known = 0;
	for (const row of table.rows) {
		if (row.n < (table.structure.header?.firstDataRow ?? 0)) continue;
		if (revenueLine(cellText(row, income.col)) !== null) known++;
		const right = cellText(row, spend.col);
		if (functionClassOfName(right) !== null || expenditureLine(right) !== null) known++;
	}
	if (known < 3) return null;
	const headerStage = stageFromText(columns.map((column) => column.header).join(' '));
	const layout = 'standard_income_expenditure_summary';
	const recipe = standardRecipe({ ...table, layout, columns, headerStage });
	return { recipe, score: known >= 6 ? 0.95 : 0.85 };
}

interface SideColumns {
	readonly side: Side;
	readonly name: number;
	readonly amounts: AmountColumn[];
}

function sidesOf(recipe: Recipe): SideColumns[] {
	const sides: SideColumns[] = [];
	for (const column of recipe.columns) {
		const [kind, side] = column.meaning.split(':');
		if (kind === 'name' && (side === 'income' || side === 'expenditure'))
			sides.push({ side, name: column.col, amounts: [] });
		const amount = parseAmount(column);
		const last = sides[sides.length - 1];
		if (amount !== null && last !== undefined && amount.kind === last.side) last.amounts.push(amount);
	}
	return sides;
}

function specOf(side: Side, label: string): { spec: LineSpec; code?: string } | null {
	if (side === 'income') {
		const spec = revenueLine(label);
		return spec === null ? null : { spec };
	}
	const code = functionClassOfName(label);
	if (code !== null) {
		const spec: LineSpec = {
			id: `fc_${code}`,
			en: functionalEnglish(code),
			parent: 'total',
			relation: 'part',
			category: 'function'
		};
		return { spec, code };
	}
	const spec = expenditureLine(label);
	return spec === null ? null : { spec };
}

function sideDrafts(row: Row, side: SideColumns, plan: RowPlan): LineDraft[] | null {
	const label = oneLine(cellText(row, side.name));
	const values = readValues(row, side.amounts, plan.where, plan.tally);
	if (values === null) return null;
	if (label === '' || values.length === 0) return [];
	const found = specOf(side.side, label);
	if (found === null) {
		const place = placeOf(plan.where, row.n, side.name);
		const zh = side.side === 'income' ? '收入' : '支出';
		plan.tally.notes.push(
			note(
				place,
				`${zh}一侧的“${label}”不是已知的科目，未导入`,
				`${side.side} side: "${label}" is not a known line, not imported`
			)
		);
		return [];
	}
	return values.map((value) => ({
		...amountFields(row, value, plan),
		...specFields(found.spec),
		line_zh: withoutNumbering(label),
		excerptCells: [label, value.raw],
		...(found.code === undefined ? {} : { functional_code: found.code })
	}));
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const sides = sidesOf(recipe);
	return applyStandard({
		sheet,
		recipe,
		context,
		staged: sides.every((side) => side.amounts.every((amount) => amount.stage !== null)),
		missing: sides.some((side) => side.amounts.length > 0) ? null : 'amount:income',
		reader: (plan) => (row) => allParts(sides, (side) => sideDrafts(row, side, plan))
	});
}

export const standardIncomeExpenditureSummary: Layout = {
	id: 'standard_income_expenditure_summary',
	name: { zh: '收支总表（收入一侧 / 支出一侧）', en: 'Income and expenditure summary (收支总表, two-sided)' },
	recognise,
	apply
};
