// The files a reader imported → one ImportBundle (what "Load" hands to the site) and the
// downloads: each table as CSV exactly like data/<table>.csv and as Parquet, and the recipes.
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { TABLES, contractCsvLines, contractHeader, type TableName } from '../../model/index';
import {
	BUNDLE_VERSION,
	type BundleFile,
	type BundlePart,
	type ImportBundle,
	type ReferenceName
} from '../bundle';
import { totalCounts } from '../import';
import { recipeToJson } from '../layouts/recipe';
import { REFERENCE_TABLES, type ReferenceTable } from '../registry';
import type { ContractRow, Recipe } from '../types';
import type { FileOutcome } from './protocol';

const KEYS: Record<ReferenceTable, string> = {
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

/** Every file's facts, file by file: settled against each other and the site's data as they load. */
function parts(outcomes: readonly FileOutcome[]): BundlePart[] {
	return outcomes.flatMap((outcome) => outcome.tables.map((encoded) => ({ ...encoded, file: outcome.name })));
}

/** Reference rows the files added, each id once, in the order first added. */
function referenceRows(outcomes: readonly FileOutcome[]): ImportBundle['rows'] {
	const rows: Partial<Record<ReferenceName, ContractRow[]>> = {};
	for (const table of REFERENCE_TABLES) {
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
	return {
		version: BUNDLE_VERSION,
		id,
		created,
		files: outcomes.map(bundleFile).filter((file): file is BundleFile => file !== null),
		recipes: recipesOf(outcomes),
		counts: totalCounts(outcomes.flatMap((outcome) => outcome.sheets)),
		rows: referenceRows(outcomes),
		parts: parts(outcomes)
	};
}

/** Facts in a bundle (reference rows not counted): "Load" needs at least one. */
export function factCount(bundle: ImportBundle): number {
	return bundle.parts.reduce((sum, part) => sum + part.rows, 0);
}

/** A table as data/<table>.csv: the contract's columns as header, the rows' cells. */
export function tableCsv(table: TableName, rows: readonly ContractRow[]): string {
	const header = contractHeader(TABLES[table]);
	return `${header.join(',')}\n${contractCsvLines(header, rows)}`;
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
