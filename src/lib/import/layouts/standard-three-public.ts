// The “三公”经费 table (预算 or 决算; titles vary: “三公”经费预算财政拨款情况统计表, …三公经费及会议费、
// 培训费…). Two shapes: one row per part with a 预算数 / 决算数 column each (the usual 部门预算
// table), or one column per part under 预算数 / 决算数 groups (the usual 部门决算 table).
import { cellText } from '../sheet';
import { compact, oneLine, withoutNumbering } from '../structure/index';
import type { ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import {
	amountFields,
	applyStandard,
	lineColumns,
	readValues,
	specFields,
	type RowPlan
} from './standard-apply';
import { amountColumns, amountMeaning, firstColumn } from './standard-columns';
import { placeOf } from './standard-common';
import {
	threePublicColumn,
	threePublicColumnName,
	threePublicLine,
	threePublicSpec
} from './standard-labels';
import { stageOfHeader, type LineDraft, type LineStage } from './standard-lines';
import { candidate, recipeColumns, standardRecipe, type Sniffed } from './standard-recipe';

const PARTS = new Set([
	'three_public_overseas',
	'three_public_vehicles',
	'three_public_vehicle_purchase',
	'three_public_vehicle_running',
	'three_public_receptions'
]);

function wideMeaning(header: string): string {
	const spec = threePublicColumn(header);
	if (spec === null) return 'ignore';
	const stage = stageOfHeader(header);
	return `line:${spec.id}${stage === null ? '' : `:${stage}`}`;
}

function rowMeaning(header: string, col: number, labelCol: number, year: number | null): string {
	if (col === labelCol) return 'name';
	const amount = stageOfHeader(header) !== null || /金额|合计/.test(compact(header));
	return amount ? amountMeaning('value', header, year) : 'ignore';
}

function labelColumn(headers: readonly string[]): number {
	const found = headers.findIndex((header) => /项目|名称|科目/.test(compact(header)));
	return found < 0 ? 1 : found + 1;
}

function partsInRows(sniffed: Sniffed, labelCol: number): number {
	const first = sniffed.structure.header?.firstDataRow ?? 0;
	const found = new Set<string>();
	for (const row of sniffed.rows) {
		if (row.n < first) continue;
		const spec = threePublicLine(cellText(row, labelCol));
		if (spec !== null && PARTS.has(spec.id)) found.add(spec.id);
	}
	return found.size;
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const table = candidate(sheet, context);
	if (table === null) return null;
	const { headers } = table;
	const titled = table.structure.title.texts.some(({ text }) => /三公/.test(compact(text)));
	const wide = headers.filter((header) => PARTS.has(threePublicColumn(header)?.id ?? '')).length;
	const base = { ...table, layout: 'standard_three_public' as const };
	if (wide >= 3) {
		const columns = recipeColumns(headers, wideMeaning);
		const recipe = standardRecipe({ ...base, columns, options: { orientation: 'columns' } });
		return { recipe, score: titled ? 0.95 : 0.85 };
	}
	const labelCol = labelColumn(headers);
	const parts = partsInRows(table, labelCol);
	const columns = recipeColumns(headers, (header, col) => rowMeaning(header, col, labelCol, table.year));
	const amounts = columns.filter((column) => column.meaning.startsWith('amount:')).length;
	if (amounts === 0 || parts < (titled ? 1 : 2)) return null;
	const recipe = standardRecipe({ ...base, columns, options: { orientation: 'rows' } });
	return { recipe, score: titled ? 0.95 : 0.8 };
}

function rowsDrafts(row: Row, recipe: Recipe, plan: RowPlan): LineDraft[] | null {
	const labelCol = firstColumn(recipe, 'name') ?? 1;
	const label = cellText(row, labelCol);
	const spec = threePublicLine(label);
	const place = placeOf(plan.where, row.n, labelCol);
	if (spec === null) {
		plan.tally.skip(
			place,
			`“${oneLine(label)}”不是“三公”经费的一项，跳过`,
			`"${oneLine(label)}" is not a 三公 line, skipped`
		);
		return null;
	}
	const values = readValues(row, amountColumns(recipe), plan.where, plan.tally);
	if (values === null) return null;
	return values.map((value) => ({
		...amountFields(row, value, plan),
		...specFields(spec),
		line_zh: withoutNumbering(label),
		excerptCells: [label, value.raw]
	}));
}

function columnsDrafts(row: Row, recipe: Recipe, plan: RowPlan): LineDraft[] | null {
	const rowStage = stageOfHeader(cellText(row, 1));
	const values = readValues(row, lineColumns(recipe, threePublicSpec), plan.where, plan.tally);
	if (values === null) return null;
	return values.map(({ column, text, raw }) => ({
		...specFields(column.spec),
		line_zh: withoutNumbering(threePublicColumnName(column.header)),
		stage: rowStage ?? ((column.stage as LineStage | undefined) || null),
		amount: text,
		place: placeOf(plan.where, row.n, column.col, column.header),
		excerptCells: [column.header, raw]
	}));
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const wide = recipe.options?.['orientation'] === 'columns';
	const staged = wide
		? recipe.columns.every(
				(column) => !column.meaning.startsWith('line:') || column.meaning.split(':').length > 2
			)
		: amountColumns(recipe).every((column) => column.stage !== null);
	return applyStandard({
		sheet,
		recipe,
		context,
		staged,
		missing: !wide && amountColumns(recipe).length === 0 ? 'amount:budget' : null,
		reader: (plan) => (row) => (wide ? columnsDrafts : rowsDrafts)(row, recipe, plan)
	});
}

export const standardThreePublic: Layout = {
	id: 'standard_three_public',
	name: {
		zh: '“三公”经费表（预算 / 决算）',
		en: '三公 (three public expenses) table, budget or final accounts'
	},
	recognise,
	apply
};
