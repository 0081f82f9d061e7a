import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import type { QueryRunner } from './query';
import { departmentYears, spendingSeries } from './overview';
import { loadOverview } from './overview-model';

// The builders run against real DuckDB (Node) on the contract's valid fixture set, built by the
// same data build the site uses, so SQL that does not bind or names a wrong column fails here.
let outputDir: string;
let run: QueryRunner;

beforeAll(async () => {
	outputDir = await mkdtemp(path.join(tmpdir(), 'mingjing-queries-'));
	const built = await buildData({ inputDir: 'test/fixtures/data/valid', outputDir });
	expect(built.ok).toBe(true);
	const conn = await openNodeDatabase(outputDir);
	run = (query) => runOn(conn, query);
});

afterAll(async () => {
	await rm(outputDir, { recursive: true, force: true });
});

describe('overview queries on the fixture set', () => {
	it('lists departments with their years and region', async () => {
		const rows = await run(departmentYears());
		expect(rows[0]).toMatchObject({
			department_id: 'hengyang_eeb',
			region_id: 'hengyang',
			is_primary: true,
			years: [2022]
		});
		expect(rows.map((r) => r.department_id)).toEqual(['hengyang_eeb', 'muchuan_eeb']);
	});

	it('shows primary rows only, with their provenance and published decimals', async () => {
		const overview = await loadOverview(run, {
			departmentId: 'hengyang_eeb',
			year: 2022,
			regionId: 'hengyang'
		});
		expect(overview.basic.current).toEqual({
			value: 2966.94,
			unit: '万元',
			decimals: 2,
			citation: {
				source_id: 'hy_eeb_2022_self_assessment',
				locator: '正文 二(一) 基本支出 ¶1',
				excerpt: '基本支出2966.94万元，占58.45%',
				derivation: 'reported',
				formula: null
			}
		});
		expect(overview.threePublic.current?.value).toBe(28.98);
		expect(overview.total.current?.citation).toMatchObject({
			derivation: 'derived',
			formula: 'basic.final + project.final'
		});
		expect(overview.basic.previous).toBeNull();
	});

	it('derives project execution from the amounts and says so', async () => {
		const overview = await loadOverview(run, {
			departmentId: 'hengyang_eeb',
			year: 2022,
			regionId: 'hengyang'
		});
		expect(overview.projects?.count).toBe(1);
		expect(overview.projects?.executed.value).toBe(50);
		expect(overview.projects?.rate).toMatchObject({
			value: 100,
			unit: '%',
			citation: { derivation: 'derived' }
		});
	});

	it('pairs an observed concentration with its target', async () => {
		const overview = await loadOverview(run, {
			departmentId: 'hengyang_eeb',
			year: 2022,
			regionId: 'hengyang'
		});
		const pm25 = overview.environment.pm25;
		expect(pm25?.observed?.value).toBe(33);
		expect(pm25?.target).toMatchObject({ value: 36, comparator: '<=' });
		expect(pm25?.statedChange).toEqual({ value: -11.4, unit: '%' });
		expect(pm25?.scope).toBe('urban_area');
	});

	it('binds values: a quote in a department id matches nothing and breaks nothing', async () => {
		expect(await run(spendingSeries("hengyang_eeb' OR '1'='1"))).toEqual([]);
	});
});
