import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Catalog } from '$lib/model';
import { parseCatalog } from './catalog';
import { lockDatabase, openDatabase } from './duckdb';
import { FILE_PREFIX } from './load';
import type { Scope } from './partitions';
import { memoryBudget } from './size-gate';
import { TableStore } from './tables';
import type { Query, Row } from '$lib/queries/query';
import { tablesNamed } from '$lib/queries/sql-tables';

export interface Database {
	db: AsyncDuckDB;
	/** The connection queries run on (the console's READ ONLY transactions included). */
	conn: AsyncDuckDBConnection;
	catalog: Catalog;
	/** The tables loaded so far (`store.loads`), and the loader that adds more by need. */
	store: TableStore;
	readyAt: number;
}

let shared: Promise<Database> | null = null;

/** The site's catalog.json, checked at the edge. */
export async function fetchCatalog(baseUrl: string): Promise<Catalog> {
	const response = await fetch(new URL('data/catalog.json', baseUrl).href);
	if (!response.ok) throw new Error(`data/catalog.json: HTTP ${response.status}`);
	return parseCatalog(await response.json());
}

/**
 * Opens DuckDB-wasm, locks it and sets up the loader over the site's catalog at `baseUrl`
 * (nothing is loaded yet). `getDatabase` shares one per page; the load benchmark calls it directly.
 */
export async function openSiteDatabase(baseUrl: string): Promise<Database> {
	const [opened, catalog] = await Promise.all([openDatabase(), fetchCatalog(baseUrl)]);
	// Loads run on a connection of their own; the lock is instance-wide and comes first.
	const loader = await opened.db.connect();
	await lockDatabase(opened.conn, FILE_PREFIX);
	const device = (globalThis.navigator as { deviceMemory?: number } | undefined)?.deviceMemory;
	const store = new TableStore(opened.db, loader, catalog, { baseUrl, budgetBytes: memoryBudget(device) });
	// Read by `npm run bench` (time to DuckDB ready) and handy in the browser's performance panel.
	performance.mark('mingjing:duckdb-ready');
	return { ...opened, catalog, store, readyAt: performance.now() };
}

/** Loads what a statement names (only the partitions of `scope` for a scoped query). */
export function ensureTables(database: Database, sql: string, scope?: Scope): Promise<void> {
	return database.store.ensure(tablesNamed(sql, database.store.names), scope);
}

/**
 * The one DuckDB-wasm instance of the page, created on first use. Concurrent callers share the
 * same promise, so the data load happens once. Browser only.
 */
export function getDatabase(baseUrl: string): Promise<Database> {
	if (!shared) {
		shared = openSiteDatabase(baseUrl);
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
	await ensureTables(database, query.sql, query.scope);
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
