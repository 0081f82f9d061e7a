import { Table, type RecordBatch } from 'apache-arrow';
import { guardStatement, type GuardRefusal } from '$lib/queries/sql-guard';
import { discardDatabase, ensureTables, type Database } from './db';
import { TableTooLarge, type SizeRefusal } from './size-gate';
import { resultSetFromArrow, type ResultSet } from './result-set';
import { CANCEL_GRACE_MS, CONSOLE_ROW_CAP, CONSOLE_TIMEOUT_MS } from './console-limits';

/**
 * Runs the SQL console's statements on the page's one DuckDB instance (locked: no external
 * access, configuration locked, no extension loading). Each statement
 *  1. passes the pure guard (one read-only statement, no file or URL reads);
 *  2. is prepared by DuckDB, which refuses several statements at once;
 *  3. runs inside a READ ONLY transaction (rolled back after), so DuckDB itself refuses writes;
 *  4. is sent with `conn.send`, which DuckDB executes in ~100 ms slices that `cancelSent` can
 *     interrupt; results stream in and reading stops at the row cap.
 * Stop (or the timeout) cancels; a statement that does not give way within CANCEL_GRACE_MS (one
 * long operator, e.g. a recursive CTE) gets its worker terminated and the database is rebuilt from
 * the site's files on next use.
 */
export type StopReason = 'user' | 'timeout';

export type ConsoleOutcome =
	| { status: 'done'; result: ResultSet; capped: boolean; elapsedMs: number }
	| { status: 'error'; message: string; elapsedMs: number }
	| { status: 'refused'; refusal: GuardRefusal }
	| { status: 'too_large'; refusal: SizeRefusal }
	| { status: 'stopped'; reason: StopReason; restarted: boolean; elapsedMs: number };

export interface ConsoleRun {
	outcome: Promise<ConsoleOutcome>;
	/** Resolves once the interface may be used again (cancelled, or the worker terminated). */
	stop(): Promise<void>;
}

export interface ConsoleOptions {
	rowCap?: number;
	timeoutMs?: number;
	cancelGraceMs?: number;
}

interface Execution {
	table: Table;
	capped: boolean;
}

/** Set by Stop; `terminated` means the worker is gone and must not be called again. */
interface RunState {
	stopped: boolean;
	terminated: boolean;
}

class Discarded extends Error {}

/** Streams the statement's batches up to `cap` + 1 rows, inside a read-only transaction. */
async function execute(database: Database, sql: string, cap: number, state: RunState): Promise<Execution> {
	const conn = database.conn;
	const call = <T>(work: () => Promise<T>): Promise<T> => {
		if (state.terminated) throw new Discarded();
		return work();
	};
	await call(() => conn.query('BEGIN TRANSACTION READ ONLY'));
	try {
		const prepared = await call(() => conn.prepare(sql));
		await call(() => prepared.close());
		const reader = await call(() => conn.send(sql, true));
		const batches: RecordBatch[] = [];
		let rows = 0;
		for await (const batch of reader) {
			if (state.stopped) break;
			batches.push(batch);
			rows += batch.numRows;
			if (rows > cap) break;
		}
		if (rows > cap) await call(() => conn.cancelSent());
		const table = batches.length ? new Table(batches) : new Table(reader.schema);
		return { table: rows > cap ? table.slice(0, cap) : table, capped: rows > cap };
	} finally {
		if (!state.terminated) await conn.query('ROLLBACK').catch(() => undefined);
	}
}

function refused(refusal: GuardRefusal): ConsoleRun {
	return { outcome: Promise.resolve({ status: 'refused', refusal }), stop: () => Promise.resolve() };
}

function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export function runConsoleQuery(database: Database, sql: string, options: ConsoleOptions = {}): ConsoleRun {
	const guard = guardStatement(sql);
	if (!guard.ok) return refused(guard);
	const cap = options.rowCap ?? CONSOLE_ROW_CAP;
	const grace = options.cancelGraceMs ?? CANCEL_GRACE_MS;
	const started = performance.now();
	const elapsed = () => performance.now() - started;
	let stopReason: StopReason | null = null;
	const state: RunState = { stopped: false, terminated: false };
	let stopping: Promise<void> | null = null;
	let resolve!: (outcome: ConsoleOutcome) => void;
	const outcome = new Promise<ConsoleOutcome>((r) => (resolve = r));

	// The tables the statement names are loaded first (outside its READ ONLY transaction).
	const work = ensureTables(database, sql).then(() => execute(database, sql, cap, state));
	work.then(
		({ table, capped }) => {
			if (!stopReason) resolve({ status: 'done', result: resultSetFromArrow(table), capped, elapsedMs: elapsed() });
		},
		(error: unknown) => {
			if (stopReason) return;
			if (error instanceof TableTooLarge) resolve({ status: 'too_large', refusal: error.refusal });
			else resolve({ status: 'error', message: errorMessage(error), elapsedMs: elapsed() });
		}
	);

	const stop = (reason: StopReason): Promise<void> => {
		if (stopping) return stopping;
		stopReason = reason;
		state.stopped = true;
		stopping = (async () => {
			const settled = work.then(() => true, () => true);
			void database.conn.cancelSent().catch(() => false);
			const cancelled = await Promise.race([settled, delay(grace).then(() => false)]);
			if (!cancelled) {
				state.terminated = true;
				await discardDatabase(database);
			}
			resolve({ status: 'stopped', reason, restarted: !cancelled, elapsedMs: elapsed() });
		})();
		return stopping;
	};

	const timer = setTimeout(() => void stop('timeout'), options.timeoutMs ?? CONSOLE_TIMEOUT_MS);
	void outcome.then(() => clearTimeout(timer));
	return { outcome, stop: () => stop('user') };
}

function delay(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}
