// Bench-only page (built and served by scripts/bench-sql.mjs, never part of the site): opens
// DuckDB-wasm with the site's own lib/data code, fills a SYNTHETIC table, locks the database as
// the site does, and times the console's own run path (runConsoleQuery: guard, prepare, READ ONLY
// transaction, send in slices, Arrow result).
import { lockDatabase, openDatabase } from '$lib/data/duckdb';
import { runConsoleQuery } from '$lib/data/console';
import type { Database } from '$lib/data/db';
import { BENCH_QUERY, CHECK_QUERY, syntheticTableSql } from './synthetic.mjs';

interface BenchResult {
	createMs: number;
	consoleMs: number[];
	rawMs: number[];
	check: Record<string, unknown>;
}

async function runBench(rows: number, runs: number): Promise<BenchResult> {
	const { db, conn } = await openDatabase();
	let started = performance.now();
	await conn.query(syntheticTableSql(rows));
	const createMs = performance.now() - started;
	await lockDatabase(conn);
	const database = { db, conn, catalog: { generated_at: '', tables: [] }, loads: [], readyAt: 0 } as Database;
	const consoleMs: number[] = [];
	const rawMs: number[] = [];
	for (let i = 0; i <= runs; i++) {
		started = performance.now();
		const outcome = await runConsoleQuery(database, BENCH_QUERY).outcome;
		if (outcome.status !== 'done' || outcome.result.rowCount !== 1000)
			throw new Error(`bench query: ${JSON.stringify(outcome)}`);
		if (i > 0) consoleMs.push(performance.now() - started);
		started = performance.now();
		await conn.query(BENCH_QUERY);
		if (i > 0) rawMs.push(performance.now() - started);
	}
	const check = (await conn.query(CHECK_QUERY)).toArray()[0]!.toJSON() as Record<string, unknown>;
	await db.terminate();
	return { createMs, consoleMs, rawMs, check };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
document.body.dataset.ready = 'true';
