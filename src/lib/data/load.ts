import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { CatalogColumn, CatalogFile, CatalogTable } from '$lib/model';
import { quoteIdent } from '$lib/queries/query';

/** How rows came in: the site's DuckDB files, its CSV fallback, or the reader's own import. */
export type LoadPath = 'duckdb' | 'csv' | 'imported';

/** What one load brought into the tab (shown on the data page, read by the benchmark). */
export interface LoadResult {
	table: string;
	path: LoadPath;
	/** Partitions added by this load, and their rows and bytes. */
	partitions: number;
	rows: number;
	bytes: number;
	milliseconds: number;
}

/**
 * Registered files live under this prefix, the one directory DuckDB may read once it is locked
 * (`allowed_directories`): the site's own files, nothing of the reader's machine or the network.
 */
export const FILE_PREFIX = 'mingjing/';

/** Fetches one of the site's files (`data/…`) and registers it under FILE_PREFIX; returns its name. */
async function registerSiteFile(db: AsyncDuckDB, path: string, baseUrl: string): Promise<string> {
	const response = await fetch(new URL(path, baseUrl).href);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	const fileName = `${FILE_PREFIX}${path}`;
	await db.registerFileBuffer(fileName, new Uint8Array(await response.arrayBuffer()));
	return fileName;
}

/** A DuckDB file's database alias (by its index in tableFiles): stable, so a second load is a no-op. */
export function fileAlias(table: string, index: number): string {
	return `mj_${table}_${index}`;
}

/**
 * Fetches one DuckDB file (a table, or a bin of its partitions) and ATTACHes it read-only: DuckDB
 * reads its own columnar storage in place, so no row and no cell becomes a JS object on the way.
 */
export async function attachFile(options: {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	file: CatalogFile;
	alias: string;
	baseUrl: string;
}): Promise<void> {
	const { db, conn, file, alias, baseUrl } = options;
	const fileName = await registerSiteFile(db, file.duckdb, baseUrl);
	await conn.query(`ATTACH '${fileName.replaceAll("'", "''")}' AS ${quoteIdent(alias)} (READ_ONLY)`);
}

/** The name a DuckDB file is registered under (by registerSiteFile). */
export function registeredName(file: CatalogFile): string {
	return `${FILE_PREFIX}${file.duckdb}`;
}

/**
 * A small table is copied out of its attached partitions into an in-memory table (appended to on
 * later loads), and the files are let go: it then behaves exactly like the prerender's tables,
 * `rowid` in file order included (the audit lists a sum's parts in the order the report prints
 * them). Copying costs milliseconds below CSV_MAX_ROWS rows.
 */
export async function copyPartitions(options: {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	table: string;
	added: readonly { alias: string; file: string }[];
	create: boolean;
}): Promise<void> {
	const { db, conn, table, added, create } = options;
	const parts = added.map(({ alias }) => `SELECT * FROM ${quoteIdent(alias)}.${quoteIdent(table)}`);
	const target = `main.${quoteIdent(table)}`;
	await conn.query(
		create ? `CREATE TABLE ${target} AS ${unionAll(parts)}` : `INSERT INTO ${target} BY NAME ${unionAll(parts)}`
	);
	for (const { alias, file } of added) {
		await conn.query(`DETACH ${quoteIdent(alias)}`);
		await db.dropFile(file);
	}
}

/**
 * `SELECT`s joined by UNION ALL BY NAME as a balanced tree: a flat chain of a thousand partitions
 * nests a thousand deep, past DuckDB's max_expression_depth (1000, and the configuration is locked).
 */
export function unionAll(selects: readonly string[]): string {
	if (selects.length <= 8) return selects.join(' UNION ALL BY NAME ');
	const half = Math.ceil(selects.length / 2);
	const left = unionAll(selects.slice(0, half));
	const right = unionAll(selects.slice(half));
	return `SELECT * FROM (${left}) UNION ALL BY NAME SELECT * FROM (${right})`;
}

/** The table as the union of its attached partitions (all columns, matched by name). */
export async function createUnionView(
	conn: AsyncDuckDBConnection,
	table: string,
	aliases: readonly string[],
	/** Further relations (the reader's imported rows, or an empty typed select), same columns. */
	extra: readonly string[] = []
): Promise<void> {
	const parts = aliases.map((alias) => `SELECT * FROM ${quoteIdent(alias)}.${quoteIdent(table)}`);
	const all = [...parts, ...extra.map((relation) => `SELECT * FROM ${relation}`)];
	await conn.query(`CREATE OR REPLACE VIEW main.${quoteIdent(table)} AS ${unionAll(all)}`);
}

export function csvColumnsSpec(columns: readonly Pick<CatalogColumn, 'name' | 'type'>[]): string {
	const entries = columns.map((c) => `'${c.name.replaceAll("'", "''")}': '${c.type}'`);
	return `{${entries.join(', ')}}`;
}

/**
 * The readable fallback: the table's CSV, read by DuckDB's own reader with the catalog's types,
 * into a table named `name`. Tables too big to ship as CSV (files.csv null) have no such path.
 */
export async function loadCsv(options: {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	table: CatalogTable;
	name: string;
	baseUrl: string;
}): Promise<void> {
	const { db, conn, table, name, baseUrl } = options;
	if (table.files.csv === null) throw new Error(`${table.name}: no CSV file in this build`);
	const fileName = await registerSiteFile(db, table.files.csv, baseUrl);
	await conn.query(
		`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT * FROM read_csv('${fileName}', header = true,
		 auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${csvColumnsSpec(table.columns)})`
	);
	await db.dropFile(fileName);
}
