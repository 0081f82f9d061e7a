import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { asyncBufferFromUrl, parquetReadObjects } from 'hyparquet';
import type { CatalogColumn, CatalogTable } from '$lib/model';
import { rowsToArrow } from './arrow';
import { quoteIdent } from '$lib/queries/query';

export type LoadPath = 'parquet' | 'csv';

export interface LoadResult {
	table: string;
	path: LoadPath;
	rows: number;
	milliseconds: number;
}

function csvColumnsSpec(columns: readonly Pick<CatalogColumn, 'name' | 'type'>[]): string {
	const entries = columns.map((c) => `'${c.name.replaceAll("'", "''")}': '${c.type}'`);
	return `{${entries.join(', ')}}`;
}

/** Parquet: hyparquet reads it (DuckDB-wasm has no Parquet offline) and DuckDB gets Arrow. */
async function loadParquet(conn: AsyncDuckDBConnection, table: CatalogTable, name: string, url: string) {
	const file = await asyncBufferFromUrl({ url });
	const rows = (await parquetReadObjects({ file, rowFormat: 'object' })) as Record<string, unknown>[];
	await conn.insertArrowTable(rowsToArrow(rows, table.columns), { name, create: true });
}

/** CSV: fetched by the page, registered as text, read by DuckDB's own reader with the catalog types. */
async function loadCsv(db: AsyncDuckDB, conn: AsyncDuckDBConnection, table: CatalogTable, name: string, url: string) {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${table.files.csv}: HTTP ${response.status}`);
	const fileName = `${name}.csv`;
	await db.registerFileText(fileName, await response.text());
	await conn.query(
		`CREATE TABLE ${quoteIdent(name)} AS SELECT * FROM read_csv('${fileName}', header = true,
		 auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${csvColumnsSpec(table.columns)})`
	);
	await db.dropFile(fileName);
}

/** Loads one catalog table under `name` through the chosen path and counts what arrived. */
export async function loadTable(options: {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	table: CatalogTable;
	baseUrl: string;
	path?: LoadPath;
	name?: string;
}): Promise<LoadResult> {
	const { db, conn, table, baseUrl } = options;
	const path = options.path ?? table.format;
	const name = options.name ?? table.name;
	const started = performance.now();
	const url = new URL(path === 'parquet' ? table.files.parquet : table.files.csv, baseUrl).href;
	if (path === 'parquet') await loadParquet(conn, table, name, url);
	else await loadCsv(db, conn, table, name, url);
	const count = await conn.query(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(name)}`);
	const rows = Number(count.toArray()[0]?.n ?? 0);
	return { table: table.name, path, rows, milliseconds: performance.now() - started };
}
