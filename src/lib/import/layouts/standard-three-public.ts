// The “三公”经费 table (预算 or 决算; titles vary: “三公”经费预算财政拨款情况统计表, …三公经费及会议费、
// 培训费…). Two shapes: one row per part with a 预算数 / 决算数 column each (the usual 部门预算
// table), or one column per part under 预算数 / 决算数 groups (the usual 部门决算 table).
import { cellText } from '../sheet';
import { compact, oneLine, stageFromText, withoutNumbering } from '../structure/index';
import type { ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import { amountColumns, amountMeaning, firstColumn, yearOfColumn } from './standard-columns';
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
	threePublicColumn,
	threePublicColumnName,
	threePublicLine,
	threePublicSpec
} from './standard-labels';
import { stageOfHeader, type LineDraft, type LineStage } from './standard-lines';
import { standardProblems } from './standard-messages';
import { finishSpending, recipeColumns, sniff, standardRecipe, type Sniffed } from './standard-recipe';

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
	const sniffed = sniff(sheet);
	if (sniffed === null) return null;
	const { structure } = sniffed;
	const headers = structure.header?.columns ?? [];
	const titled = structure.title.texts.some(({ text }) => /三公/.test(compact(text)));
	const wide = headers.filter((header) => PARTS.has(threePublicColumn(header)?.id ?? '')).length;
	const base = { layout: 'standard_three_public' as const, sheet, context, structure };
	if (wide >= 3) {
		const columns = recipeColumns(headers, wideMeaning);
		const recipe = standardRecipe({ ...base, columns, options: { orientation: 'columns' } });
		return { recipe, score: titled ? 0.95 : 0.85 };
	}
	const labelCol = labelColumn(headers);
	const parts = partsInRows(sniffed, labelCol);
	const year = context.year ?? structure.title.year;
	const columns = recipeColumns(headers, (header, col) => rowMeaning(header, col, labelCol, year));
	const amounts = columns.filter((column) => column.meaning.startsWith('amount:')).length;
	if (amounts === 0 || parts < (titled ? 1 : 2)) return null;
	const recipe = standardRecipe({ ...base, columns, options: { orientation: 'rows' } });
	return { recipe, score: titled ? 0.95 : 0.8 };
}

interface Plan {
	readonly where: Where;
	readonly year: number;
}

function rowsDrafts(row: Row, recipe: Recipe, plan: Plan, tally: Tally): LineDraft[] | null {
	const labelCol = firstColumn(recipe, 'name') ?? 1;
	const label = cellText(row, labelCol);
	const spec = threePublicLine(label);
	const place = placeOf(plan.where, row.n, labelCol);
	if (spec === null) {
		tally.skip(
			place,
			`“${oneLine(label)}”不是“三公”经费的一项，跳过`,
			`"${oneLine(label)}" is not a 三公 line, skipped`
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
		drafts.push({
			...specFields(spec),
			line_zh: withoutNumbering(label),
			stage: column.stage,
			amount: cell.text,
			place: placeOf(plan.where, row.n, column.col, column.header),
			excerptCells: [label, cell.raw],
			...(year === undefined ? {} : { year })
		});
	}
	return drafts;
}

function specFields(spec: NonNullable<ReturnType<typeof threePublicLine>>) {
	return {
		line_id: spec.id,
		parent: spec.parent,
		relation: spec.relation,
		line_en: spec.en,
		category: spec.category
	};
}

function columnsDrafts(row: Row, recipe: Recipe, plan: Plan, tally: Tally): LineDraft[] | null {
	const rowStage = stageOfHeader(cellText(row, 1));
	const drafts: LineDraft[] = [];
	for (const column of recipe.columns) {
		const [kind, id, stage] = column.meaning.split(':');
		const spec = kind === 'line' ? threePublicSpec(id ?? '') : null;
		if (spec === null) continue;
		const cell = readAmount(row, column.col, plan.where, column.header);
		if (cell.kind === 'bad') {
			tally.reject([cell.problem]);
			return null;
		}
		if (cell.kind === 'none') continue;
		drafts.push({
			...specFields(spec),
			line_zh: withoutNumbering(threePublicColumnName(column.header)),
			stage: rowStage ?? ((stage as LineStage | undefined) || null),
			amount: cell.text,
			place: placeOf(plan.where, row.n, column.col, column.header),
			excerptCells: [column.header, cell.raw]
		});
	}
	return drafts;
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = whereOf(sheet, context);
	const rows = allRows(sheet);
	const tally = new Tally();
	const wide = recipe.options?.['orientation'] === 'columns';
	const staged = wide
		? recipe.columns.every(
				(column) => !column.meaning.startsWith('line:') || column.meaning.split(':').length > 2
			)
		: amountColumns(recipe).every((column) => column.stage !== null);
	const headerStage = stageFromText(recipe.columns.map((column) => column.header).join(' '));
	const resolved = resolveIdentity({
		rows,
		recipe,
		context,
		where,
		needs: { stage: !staged, unit: true, headerStage }
	});
	const problems = [...resolved.problems];
	if (!wide && amountColumns(recipe).length === 0)
		problems.push(standardProblems.columnMissing(where, 'amount:budget'));
	const plan: Plan = { where, year: resolved.recipe.year ?? 0 };
	const drafts: LineDraft[] = [];
	eachDataRow(rows, recipe, where, tally, (row) => {
		const found = wide ? columnsDrafts(row, recipe, plan, tally) : rowsDrafts(row, recipe, plan, tally);
		if (found === null) return;
		if (found.length === 0) return skipNoFigure(tally, where, row);
		tally.take();
		drafts.push(...found);
	});
	return finishSpending({ sheet, resolved, problems, tally, drafts });
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
