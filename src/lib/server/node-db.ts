import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Query, QueryRunner, Row } from '$lib/queries/query';
import { tableFiles, type Catalog } from '$lib/model';

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

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Opens an in-memory DuckDB in Node with every catalog table loaded from the DuckDB files the
 * browser attaches (every partition), so the prerender reads exactly what the page reads.
 */
export async function openNodeDatabase(dir = STATIC_DATA_DIR): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const table of readCatalog(dir).tables) {
		const name = `"${table.name}"`;
		const parts: string[] = [];
		const files = tableFiles(table.partitions);
		for (const [i, file] of files.entries()) {
			const alias = `"p_${table.name}_${i}"`;
			const path = join(dir, file.duckdb.replace(/^data\//, ''));
			await conn.run(`ATTACH ${sqlString(path)} AS ${alias} (READ_ONLY)`);
			parts.push(`SELECT * FROM ${alias}.${name}`);
		}
		if (parts.length === 0) {
			const columns = table.columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
			await conn.run(`CREATE TABLE ${name} (${columns})`);
		} else {
			await conn.run(`CREATE TABLE ${name} AS ${parts.join(' UNION ALL BY NAME ')}`);
		}
		// Copied into memory: the files are closed again (a later build may replace them).
		for (const i of files.keys()) await conn.run(`DETACH "p_${table.name}_${i}"`);
	}
	return conn;
}

let shared: Promise<DuckDBConnection> | null = null;

/** One Node database for the whole prerender. */
export function nodeRunner(): QueryRunner {
	shared ??= openNodeDatabase();
	return async (query) => runOn(await shared!, query);
}
