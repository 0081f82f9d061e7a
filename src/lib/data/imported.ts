// A reader's own imported rows in DuckDB: each table's rows in `mine_<table>`, typed exactly as the
// data build types the embedded tables (the same normalised CSV, `_decimals` and `_wan` included),
// then joined to the embedded table by TableStore. Nothing here fetches: the rows come from the
// reader's browser (IndexedDB), through the same locked instance and its one allowed directory.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import {
	TABLES,
	NormalisedEncoder,
	normalisedCsvHeader,
	primaryGroup,
	type CatalogTable,
	type TableName
} from '$lib/model';
import { quoteIdent } from '$lib/queries/query';
import { csvColumnsSpec, FILE_PREFIX } from './load';

/** The in-memory table holding a table's imported rows. */
/** A contract row as CSV cells (the importer's ContractRow). */
export type ContractRow = Readonly<Record<string, string>>;

export function mineTable(table: string): string {
	return `mine_${table}`;
}

/** The normalised CSV of imported rows (header + lines), as `npm run data` stages it. */
export function importedCsv(table: TableName, rows: readonly ContractRow[]): string {
	const def = TABLES[table];
	return normalisedCsvHeader(def) + new NormalisedEncoder(def).lines(rows);
}

export interface StagedImport {
	readonly table: string;
	/** The staging table (this bundle's rows only). */
	readonly staging: string;
	readonly rows: number;
}

/**
 * Writes one bundle's rows of one table into a staging table typed by the catalog's columns. The
 * text is registered under FILE_PREFIX (the locked instance's only readable directory) and dropped.
 */
export async function stageImported(options: {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	table: CatalogTable;
	/** The normalised CSV (importedCsv's text, or the bytes the import worker encoded). */
	csv: string | Uint8Array;
	rows: number;
	tag: string;
}): Promise<StagedImport> {
	const { db, conn, table, csv, rows, tag } = options;
	const name = table.name as TableName;
	const fileName = `${FILE_PREFIX}mine/${tag}/${name}.csv`;
	const staging = `mine_stage_${tag}_${name}`;
	// The bytes move to DuckDB's worker (transferred, not copied): the page keeps nothing of them.
	if (typeof csv === 'string') await db.registerFileText(fileName, csv);
	else await db.registerFileBuffer(fileName, csv);
	try {
		await conn.query(
			`CREATE OR REPLACE TABLE main.${quoteIdent(staging)} AS SELECT * FROM read_csv('${fileName}', header = true,
			 auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', columns = ${csvColumnsSpec(table.columns)})`
		);
	} finally {
		await db.dropFile(fileName);
	}
	return { table: name, staging, rows };
}

function sameColumns(columns: readonly string[], left: string, right: string): string {
	return columns.map((c) => `${left}.${quoteIdent(c)} IS NOT DISTINCT FROM ${right}.${quoteIdent(c)}`).join(' AND ');
}

/**
 * Settles a staged bundle against what the tab holds (embedded and earlier imports), as the CLI
 * settles an import against data/: a row whose key is already held is left out (counted); a fact
 * already held as primary stays as a restatement (is_primary = false), so no figure is doubled.
 * Returns how many rows were left out as already held.
 */
export async function settleStaged(
	conn: AsyncDuckDBConnection,
	staged: StagedImport,
	held: string
): Promise<{ duplicates: number; restatements: number }> {
	const def = TABLES[staged.table as TableName];
	// The staging table's own name qualifies its columns in the correlated subqueries.
	const stage = quoteIdent(staged.staging);
	const counted = async (sql: string) => {
		const result = await conn.query(sql);
		return Number(result.toArray()[0]?.['Count'] ?? 0);
	};
	const key = sameColumns(def.primaryKey, 'h', stage);
	const duplicates = await counted(`DELETE FROM ${stage} WHERE EXISTS (SELECT 1 FROM ${held} h WHERE ${key})`);
	const group = primaryGroup(staged.table as TableName);
	if (group === null) return { duplicates, restatements: 0 };
	const same = sameColumns(group, 'h', stage);
	const restatements = await counted(
		`UPDATE ${stage} SET is_primary = false WHERE is_primary AND EXISTS (SELECT 1 FROM ${held} h WHERE h.is_primary AND ${same})`
	);
	return { duplicates, restatements };
}

/** Appends a settled staging table to `mine_<table>` (created on first use). */
export async function keepStaged(conn: AsyncDuckDBConnection, staged: StagedImport): Promise<void> {
	const mine = `main.${quoteIdent(mineTable(staged.table))}`;
	const stage = `main.${quoteIdent(staged.staging)}`;
	await conn.query(`CREATE TABLE IF NOT EXISTS ${mine} AS SELECT * FROM ${stage} WHERE false`);
	await conn.query(`INSERT INTO ${mine} BY NAME SELECT * FROM ${stage}`);
}

/** `SELECT … WHERE false` with the catalog's columns and types: a table's shape without rows. */
export function emptyRelation(table: CatalogTable): string {
	const columns = table.columns.map((c) => `CAST(NULL AS ${c.type}) AS ${quoteIdent(c.name)}`);
	return `(SELECT ${columns.join(', ')} WHERE false)`;
}
