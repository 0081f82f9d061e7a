// Bench-only page (built and served by scripts/bench-load.mjs, never part of the site): the site's
// own lib/data code — openSiteDatabase (open, lock, loader), runConsoleQuery, runQuery — on a
// SYNTHETIC catalog of DuckDB files (<base>/data/catalog.json), timed from a cold page.
import { runConsoleQuery } from '$lib/data/console';
import { openSiteDatabase, runQuery, type Database } from '$lib/data/db';
import { loadCsv } from '$lib/data/load';
import { TableTooLarge } from '$lib/data/size-gate';
import { spendingLines } from '$lib/queries/spending';

const CONSOLE_QUERY = `SELECT department_id, fiscal_year, count(*) AS n, sum(amount_wan) AS total
FROM spending GROUP BY ALL ORDER BY ALL LIMIT 20`;

async function open(base: string): Promise<{ database: Database; openMs: number }> {
	const started = performance.now();
	const database = await openSiteDatabase(base);
	return { database, openMs: performance.now() - started };
}

/** The console's path: the statement names spending, the store loads it, the console runs it. */
async function consoleReady(base: string) {
	const { database, openMs } = await open(base);
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
		// Of which the store's fetch + attach + view (the rest is the console's query itself).
		loadMs: database.store.loads.reduce((sum, load) => sum + load.milliseconds, 0),
		rows: Number(count.toArray()[0]?.n),
		loadedBytes: database.store.loadedBytes,
		firstRow: outcome.result.rowCount
	};
}

/** A one-department view: the spending page's own query, scoped to one department. */
async function departmentView(base: string, departmentId: string) {
	const { database, openMs } = await open(base);
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
async function csvReady(base: string) {
	const { database, openMs } = await open(base);
	const table = database.catalog.tables[0]!;
	const started = performance.now();
	const withCsv = { ...table, files: { ...table.files, csv: 'data/spending.csv' } };
	await loadCsv({
		db: database.db,
		conn: database.conn,
		table: withCsv,
		name: 'spending',
		baseUrl: base
	});
	const result = await database.conn.query(CONSOLE_QUERY);
	return { openMs, loadAndQueryMs: performance.now() - started, firstRow: result.numRows };
}

Object.assign(window, { consoleReady, departmentView, csvReady, TableTooLarge });
document.body.dataset.ready = 'true';
