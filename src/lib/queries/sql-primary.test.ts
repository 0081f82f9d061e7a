import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import { PRIMARY_FACT_TABLES, unfilteredPrimaryTables } from './sql-primary';

// Hengyang's 2022 final spending lines are printed in the 2022 final accounts and again in the
// 2023 report: a naive SUM counts both.
const NAIVE = `SELECT fiscal_year, sum(amount_wan) AS total FROM spending
WHERE department_id = 'hengyang_eeb' AND stage = 'final' AND parent_line_id = 'total'
GROUP BY fiscal_year ORDER BY fiscal_year`;
const PRIMARY = NAIVE.replace("parent_line_id = 'total'", "parent_line_id = 'total' AND is_primary");

let outputDir: string;
let run: (sql: string) => Promise<unknown[][]>;

beforeAll(async () => {
	outputDir = await mkdtemp(path.join(tmpdir(), 'mingjing-sql-primary-'));
	expect((await buildData({ inputDir: 'data', outputDir })).ok).toBe(true);
	const conn = await openNodeDatabase(outputDir);
	run = async (sql) => (await runOn(conn, { sql, params: [] })).map((r) => Object.values(r));
}, 60000);

afterAll(async () => {
	await rm(outputDir, { recursive: true, force: true });
});

describe('sums that count restatements twice', () => {
	it('the naive sum doubles 2022 (7710.74) where the primary rows give 3855.37', async () => {
		expect(await run(NAIVE)).toEqual([
			[2021, 5393.639999999999],
			[2022, 7710.74]
		]);
		expect(await run(PRIMARY)).toEqual([
			[2021, 5393.639999999999],
			[2022, 3855.37]
		]);
	});
	it('warns on the naive statement, not on the filtered one', () => {
		expect(unfilteredPrimaryTables(NAIVE)).toEqual(['spending']);
		expect(unfilteredPrimaryTables(PRIMARY)).toEqual([]);
	});
	it('needs an aggregate and a fact table; is_primary in FILTER or a quoted name counts', () => {
		expect(unfilteredPrimaryTables('SELECT * FROM spending LIMIT 5')).toEqual([]);
		expect(unfilteredPrimaryTables('SELECT count(*) FROM departments')).toEqual([]);
		expect(unfilteredPrimaryTables('SELECT sum(value) FILTER (WHERE "is_primary") FROM environment')).toEqual(
			[]
		);
		expect(unfilteredPrimaryTables('SELECT avg(value) FROM environment e JOIN projects p ON true')).toEqual([
			'environment',
			'projects'
		]);
		expect(unfilteredPrimaryTables('SELECT sum(amount) FROM spending -- is_primary')).toEqual(['spending']);
		expect(unfilteredPrimaryTables("SELECT 'sum(' FROM spending")).toEqual([]);
	});
	it('covers every fact table with an is_primary group', () => {
		expect([...PRIMARY_FACT_TABLES].sort()).toEqual(
			[
				'activities',
				'environment',
				'indicators',
				'projects',
				'regional_finance',
				'spending',
				'staffing'
			].sort()
		);
	});
});
