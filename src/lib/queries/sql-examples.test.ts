import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import type { Row } from './query';
import { SQL_EXAMPLES } from './sql-examples';
import { guardStatement } from './sql-guard';

// The console's examples run on the real data set (data/*.csv, built as the site builds it).
let outputDir: string;
let run: (sql: string) => Promise<Row[]>;

beforeAll(async () => {
	outputDir = await mkdtemp(path.join(tmpdir(), 'mingjing-sql-examples-'));
	const built = await buildData({ inputDir: 'data', outputDir });
	expect(built.ok).toBe(true);
	const conn = await openNodeDatabase(outputDir);
	run = (sql) => runOn(conn, { sql, params: [] });
}, 60000);

afterAll(async () => {
	await rm(outputDir, { recursive: true, force: true });
});

const example = (id: string) => SQL_EXAMPLES.find((e) => e.id === id)!;

describe('SQL console examples on the real data', () => {
	it('every example passes the guard and may run from a shared link', () => {
		for (const e of SQL_EXAMPLES) {
			for (const sql of Object.values(e.sql))
				expect(guardStatement(sql)).toMatchObject({ ok: true, autoRun: true });
		}
	});

	it('三公经费: 2021 final 18.4, 2022 budget 50 and final 28.98, +57.5% year on year', async () => {
		const rows = await run(example('three_public_yoy').sql['zh-CN']);
		expect(rows.map((r) => Object.values(r))).toEqual([
			[2021, null, 18.4, null],
			[2022, 50, 28.98, 57.5]
		]);
		const en = await run(example('three_public_yoy').sql.en);
		expect(en[1]).toEqual({
			year: 2022,
			'initial budget (CNY 10k)': 50,
			'final (CNY 10k)': 28.98,
			'final yoy % (derived)': 57.5
		});
	});

	it('projects: 排污权交易中心工作经费 stated 100%, recomputed 99.7%, lowest first', async () => {
		const rows = await run(example('project_execution').sql['zh-CN']);
		expect(rows[0]).toEqual({
			项目: '空气质量网络运行经费',
			'全年预算数（万元）': 25.3,
			'全年执行数（万元）': 24.64,
			'执行率%（报告所述）': 100,
			'执行率%（推算）': 97.4,
			'相差（百分点）': -2.6
		});
		const trading = rows.find((r) => r['项目'] === '排污权交易中心工作经费');
		expect(trading).toMatchObject({
			'全年执行数（万元）': 9.97,
			'执行率%（报告所述）': 100,
			'执行率%（推算）': 99.7
		});
		expect(rows).toHaveLength(8);
		const en = await run(example('project_execution').sql.en);
		expect(en.map((r) => r['execution rate % (recomputed)'])).toEqual([
			97.4, 97.6, 99.7, 100, 100, 100, 100, 100
		]);
	});

	it('PM2.5: each scope against the grade II limit 35 µg/m³', async () => {
		const rows = await run(example('pm25_vs_standard').sql.en);
		const pick = (scope: string, year: number) => rows.find((r) => r.scope === scope && r.year === year);
		expect(pick('urban_area', 2022)).toMatchObject({
			'PM2.5 (µg/m³)': 31,
			'grade II standard (µg/m³)': 35,
			'above the standard (derived)': -4,
			'meets the standard': true,
			derivation: 'reported'
		});
		expect(pick('whole_city', 2017)).toMatchObject({ 'PM2.5 (µg/m³)': 45, 'meets the standard': false });
		expect(pick('urban_area', 2021)).toMatchObject({ 'PM2.5 (µg/m³)': 35, derivation: 'derived' });
		expect(pick('province_cities_avg', 2022)).toMatchObject({ region: 'hunan', 'PM2.5 (µg/m³)': 34 });
		expect(pick('national_cities_339', 2022)).toMatchObject({ 'PM2.5 (µg/m³)': 29 });
	});
});
