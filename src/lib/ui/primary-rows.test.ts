import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnvironment } from '$lib/queries/environment-model';
import { pm25Series, sourcesById } from '$lib/queries/overview';
import type { QueryRunner } from '$lib/queries/query';
import { openRealData } from '../../../test/helpers/real-data';
import { airView } from './environment-charts';
import { pm25View } from './overview-charts';
import { toSourceMap } from './page-data';

// Regression: a second source for the same PM2.5 fact (衡阳 全市 2022, here a made-up 30 from the
// Hunan bulletin, marked is_primary = false) used to be drawn as a second point of the same series.
const SECOND_SOURCE =
	'hengyang,whole_city,2022,year,pm25,observed,=,30,µg/m³,,,reported,,test row: a second source,false,' +
	'hunan_soe_bulletin_2022,test / 衡阳市 / PM2.5,衡阳市 PM2.5 30';

let run: QueryRunner;
let close: () => Promise<void>;

beforeAll(async () => {
	({ run, close } = await openRealData({ environment: [SECOND_SOURCE] }));
});
afterAll(async () => {
	await close();
});

describe('a fact from two sources is drawn once, from its primary row', () => {
	it('keeps both rows in the data for the audit', async () => {
		const rows = await run({
			sql: `SELECT value, is_primary FROM environment
			      WHERE region_id = 'hengyang' AND scope = 'whole_city' AND year = 2022 AND indicator = 'pm25'
			      ORDER BY is_primary DESC`,
			params: []
		});
		expect(rows).toEqual([
			{ value: 29, is_primary: true },
			{ value: 30, is_primary: false }
		]);
	});

	it('the environment page PM2.5 chart has one 全市 2022 point, the yearbook 29', async () => {
		const data = await loadEnvironment(run, {
			departmentId: 'hengyang_eeb',
			regionId: 'hengyang',
			year: 2022,
			scope: null
		});
		const view = airView(data, 'pm25', 'zh-CN', toSourceMap(await run(sourcesById())));
		const series = (view.option.series as { name: string; data: unknown[] }[]).find((s) =>
			s.name.startsWith('全市')
		);
		expect(series?.data).toHaveLength(7);
		expect(view.table.rows.find((r) => r[0] === '2022')?.[2]).toBe('29');
		expect(view.summary).not.toContain('30 µg/m³');
	});

	it('the overview PM2.5 series has one value per year and scope', async () => {
		const rows = await run(pm25Series('hengyang'));
		const wholeCity2022 = rows.filter((r) => r.scope === 'whole_city' && r.year === 2022);
		expect(wholeCity2022).toEqual([
			expect.objectContaining({ value: 29, source_id: 'cn_city_yearbook_2023' })
		]);
		const view = pm25View(rows, 'en', toSourceMap(await run(sourcesById())));
		const wholeCity = view.table.rows.find((r) => r[0] === '2022');
		expect(wholeCity).toContain('29');
		expect(wholeCity).not.toContain('30');
	});
});
