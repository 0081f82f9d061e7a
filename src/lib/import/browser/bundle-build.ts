// The files a reader imported → one ImportBundle (what "Load" hands to the site) and the
// downloads: each table as CSV exactly like data/<table>.csv and as Parquet, and the recipes.
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { TABLES, TABLE_NAMES, type TableName } from '../../model/index';
import { BUNDLE_VERSION, type BundleFile, type ImportBundle } from '../bundle';
import { totalCounts } from '../import';
import { recipeToJson } from '../layouts/recipe';
import { TableMerger } from '../merge';
import type { ContractRow, Recipe } from '../types';
import type { FileOutcome } from './protocol';

const REFERENCE = ['regions', 'departments', 'sources'] as const;
const KEYS: Record<(typeof REFERENCE)[number], string> = {
	regions: 'region_id',
	departments: 'department_id',
	sources: 'source_id'
};

function bundleFile(outcome: FileOutcome): BundleFile | null {
	if (outcome.format === null) return null;
	return {
		name: outcome.name,
		bytes: outcome.bytes,
		format: outcome.format,
		encoding: outcome.encoding,
		sheets: outcome.sheets.map((sheet) => ({
			sheet: sheet.sheet,
			layout: sheet.layout,
			counts: sheet.counts
		})),
		problems: [...outcome.problems, ...outcome.sheets.flatMap((sheet) => sheet.problems)]
	};
}

/** Facts of every file, each fact once (a second file's copy of a key is left out, as --out does). */
function factRows(outcomes: readonly FileOutcome[]): Partial<Record<TableName, ContractRow[]>> {
	const rows: Partial<Record<TableName, ContractRow[]>> = {};
	const mergers = new Map<TableName, TableMerger>();
	for (const sheet of outcomes.flatMap((outcome) => outcome.sheets)) {
		for (const [table, list] of Object.entries(sheet.rows) as [TableName, ContractRow[]][]) {
			let merger = mergers.get(table);
			if (merger === undefined) mergers.set(table, (merger = new TableMerger(table)));
			const target = (rows[table] ??= []);
			for (const row of merger.add(list).added) target.push(row);
		}
	}
	return rows;
}

/** Reference rows the files added, each id once, in the order first added. */
function referenceRows(outcomes: readonly FileOutcome[]): Partial<Record<TableName, ContractRow[]>> {
	const rows: Partial<Record<TableName, ContractRow[]>> = {};
	for (const table of REFERENCE) {
		const seen = new Set<string>();
		const list = outcomes
			.flatMap((outcome) => outcome.added[table])
			.filter((row) => {
				const id = row[KEYS[table]] ?? '';
				return !seen.has(id) && seen.add(id) !== undefined;
			});
		if (list.length > 0) rows[table] = list;
	}
	return rows;
}

export function recipesOf(outcomes: readonly FileOutcome[]): Recipe[] {
	return outcomes.flatMap((outcome) =>
		outcome.sheets.flatMap((sheet) => (sheet.recipe === null ? [] : [sheet.recipe]))
	);
}

/** The load's time as the bundle records it (ISO 8601, UTC). */
export function nowIso(): string {
	return new Date().toISOString();
}

export function buildBundle(outcomes: readonly FileOutcome[], id: string, created: string): ImportBundle {
	const rows = { ...referenceRows(outcomes), ...factRows(outcomes) };
	const ordered: Partial<Record<TableName, ContractRow[]>> = {};
	for (const table of TABLE_NAMES) if (rows[table] !== undefined) ordered[table] = rows[table];
	return {
		version: BUNDLE_VERSION,
		id,
		created,
		files: outcomes.map(bundleFile).filter((file): file is BundleFile => file !== null),
		recipes: recipesOf(outcomes),
		counts: totalCounts(outcomes.flatMap((outcome) => outcome.sheets)),
		rows: ordered
	};
}

/** Facts in a bundle (reference rows not counted): "Load" needs at least one. */
export function factCount(bundle: ImportBundle): number {
	return (Object.entries(bundle.rows) as [TableName, ContractRow[]][])
		.filter(([table]) => !(REFERENCE as readonly string[]).includes(table))
		.reduce((sum, [, list]) => sum + list.length, 0);
}

/** RFC 4180 as scripts/import/out.ts writes data/ files: quoted only when needed, LF endings. */
function csvCell(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as data/<table>.csv: the contract's columns as header, the rows' cells. */
export function tableCsv(table: TableName, rows: readonly ContractRow[]): string {
	const names = TABLES[table].columns.map((column) => column.name);
	const lines = [names.join(',')];
	for (const row of rows) lines.push(names.map((name) => csvCell(row[name] ?? '')).join(','));
	return `${lines.join('\n')}\n`;
}

/** The same rows as Parquet: int and bool columns typed, text and decimals as written (exact). */
export function tableParquet(table: TableName, rows: readonly ContractRow[]): ArrayBuffer {
	const columnData = TABLES[table].columns.map((column): ColumnSource => {
		const cells = rows.map((row) => row[column.name] ?? '');
		if (column.type === 'int')
			return {
				name: column.name,
				data: cells.map((c) => (c === '' ? null : Number(c))),
				type: 'INT32',
				nullable: true
			};
		if (column.type === 'bool')
			return {
				name: column.name,
				data: cells.map((c) => (c === '' ? null : c === 'true')),
				type: 'BOOLEAN',
				nullable: true
			};
		return {
			name: column.name,
			data: cells.map((c) => (c === '' ? null : c)),
			type: 'STRING',
			nullable: true
		};
	});
	return parquetWriteBuffer({ columnData });
}

/** `hy_2022.recipe.json`, or `book.Sheet1.recipe.json` when a file has several recipes. */
export function recipeFileName(file: string, recipe: Recipe, several: boolean): string {
	const base = file.replace(/\.[^.]+$/, '');
	return `${base}${several ? `.${recipe.sheet ?? 'sheet'}` : ''}.recipe.json`;
}

export function recipeText(recipe: Recipe): string {
	return `${recipeToJson(recipe)}\n`;
}
