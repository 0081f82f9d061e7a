import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Catalog } from '$lib/model';
import { parseCatalog } from './catalog';
import { lockDatabase, openDatabase } from './duckdb';
import { loadTable, type LoadResult } from './load';
import type { Query, Row } from '$lib/queries/query';

export interface Database {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	catalog: Catalog;
	loads: LoadResult[];
	readyAt: number;
}

let shared: Promise<Database> | null = null;

async function start(baseUrl: string): Promise<Database> {
	const catalogUrl = new URL('data/catalog.json', baseUrl).href;
	const [opened, catalogJson] = await Promise.all([
		openDatabase(),
		fetch(catalogUrl).then((r) => {
			if (!r.ok) throw new Error(`data/catalog.json: HTTP ${r.status}`);
			return r.json() as Promise<unknown>;
		})
	]);
	const catalog = parseCatalog(catalogJson);
	const loads = await Promise.all(
		catalog.tables.map((table) => loadTable({ ...opened, table, baseUrl }))
	);
	await lockDatabase(opened.conn);
	// Read by `npm run bench` (time to DuckDB ready) and handy in the browser's performance panel.
	performance.mark('mingjing:duckdb-ready');
	return { ...opened, catalog, loads, readyAt: performance.now() };
}

/**
 * The one DuckDB-wasm instance of the page, created on first use. Concurrent callers share the
 * same promise, so the data load happens once. Browser only.
 */
export function getDatabase(baseUrl: string): Promise<Database> {
	if (!shared) {
		shared = start(baseUrl);
		shared.catch(() => (shared = null));
	}
	return shared;
}

/**
 * Terminates the instance's worker (a query that ignores cancel) and forgets it, so the next
 * getDatabase rebuilds it from the site's files, locked as before. Used by the SQL console's Stop.
 */
export async function discardDatabase(database: Database): Promise<void> {
	const current = shared;
	await database.db.terminate();
	if (current && (await current.catch(() => null)) === database && shared === current) shared = null;
}

function plainRow(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) {
		out[key] = value !== null && typeof value === 'object' && 'toArray' in value
			? Array.from((value as { toArray(): ArrayLike<unknown> }).toArray())
			: value;
	}
	return out;
}

/** Runs a query with bound parameters and returns plain rows (lists become arrays). */
export async function runQuery(database: Database, query: Query): Promise<Row[]> {
	const statement = await database.conn.prepare(query.sql);
	try {
		const result = await statement.query(...query.params);
		return result.toArray().map((r) => plainRow(r.toJSON() as Record<string, unknown>));
	} finally {
		await statement.close();
	}
}

export interface SecurityState {
	externalAccess: boolean;
	configurationLocked: boolean;
	autoloadExtensions: boolean;
	autoinstallExtensions: boolean;
}

/** Reads the lock settings back from DuckDB itself, so the data page can show (and tests check) them. */
export async function securityState(database: Database): Promise<SecurityState> {
	const result = await database.conn.query(
		`SELECT current_setting('enable_external_access') AS external_access,
		        current_setting('lock_configuration') AS locked,
		        current_setting('autoload_known_extensions') AS autoload,
		        current_setting('autoinstall_known_extensions') AS autoinstall`
	);
	const row = result.toArray()[0]?.toJSON() as Record<string, unknown> | undefined;
	const on = (value: unknown) => value === true || value === 'true';
	return {
		externalAccess: on(row?.external_access),
		configurationLocked: on(row?.locked),
		autoloadExtensions: on(row?.autoload),
		autoinstallExtensions: on(row?.autoinstall)
	};
}
