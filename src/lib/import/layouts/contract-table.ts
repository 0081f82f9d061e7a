// A CSV or Parquet file that already is a contract table (its header is that table's columns, as in
// data/*.csv or the Parquet `npm run data` writes): rows pass through unchanged. A stored Parquet's
// `<col>_decimals` gives back the digits as written (157.3 with 2 decimals → '157.30'); its
// `<col>_wan` columns are the build's own conversion and are left out (the build adds them again).
import { storedColumns, TABLE_LIST, type TableDef, TABLES } from '../../model/index';
import { rememberSourceRow } from '../contract-check';
import { headRows } from '../sheet';
import type {
	ContractRow,
	ImportContext,
	Layout,
	Recipe,
	RecipeColumn,
	Row,
	Sheet,
	SheetImport
} from '../types';
import { columnHeaders, resolveColumns, rowsNumbered } from './recipe-columns';
import { noteAt, recipeInvalid, rowList } from './recipe-messages';
import { isBlank, sheetLabel, unreadSheet } from './recipe-sheet';

interface Fit {
	readonly table: TableDef;
	readonly complete: boolean;
	readonly matched: number;
}

/** The table whose columns the header names: every header a (stored) column, every required column there. */
export function tableOfHeader(names: readonly string[]): Fit | null {
	let best: Fit | null = null;
	for (const table of TABLE_LIST) {
		const allowed = new Set(storedColumns(table).map((column) => column.name));
		if (!names.every((name) => allowed.has(name))) continue;
		const present = new Set(names);
		if (!table.columns.every((column) => column.nullable === true || present.has(column.name))) continue;
		const matched = table.columns.filter((column) => present.has(column.name)).length;
		const fit = { table, complete: matched === table.columns.length, matched };
		if (best === null || matched > best.matched) best = fit;
	}
	return best;
}

function meaningOf(table: TableDef, name: string): string {
	if (table.columns.some((column) => column.name === name)) return `column:${name}`;
	const decimals = /^(.+)_decimals$/.exec(name);
	return decimals === null ? 'ignore' : `decimals:${decimals[1]}`;
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const header = headRows(sheet, 5).find((row) => !isBlank(row));
	if (header === undefined) return null;
	const names = header.cells.map((cell) => cell?.text.trim() ?? '');
	if (names.some((name) => name === '') || new Set(names).size !== names.length) return null;
	const fit = tableOfHeader(names);
	if (fit === null) return null;
	const columns: RecipeColumn[] = names.map((name, i) => ({
		col: i + 1,
		header: name,
		meaning: meaningOf(fit.table, name)
	}));
	const recipe: Recipe = {
		version: 1,
		layout: 'contract_table',
		sheet: sheetLabel(sheet, context),
		headerRows: [header.n],
		firstDataRow: header.n + 1,
		lastDataRow: null,
		unit: null,
		department: null,
		year: null,
		stage: null,
		source: { id: null, kind: null, title_zh: null },
		columns,
		options: { table: fit.table.name }
	};
	return { recipe, score: fit.complete ? 1 : 0.9 };
}

/**
 * A decimal as written: the stored number with its stated decimals (Parquet keeps only the double).
 * Also used by the data build for a `data/<table>.parquet`.
 */
export function decimalText(row: Row, col: number, decimalsCol: number | undefined): string {
	const cell = row.cells[col - 1] ?? null;
	const text = cell?.text ?? '';
	const decimals = decimalsCol === undefined ? null : Number(row.cells[decimalsCol - 1]?.text ?? '');
	if (
		typeof cell?.value !== 'number' ||
		decimals === null ||
		!Number.isInteger(decimals) ||
		decimals < 0 ||
		decimals > 12
	)
		return text;
	return cell.value.toFixed(decimals);
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = { file: context.file, sheet: sheetLabel(sheet, context) };
	const name = String(recipe.options?.['table'] ?? '');
	const table = (TABLES as Readonly<Record<string, TableDef>>)[name];
	if (table === undefined) {
		const what = { zh: `“${name}”不是数据契约中的表`, en: `"${name}" is not a table of the data contract` };
		const fix = {
			zh: `设为 ${TABLE_LIST.map((t) => t.name).join('、')} 之一`,
			en: `use one of ${TABLE_LIST.map((t) => t.name).join(', ')}`
		};
		return unreadSheet(
			sheet,
			recipe,
			[recipeInvalid({ ...where, row: null, col: null }, 'options.table', what, fix)],
			[]
		);
	}
	const headers = columnHeaders(rowsNumbered(sheet, recipe.headerRows));
	const resolved = resolveColumns(recipe, headers, where);
	const byName = new Map<string, number>();
	const decimalsOf = new Map<string, number>();
	for (const column of resolved.columns) {
		const [kind, of] = column.meaning.split(':');
		if (kind === 'column' && of !== undefined) byName.set(of, column.found);
		if (kind === 'decimals' && of !== undefined) decimalsOf.set(of, column.found);
	}
	const rows: ContractRow[] = [];
	const counts = { read: 0, imported: 0, rejected: 0, skipped: 0 };
	const blank: number[] = [];
	sheet.eachRow((row) => {
		if (recipe.lastDataRow !== null && row.n > recipe.lastDataRow) return false;
		if (row.n < recipe.firstDataRow) return;
		counts.read++;
		if (isBlank(row)) return void (counts.skipped++, blank.push(row.n));
		const out: Record<string, string> = {};
		for (const column of table.columns) {
			const col = byName.get(column.name);
			out[column.name] =
				col === undefined
					? ''
					: column.type === 'decimal'
						? decimalText(row, col, decimalsOf.get(column.name))
						: (row.cells[col - 1]?.text ?? '');
		}
		rows.push(rememberSourceRow(out, row.n));
		counts.imported++;
	});
	const notes = [...resolved.notes];
	const whole = { ...where, row: null, col: null };
	const absent = table.columns.filter((column) => !byName.has(column.name)).map((column) => column.name);
	if (absent.length > 0)
		notes.push(
			noteAt(whole, {
				zh: `文件中没有可空列 ${absent.join('、')}：按空值导入`,
				en: `the file has no nullable column ${absent.join(', ')}: imported as empty`
			})
		);
	if (blank.length > 0)
		notes.push(
			noteAt(whole, {
				zh: `跳过 ${blank.length} 个空行（${rowList(blank)}）`,
				en: `skipped ${blank.length} blank rows (${rowList(blank)})`
			})
		);
	const tableName = table.name as keyof typeof TABLES;
	return {
		sheet: sheet.name,
		layout: 'contract_table',
		recipe,
		counts,
		rows: rows.length > 0 ? { [tableName]: rows } : {},
		problems: resolved.problems,
		notes
	};
}

export const contractTableLayout: Layout = {
	id: 'contract_table',
	name: {
		zh: '数据契约表（CSV / Parquet，表头即契约列）',
		en: 'Contract table (CSV / Parquet whose header is the contract columns)'
	},
	recognise,
	apply,
	// Each row passes through on its own: large files are applied in chunks.
	streamable: true
};
