import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnvironment, type EnvironmentData } from '$lib/queries/environment-model';
import { sourcesById } from '$lib/queries/overview';
import { openRealData } from '../../../test/helpers/real-data';
import type { QueryRunner } from '$lib/queries/query';
import { airView } from './environment-charts';
import { goodAirView, sectionsView } from './environment-water-charts';
import { periodLabel, regionLabel, scopeName } from './environment-labels';
import { toSourceMap } from './page-data';
import type { SourceMap } from './sources';

// The real data: the chart views' tables must hold exactly the figures the report and yearbooks state.
let run: QueryRunner;
let close: () => Promise<void>;
let data: EnvironmentData;
let sources: SourceMap;

beforeAll(async () => {
	({ run, close } = await openRealData());
	sources = toSourceMap(await run(sourcesById()));
	data = await loadEnvironment(run, {
		departmentId: 'hengyang_eeb',
		regionId: 'hengyang',
		year: 2022,
		scope: null
	});
});
afterAll(async () => {
	await close();
});

describe('PM2.5 chart view', () => {
	it('has 市城区 and 全市 as separate columns, the derived 2021 value marked, and the benchmarks', () => {
		const view = airView(data, 'pm25', 'zh-CN', sources);
		expect(view.table.columns).toEqual([
			'年度',
			'市城区（部门自评报告）',
			'全市（统计年鉴）',
			'湖南省各市平均（生态环境状况公报）',
			'全国 339 个城市（公报）',
			'城市目标（工作方案）',
			'部门绩效目标（附件2）'
		]);
		const row = (year: string) => view.table.rows.find((r) => r[0] === year);
		// Units light: the table says 单位：µg/m³ once; the cells hold the numbers as drawn.
		expect(view.table.unit).toBe('µg/m³');
		expect(row('2021')).toEqual(['2021', '35.0（推算）', '31', '—', '—', '≤39', '—']);
		expect(row('2022')).toEqual(['2022', '31', '29', '34', '29', '—', '31']);
		expect(view.summary).toContain('国家二级标准 ≤ 35 µg/m³');
	});
	it('reads in English with the same figures', () => {
		const view = airView(data, 'pm10', 'en', sources);
		expect(view.table.columns[1]).toBe('Urban area (department self-assessment)');
		expect(view.table.rows.find((r) => r[0] === '2021')?.[1]).toBe('54.0 (derived)');
		expect(view.summary).toContain('national grade II standard ≤ 70 µg/m³');
	});
	it('narrows to one scope when the reader picks it', async () => {
		const urban = await loadEnvironment(run, {
			departmentId: 'hengyang_eeb',
			regionId: 'hengyang',
			year: 2022,
			scope: 'whole_city'
		});
		const view = airView(urban, 'pm25', 'zh-CN', sources);
		expect(view.table.columns.slice(1, 2)).toEqual(['全市（统计年鉴）']);
		expect(view.table.columns).not.toContain('市城区（部门自评报告）');
	});
});

describe('good-air and sections views', () => {
	it('sets 87.9% beside Hunan 87.6% and national 86.5%, with the 附件2 target', () => {
		const view = goodAirView(data, 'zh-CN', sources);
		expect(view?.table.rows).toEqual([
			['市城区（部门自评报告）', '87.9%'],
			['湖南省各市平均（生态环境状况公报）', '87.6%'],
			['全国 339 个城市（公报）', '86.5%'],
			['部门绩效目标（附件2）', '≥ 95%']
		]);
	});
	it('counts sections by class per period: 2019-05 27 (24/3), 2022 44 (37/7)', () => {
		const view = sectionsView(data, 'zh-CN', sources);
		expect(view?.table.rows).toEqual([
			['2019 年 5 月（公报）', '27', '24', '3'],
			['2022（部门自评报告）', '44', '37', '7']
		]);
	});
	it('names periods in both languages', () => {
		expect(periodLabel('2021-01..2021-08', 'zh-CN')).toBe('2021 年 1–8 月');
		expect(periodLabel('to_12-19', 'en')).toBe('to 12/19');
		expect(periodLabel('special_protection', 'zh-CN')).toBe('特护期');
	});
});

describe('region names come from data/regions.csv, not from code', () => {
	it('names the page region and the benchmark regions', () => {
		expect(data.regionNames['hengyang']).toEqual({ zh: '衡阳市', en: 'Hengyang' });
		expect(regionLabel('hunan', 'zh-CN', data.regionNames)).toBe('湖南省');
		expect(scopeName('province_cities_avg', { id: 'hunan', names: data.regionNames }, 'en')).toBe(
			'Average of Hunan cities'
		);
	});

	it('a city added as a row of regions.csv is named on the page', async () => {
		const added = await openRealData({
			regions: ['changde_test,430700,常德市（测试）,Changde (test),prefecture,hunan'],
			departments: [
				'changde_test_eeb,常德市生态环境局,Changde EEB,湖南省常德市,"Changde, Hunan",changde_test,prefecture,false'
			]
		});
		try {
			const view = await loadEnvironment(added.run, {
				departmentId: 'changde_test_eeb',
				regionId: 'changde_test',
				year: 2022,
				scope: null
			});
			expect(regionLabel('changde_test', 'zh-CN', view.regionNames)).toBe('常德市（测试）');
			expect(regionLabel('changde_test', 'en', view.regionNames)).toBe('Changde (test)');
		} finally {
			await added.close();
		}
	});
});
