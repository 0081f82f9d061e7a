// 基本支出决算明细表 / 基本支出预算表 (titles vary: 一般公共预算财政拨款基本支出决算表 …): 人员经费 and
// 公用经费 by 经济分类 (301, 30101 …). Two shapes: one code/name column with 合计 / 人员经费 /
// 公用经费 columns, or blocks of 科目编码 / 科目名称 / 金额 side by side (人员经费 | 公用经费).
import { cellText } from '../sheet';
import { compact, isTotalLabel, labelCore, oneLine } from '../structure/index';
import type { ImportContext, Layout, Recipe, RecipeColumn, Row, Sheet, SheetImport } from '../types';
import {
	allParts,
	amountFields,
	applyStandard,
	readValues,
	type RowPlan,
	type Value
} from './standard-apply';
import { economicEnglish, economicGroup, isEconomicClass, isFunctionalCode } from './standard-codes';
import { amountMeaning, parseAmount, type AmountColumn } from './standard-columns';
import { type LineDraft } from './standard-lines';
import { candidate, recipeColumns, standardRecipe } from './standard-recipe';

/** Column meaning of a 基本支出 table header: code, name, amount:total / personnel / public_operating. */
export function economicMeaning(header: string, year: number | null): string {
	const parts = header.split(' / ').map(compact);
	const leaf = parts[parts.length - 1] ?? '';
	const group = parts.slice(0, -1).join('/');
	if (/编码|代码/.test(leaf)) return 'code';
	if (/名称/.test(leaf) || leaf === '项目' || leaf === '科目') return 'name';
	if (/人员经费/.test(leaf)) return amountMeaning('personnel', header, year);
	if (/公用经费/.test(leaf)) return amountMeaning('public_operating', header, year);
	if (!isTotalLabel(leaf) && !/金额|预算数|决算数|支出数/.test(leaf)) return 'ignore';
	const kind = /人员经费/.test(group) ? 'personnel' : /公用经费/.test(group) ? 'public_operating' : 'total';
	return amountMeaning(kind, header, year);
}

interface Block {
	readonly code: number | null;
	readonly name: number | null;
	readonly amounts: AmountColumn[];
}

/** Side-by-side blocks: each code column starts one; names and amounts belong to the block they follow. */
export function blocksOf(columns: readonly RecipeColumn[]): Block[] {
	const blocks: { code: number | null; name: number | null; amounts: AmountColumn[] }[] = [];
	for (const column of columns) {
		if (column.meaning === 'code' || blocks.length === 0)
			blocks.push({ code: null, name: null, amounts: [] });
		const block = blocks[blocks.length - 1];
		if (block === undefined) continue;
		if (column.meaning === 'code') block.code = column.col;
		else if (column.meaning === 'name' && block.name === null) block.name = column.col;
		else {
			const amount = parseAmount(column);
			if (amount !== null) block.amounts.push(amount);
		}
	}
	return blocks.filter((block) => block.amounts.length > 0);
}

const GROUP_LINES = {
	personnel: { id: 'basic_personnel', zh: '人员经费', en: 'personnel costs' },
	public_operating: { id: 'basic_public_operating', zh: '公用经费', en: 'public operating costs' }
} as const;

type Group = keyof typeof GROUP_LINES;

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const table = candidate(sheet, context);
	if (table === null) return null;
	const columns = recipeColumns(table.headers, (header) => economicMeaning(header, table.year));
	const blocks = blocksOf(columns);
	if (blocks.length === 0) return null;
	let economic = 0;
	let functional = 0;
	for (const row of table.rows) {
		if (row.n < (table.structure.header?.firstDataRow ?? 0)) continue;
		for (const block of blocks) {
			const code = blockCode(row, block).code;
			if (isEconomicClass(code)) economic++;
			else if (isFunctionalCode(code)) functional++;
		}
	}
	const worded = columns.some((column) => /人员经费|公用经费/.test(column.header + column.meaning));
	if (economic < (worded ? 1 : 2) || functional > economic) return null;
	const recipe = standardRecipe({ ...table, layout: 'standard_basic_by_economic_class', columns });
	return { recipe, score: worded ? 0.95 : 0.85 };
}

function blockCode(row: Row, block: Block): { code: string; name: string } {
	const codeText = block.code === null ? '' : oneLine(cellText(row, block.code));
	const nameText = block.name === null ? '' : oneLine(cellText(row, block.name));
	const joined = /^\d{3,5}\s*\S/.exec(codeText) ? codeText : `${codeText} ${nameText}`.trim();
	const match = /^(\d{3,9})\s*(.*)$/.exec(joined);
	if (match === null) return { code: '', name: nameText || codeText };
	return { code: match[1] ?? '', name: nameText || oneLine(match[2] ?? '') };
}

/** The group line a total label names in a block ('人员经费合计', or 合计 under 公用经费), or basic. */
function totalLine(label: string, block: Block): { id: string; en: string } | null {
	const core = labelCore(label);
	const named = /人员经费/.test(core) ? 'personnel' : /公用经费/.test(core) ? 'public_operating' : null;
	if (named !== null) return GROUP_LINES[named];
	if (!isTotalLabel(core)) return null;
	const kinds = new Set(block.amounts.map((amount) => amount.kind));
	if (kinds.size === 1 && (kinds.has('personnel') || kinds.has('public_operating'))) {
		return GROUP_LINES[[...kinds][0] as Group];
	}
	return { id: 'basic', en: 'basic expenditure' };
}

/** Drafts of one block of one row; null when a cell is not a number (the row is rejected). */
function blockDrafts(row: Row, block: Block, plan: RowPlan): LineDraft[] | null {
	const { code, name } = blockCode(row, block);
	const label = code === '' ? name : '';
	const values = readValues(row, block.amounts, plan.where, plan.tally);
	if (values === null) return null;
	const first = values[0];
	if (first === undefined) return [];
	if (isEconomicClass(code)) return [classDraft(row, { code, name }, first, values, plan)];
	const total = label === '' ? null : totalLine(label, block);
	if (total === null) return [];
	return values.map((value) => {
		const split = value.column.kind === 'personnel' || value.column.kind === 'public_operating';
		const line = total.id === 'basic' && split ? GROUP_LINES[value.column.kind as Group] : total;
		return {
			...amountFields(row, value, plan),
			line_id: line.id,
			parent: line.id === 'basic' ? null : 'basic',
			relation: line.id === 'basic' ? null : 'part',
			line_zh: line.id === total.id ? label : GROUP_LINES[value.column.kind as Group].zh,
			line_en: line.en,
			category: 'basic' as const,
			excerptCells: [label, value.raw]
		};
	});
}

type Amount = Value<AmountColumn>;

/** ec_<code>: the 合计 figure (else the one split figure); its parent by code, then by 人员/公用 column. */
function classDraft(
	row: Row,
	named: { code: string; name: string },
	first: Amount,
	values: readonly Amount[],
	plan: RowPlan
): LineDraft {
	const chosen = values.find((value) => value.column.kind === 'total') ?? first;
	const splits = values.filter((value) => value.column.kind !== 'total').map((value) => value.column.kind);
	const group = (splits.length === 1 ? (splits[0] as Group) : null) ?? economicGroup(named.code);
	const parent =
		named.code.length === 5 ? `ec_${named.code.slice(0, 3)}` : group === null ? null : GROUP_LINES[group].id;
	return {
		...amountFields(row, chosen, plan),
		line_id: `ec_${named.code}`,
		parent,
		relation: parent === null ? null : 'part',
		line_zh: named.name,
		line_en: economicEnglish(named.code),
		category: 'basic',
		economic_class: named.code,
		excerptCells: [named.code, named.name, chosen.raw]
	};
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const blocks = blocksOf(recipe.columns);
	return applyStandard({
		sheet,
		recipe,
		context,
		staged: blocks.every((block) => block.amounts.every((amount) => amount.stage !== null)),
		missing: blocks.length === 0 ? 'amount:total' : null,
		reader: (plan) => (row) => allParts(blocks, (block) => blockDrafts(row, block, plan))
	});
}

export const standardBasicByEconomicClass: Layout = {
	id: 'standard_basic_by_economic_class',
	name: {
		zh: '基本支出表（人员经费 / 公用经费，按经济分类）',
		en: 'Basic expenditure by economic class (人员经费 / 公用经费)'
	},
	recognise,
	apply
};
