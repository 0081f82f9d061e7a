// A first guess at a user-described table, for the user to review: the header is the first mostly
// text row followed by rows with numbers; year columns (2019, 2020年, 2021年度) make it wide, a
// value column makes it long; other columns are guessed from their header words. Every guess is
// only a proposal in the recipe's column meanings, which the user edits.
import { cellText, headRows } from '../sheet';
import type { ImportContext, Recipe, RecipeColumn, Row, Sheet } from '../types';
import { unitOf } from './city-yearbook-columns';
import { aliasOf } from './indicator-aliases';
import { type ColumnHeader, columnHeaders, oneLine } from './recipe-columns';
import { readFigure } from './recipe-figures';
import { isBlank, sheetLabel } from './recipe-sheet';

export type GenericTable = 'environment' | 'regional_finance' | 'spending';
export const GENERIC_TABLES: readonly GenericTable[] = ['environment', 'regional_finance', 'spending'];

const YEAR_HEADER = /^((?:19|20)\d{2})\s*(?:年度?)?$/;

/** `2020`, `2020年`, `2020年度` → 2020. */
export function yearOfHeader(text: string): number | null {
	const match = YEAR_HEADER.exec(oneLine(text).normalize('NFKC'));
	return match === null ? null : Number(match[1]);
}

/** Header words → meaning; first match wins (单位 alone is a unit, 单位名称 a department). */
const ROLES: readonly [RegExp, string][] = [
	[/^(?:计量)?单位$|^unit$|^units$/i, 'unit'],
	[/部门|单位名称|预算单位|department|agency/i, 'department'],
	[/^(?:年度|年份|年|year|fiscal year)$/i, 'year'],
	[/(?:英文|english).*(?:名称|name)|name_en|^region_en$/i, 'region_en'],
	[/地区|城市|省份|地市|区县|行政区|region|city|province|prefecture/i, 'region'],
	[/范围|口径|scope/i, 'scope'],
	[/科目编码|功能分类|编码|代码|^code$/i, 'code'],
	[/指标|项目|科目|名称|indicator|item|variable|series/i, 'indicator'],
	[/数值|^值$|金额|数额|value|amount/i, 'value']
];

function roleOf(text: string): string | null {
	return ROLES.find(([pattern]) => pattern.test(oneLine(text)))?.[1] ?? null;
}

function numbers(row: Row, yearsCount = true): number {
	return row.cells.filter(
		(cell) => readFigure(cell).kind === 'number' && (yearsCount || yearOfHeader(cell?.text ?? '') === null)
	).length;
}

/** The first row with ≥ 2 cells, mostly text, followed by a row with numbers. */
export function headerRowOf(rows: readonly Row[]): Row | null {
	const filled = rows.filter((row) => !isBlank(row));
	for (let i = 0; i + 1 < filled.length; i++) {
		const row = filled[i];
		const next = filled[i + 1];
		if (row === undefined || next === undefined) continue;
		const cells = row.cells.filter((cell) => cell !== null && cell.text.trim() !== '').length;
		if (cells >= 2 && numbers(row, false) <= cells / 3 && numbers(next) >= 1) return row;
	}
	return null;
}

/** The unit a title or note row above the header states (单位：万元 / Unit: 10,000 yuan). */
function unitAbove(rows: readonly Row[], header: number): string | null {
	for (const row of rows) {
		if (row.n >= header) break;
		const text = row.cells
			.map((cell) => cell?.text ?? '')
			.join(' ')
			.normalize('NFKC');
		const match = /(?:单位|unit)\s*[:：]\s*(万元|亿元|元)/i.exec(text);
		if (match !== null) return match[1] ?? null;
	}
	return null;
}

/** A title above the header naming one known indicator (…一般公共预算收入) when no column names one. */
function indicatorAbove(
	rows: readonly Row[],
	header: number
): { indicator: string; table: GenericTable } | null {
	for (const row of rows) {
		if (row.n >= header) break;
		const alias = aliasOf(row.cells.map((cell) => cell?.text ?? '').join(' '));
		if (alias !== null) return alias;
	}
	return null;
}

function numericColumns(data: readonly Row[]): Set<number> {
	const found = new Set<number>();
	for (const row of data)
		row.cells.forEach((cell, i) => readFigure(cell).kind === 'number' && found.add(i + 1));
	return found;
}

function meaningOf(header: ColumnHeader, numeric: boolean): string {
	const year = yearOfHeader(header.text);
	if (year !== null) return `year:${year}`;
	const role = roleOf(header.text);
	if (role !== null && (!numeric || role === 'value' || role === 'year' || role === 'code')) return role;
	if (!numeric) return 'ignore';
	const alias = aliasOf(header.text);
	if (alias !== null) return `indicator:${alias.indicator}`;
	const slug = header.text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return /[\u3400-\u9fff]/.test(header.text) || slug === '' ? 'ignore' : `indicator:${slug}`;
}

function tableOf(columns: readonly RecipeColumn[], data: readonly Row[]): GenericTable {
	const meanings = new Set(columns.map((column) => column.meaning));
	const indicatorCol = columns.find((column) => column.meaning === 'indicator')?.col;
	const labels = indicatorCol === undefined ? [] : data.map((row) => cellText(row, indicatorCol));
	const named = [...labels, ...columns.map((column) => column.meaning.replace(/^indicator:/, ''))];
	if (named.some((label) => aliasOf(label)?.table === 'environment')) return 'environment';
	return meanings.has('department') || meanings.has('code') ? 'spending' : 'regional_finance';
}

export interface Guess {
	readonly shape: 'long' | 'wide';
	readonly recipe: Recipe;
}

/** The recipe a person would start from, or null when no header row with data below is found. */
export function guessRecipe(sheet: Sheet, context: ImportContext): Guess | null {
	const rows = headRows(sheet, 40);
	const header = headerRowOf(rows);
	if (header === null) return null;
	const data = rows.filter((row) => row.n > header.n && !isBlank(row)).slice(0, 10);
	const numeric = numericColumns(data);
	const headers = columnHeaders([header]);
	const columns: RecipeColumn[] = headers.map((h) => {
		const meaning = meaningOf(h, numeric.has(h.col));
		const unit = unitOf(h);
		return { col: h.col, header: h.text, meaning, ...(unit === null ? {} : { unit }) };
	});
	const years = columns.filter((column) => column.meaning.startsWith('year:')).length;
	const perIndicator = columns.filter((column) => column.meaning.startsWith('indicator:')).length;
	const hasValue = columns.some((column) => column.meaning === 'value');
	if (years === 0 && perIndicator === 0 && !hasValue) return null;
	const shape = years > 0 || (perIndicator > 0 && !hasValue) ? 'wide' : 'long';
	const unit = unitAbove(rows, header.n);
	const named = columns.some((c) => c.meaning === 'indicator' || c.meaning.startsWith('indicator:'));
	const titled = named ? null : indicatorAbove(rows, header.n);
	const recipe: Recipe = {
		version: 1,
		layout: shape === 'long' ? 'generic_long' : 'generic_wide',
		sheet: sheetLabel(sheet, context),
		headerRows: [header.n],
		firstDataRow: header.n + 1,
		lastDataRow: null,
		unit,
		department: context.department === undefined ? null : { name_zh: context.department },
		year: context.year ?? null,
		stage: context.stage ?? null,
		source: { id: null, kind: 'compiled_dataset', title_zh: null },
		columns,
		options: {
			table: titled?.table ?? tableOf(columns, data),
			...(titled === null ? {} : { indicator: titled.indicator })
		}
	};
	return { shape, recipe };
}
