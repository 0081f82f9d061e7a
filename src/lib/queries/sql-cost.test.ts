import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { AUTO_RUN_ESTIMATE_LIMIT, autoRunCost, estimateCost, planEstimate } from './sql-cost';
import { sharedQuery } from './sql-share';

// The three links issue 13 found holding a visitor's CPU for 30 s without a click.
const FOREVER_CTE = 'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t';
const HUGE_CROSS = 'SELECT count(*) FROM range(1e9) a, range(1e9) b';
const HUGE_STRING = "SELECT length(repeat('x', 2e9))";

describe('auto-run cost check on the statement text', () => {
	it('refuses the recursive CTE, the billion-row ranges and the 2e9 repeat', () => {
		expect(autoRunCost(FOREVER_CTE)).toEqual({ ok: false, code: 'recursive' });
		expect(autoRunCost(HUGE_CROSS)).toEqual({ ok: false, code: 'generator', name: 'range', bound: 100_000 });
		expect(autoRunCost(HUGE_STRING)).toEqual({ ok: false, code: 'generator', name: 'repeat', bound: 10_000 });
	});
	it('refuses sizes it cannot read as plain numbers', () => {
		for (const sql of [
			'SELECT * FROM range(1000 * 1000 * 1000)',
			'SELECT * FROM generate_series(1, (SELECT max(amount)::BIGINT FROM spending))',
			"SELECT * FROM range(DATE '2000-01-01', DATE '2100-01-01', INTERVAL 1 SECOND)",
			"SELECT lpad('a', amount::INT, 'b') FROM spending",
			'SELECT * FROM "range"(200000)',
			'SELECT list_resize([1], 1e6)'
		])
			expect(autoRunCost(sql).ok, sql).toBe(false);
	});
	it('lets small generators and ordinary statements through', () => {
		for (const sql of [
			'SELECT * FROM range(10)',
			'SELECT * FROM generate_series(2015, 2024)',
			'SELECT * FROM range(-50000, 50000, 1)',
			"SELECT repeat('-', 20), lpad(code, 8, '0') FROM (SELECT '12' AS code)",
			"SELECT line_id, sum(amount) FROM spending WHERE note = 'WITH RECURSIVE' GROUP BY 1",
			'SELECT 1 AS "range"'
		])
			expect(autoRunCost(sql), sql).toEqual({ ok: true });
	});
	it('makes a shared link of each attack wait for Run', () => {
		for (const sql of [FOREVER_CTE, HUGE_CROSS, HUGE_STRING]) {
			const shared = sharedQuery(new URLSearchParams({ q: sql }));
			expect(shared).toEqual({ sql, autoRun: false, held: autoRunCost(sql) });
			expect(shared?.held?.code).toMatch(/^(recursive|generator)$/);
		}
	});
});

describe("auto-run cost check on DuckDB's estimate", () => {
	async function plan(sql: string): Promise<string> {
		const instance = await DuckDBInstance.create(':memory:');
		const conn = await instance.connect();
		const reader = await conn.runAndReadAll(`EXPLAIN (FORMAT JSON) ${sql}`);
		const text = reader.getRowObjectsJS().map((row) => String(row['explain_value']));
		conn.closeSync();
		return text.join('\n');
	}
	it('counts a cross product as the product of its inputs, not the one-row aggregate on top', async () => {
		const text = await plan('SELECT count(*) FROM range(100000) a, range(100000) b');
		expect(planEstimate(text)).toBe(1e10);
		const cross = await plan(
			'SELECT count(*) FROM range(3000) a CROSS JOIN range(4000) b CROSS JOIN range(5) c'
		);
		expect(planEstimate(cross)).toBe(60_000_000);
		expect(estimateCost(cross)).toEqual({
			ok: false,
			code: 'estimate',
			rows: planEstimate(cross),
			limit: AUTO_RUN_ESTIMATE_LIMIT
		});
	});
	it('passes a small plan and one without estimates', async () => {
		expect(estimateCost(await plan('SELECT * FROM range(10) a CROSS JOIN range(20) b'))).toEqual({
			ok: true
		});
		expect(planEstimate('no boxes here')).toBeNull();
		expect(planEstimate('[]')).toBeNull();
	});
});
