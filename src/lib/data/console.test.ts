import { describe, expect, it, vi } from 'vitest';
import { tableFromArrays, type RecordBatch, type Schema } from 'apache-arrow';
import type { Database } from './db';
import { runConsoleQuery } from './console';

// The console's run/stop/cap/timeout logic against a scripted stand-in for DuckDB-wasm's
// connection (the real engine is exercised in console-lock.test.ts and the e2e tests).
function fakeDatabase(script: {
	batches?: RecordBatch[];
	schema?: Schema;
	send?: () => Promise<unknown>;
	prepareError?: string;
	cancel?: () => Promise<boolean>;
}) {
	const calls: string[] = [];
	const table = tableFromArrays({ n: Int32Array.from([1]) });
	const reader = {
		schema: script.schema ?? table.schema,
		async *[Symbol.asyncIterator]() {
			for (const batch of script.batches ?? []) yield batch;
		}
	};
	const conn = {
		query: vi.fn(async (sql: string) => void calls.push(sql)),
		prepare: vi.fn(async () => {
			calls.push('prepare');
			if (script.prepareError) throw new Error(script.prepareError);
			return { close: async () => undefined };
		}),
		send: vi.fn(async () => {
			calls.push('send');
			return script.send ? script.send() : reader;
		}),
		cancelSent: vi.fn(async () => {
			calls.push('cancel');
			return script.cancel ? script.cancel() : false;
		})
	};
	const db = { terminate: vi.fn(async () => void calls.push('terminate')) };
	const store = { ensure: vi.fn(async () => undefined), names: [] };
	return { database: { conn, db, store } as unknown as Database, calls };
}

const batchOf = (from: number, count: number) =>
	tableFromArrays({ n: Int32Array.from({ length: count }, (_, i) => from + i) }).batches[0]!;

describe('console runs', () => {
	it('stops reading at the row cap, says so, and rolls the read-only transaction back', async () => {
		const { database, calls } = fakeDatabase({ batches: [batchOf(0, 40), batchOf(40, 40), batchOf(80, 40), batchOf(120, 40)] });
		const outcome = await runConsoleQuery(database, 'SELECT * FROM range(1000000)', { rowCap: 100 }).outcome;
		expect(outcome.status).toBe('done');
		if (outcome.status !== 'done') return;
		expect(outcome.capped).toBe(true);
		expect(outcome.result.rowCount).toBe(100);
		expect(outcome.result.value(99, 0)).toBe(99);
		expect(calls).toEqual(['BEGIN TRANSACTION READ ONLY', 'prepare', 'send', 'cancel', 'ROLLBACK']);
	});

	it('refuses a write before DuckDB sees it', async () => {
		const { database, calls } = fakeDatabase({});
		const outcome = await runConsoleQuery(database, 'DROP TABLE spending').outcome;
		expect(outcome).toEqual({ status: 'refused', refusal: { ok: false, code: 'statement', keyword: 'DROP' } });
		expect(calls).toEqual([]);
	});

	it('reports DuckDB’s error in full and still rolls back', async () => {
		const message = 'Parser Error: syntax error at or near "spending"\n\nLINE 1: SELECT * FRM spending\n                     ^';
		const { database, calls } = fakeDatabase({ prepareError: message });
		const outcome = await runConsoleQuery(database, 'SELECT * FRM spending').outcome;
		expect(outcome).toMatchObject({ status: 'error', message });
		expect(calls.at(-1)).toBe('ROLLBACK');
	});

	it('an empty result keeps its columns', async () => {
		const { database } = fakeDatabase({ batches: [] });
		const outcome = await runConsoleQuery(database, 'SELECT 1 AS n WHERE false').outcome;
		expect(outcome).toMatchObject({ status: 'done', capped: false });
		if (outcome.status === 'done') expect(outcome.result.columns.map((c) => c.name)).toEqual(['n']);
	});
});

describe('console stop', () => {
	it('cancels a statement that gives way, without restarting DuckDB', async () => {
		let fail!: (e: Error) => void;
		const { database, calls } = fakeDatabase({
			send: () => new Promise((_, reject) => (fail = reject)),
			cancel: async () => {
				fail(new Error('query was interrupted'));
				return true;
			}
		});
		const run = runConsoleQuery(database, 'SELECT count(*) FROM range(1e12)');
		await vi.waitFor(() => expect(calls).toContain('send'));
		const started = performance.now();
		await run.stop();
		expect(performance.now() - started).toBeLessThan(150);
		expect(await run.outcome).toMatchObject({ status: 'stopped', reason: 'user', restarted: false });
		expect(calls).not.toContain('terminate');
		expect(calls.at(-1)).toBe('ROLLBACK');
	});

	it('terminates a statement that ignores cancel, within the grace period, and calls DuckDB no more', async () => {
		const { database, calls } = fakeDatabase({ send: () => new Promise(() => {}), cancel: () => new Promise(() => {}) });
		const run = runConsoleQuery(database, 'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t', {
			cancelGraceMs: 100
		});
		await vi.waitFor(() => expect(calls).toContain('send'));
		const started = performance.now();
		await run.stop();
		expect(performance.now() - started).toBeLessThan(300);
		expect(await run.outcome).toMatchObject({ status: 'stopped', reason: 'user', restarted: true });
		expect(calls.slice(-2)).toEqual(['cancel', 'terminate']);
	});

	it('times out like a Stop', async () => {
		const { database, calls } = fakeDatabase({ send: () => new Promise(() => {}) });
		const outcome = await runConsoleQuery(database, 'SELECT 1', { timeoutMs: 30, cancelGraceMs: 20 }).outcome;
		expect(outcome).toMatchObject({ status: 'stopped', reason: 'timeout', restarted: true });
		expect(calls).toContain('terminate');
	});
});
