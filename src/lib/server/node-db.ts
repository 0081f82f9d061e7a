import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Query, QueryRunner, Row } from '$lib/queries/query';
import type { Catalog } from '$lib/model';

/** Where `npm run data` writes the built tables; the prerender reads the same files the browser gets. */
export const STATIC_DATA_DIR = join(process.cwd(), 'static', 'data');

function toPlain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (Array.isArray(value)) return value.map(toPlain);
	return value;
}

export async function runOn(conn: DuckDBConnection, query: Query): Promise<Row[]> {
	const reader = await conn.runAndReadAll(query.sql, [...query.params] as DuckDBValue[]);
	return reader.getRowObjectsJS().map((row) => {
		const out: Row = {};
		for (const [key, value] of Object.entries(row)) out[key] = toPlain(value);
		return out;
	});
}

export function readCatalog(dir = STATIC_DATA_DIR): Catalog {
	return JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Catalog;
}

/** Opens an in-memory DuckDB in Node with every catalog table loaded from its Parquet file. */
export async function openNodeDatabase(dir = STATIC_DATA_DIR): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const table of readCatalog(dir).tables) {
		const file = join(dir, table.files.parquet.replace(/^data\//, ''));
		await conn.run(
			`CREATE TABLE "${table.name}" AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`
		);
	}
	return conn;
}

let shared: Promise<DuckDBConnection> | null = null;

/** One Node database for the whole prerender. */
export function nodeRunner(): QueryRunner {
	shared ??= openNodeDatabase();
	return async (query) => runOn(await shared!, query);
}
