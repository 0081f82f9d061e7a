// Bench-only page (built and served by scripts/bench-load.mjs, never part of the site): the site's
// own lib/data code — openDatabase, lockDatabase, TableStore, runConsoleQuery, runQuery — on a
// SYNTHETIC catalog of DuckDB files, timed from a cold page.
import { lockDatabase, openDatabase } from '$lib/data/duckdb';
import { runConsoleQuery } from '$lib/data/console';
import { runQuery, type Database } from '$lib/data/db';
import { FILE_PREFIX, loadCsv } from '$lib/data/load';
import { memoryBudget, TableTooLarge } from '$lib/data/size-gate';
import { TableStore } from '$lib/data/tables';
import { parseCatalog } from '$lib/data/catalog';
import { spendingLines } from '$lib/queries/spending';

const CONSOLE_QUERY = `SELECT department_id, fiscal_year, count(*) AS n, sum(amount_wan) AS total
FROM spending GROUP BY ALL ORDER BY ALL LIMIT 20`;

async function open(catalogUrl: string): Promise<{ database: Database; openMs: number }> {
	const started = performance.now();
	const base = new URL('./', catalogUrl).href;
	const [opened, catalog] = await Promise.all([
		openDatabase(),
		fetch(catalogUrl).then(async (r) => parseCatalog(await r.json()))
	]);
	const loader = await opened.db.connect();
	await lockDatabase(opened.conn, FILE_PREFIX);
	const device = (navigator as { deviceMemory?: number }).deviceMemory;
	const store = new TableStore(opened.db, loader, catalog, {
		baseUrl: base,
		budgetBytes: memoryBudget(device)
	});
	const database = { ...opened, catalog, store, loads: store.loads, readyAt: 0 } as Database;
	return { database, openMs: performance.now() - started };
}

/** The console's path: the statement names spending, the store loads it, the console runs it. */
async function consoleReady(catalogUrl: string) {
	const { database, openMs } = await open(catalogUrl);
	const started = performance.now();
	const outcome = await runConsoleQuery(database, CONSOLE_QUERY, { timeoutMs: 600000 }).outcome;
	const loadAndQueryMs = performance.now() - started;
	if (outcome.status === 'too_large')
		return { refused: true, openMs, loadAndQueryMs, refusal: outcome.refusal };
	if (outcome.status !== 'done') throw new Error(`console: ${JSON.stringify(outcome)}`);
	const count = await database.conn.query('SELECT count(*)::DOUBLE AS n FROM spending');
	return {
		refused: false,
		openMs,
		loadAndQueryMs,
		rows: Number(count.toArray()[0]?.n),
		loadedBytes: database.store.loadedBytes,
		firstRow: outcome.result.rowCount
	};
}

/** A one-department view: the spending page's own query, scoped to one department. */
async function departmentView(catalogUrl: string, departmentId: string) {
	const { database, openMs } = await open(catalogUrl);
	const started = performance.now();
	const rows = await runQuery(database, spendingLines(departmentId));
	return {
		openMs,
		viewMs: performance.now() - started,
		rows: rows.length,
		loadedBytes: database.store.loadedBytes
	};
}

/** The CSV fallback for comparison: fetched, registered, read by DuckDB's CSV reader, then the query. */
async function csvReady(catalogUrl: string) {
	const { database, openMs } = await open(catalogUrl);
	const table = database.catalog.tables[0]!;
	const started = performance.now();
	const withCsv = { ...table, files: { ...table.files, csv: 'data/spending.csv' } };
	await loadCsv({
		db: database.db,
		conn: database.conn,
		table: withCsv,
		name: 'spending',
		baseUrl: new URL('./', catalogUrl).href
	});
	const result = await database.conn.query(CONSOLE_QUERY);
	return { openMs, loadAndQueryMs: performance.now() - started, firstRow: result.numRows };
}

Object.assign(window, { consoleReady, departmentView, csvReady, TableTooLarge });
document.body.dataset.ready = 'true';
