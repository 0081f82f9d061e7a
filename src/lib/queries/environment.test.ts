import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from './query';
import { environmentRows, environmentYears } from './environment';
import { loadEnvironment } from './environment-model';
import { openRealData } from '../../../test/helpers/real-data';

// Real data: the 2022 self-assessment (市城区), the yearbooks (全市), the Hunan and national
// bulletins and GB 3095-2012, run through the page's own builders in DuckDB (Node).
let run: QueryRunner;
let close: () => Promise<void>;

beforeAll(async () => {
	({ run, close } = await openRealData());
});
afterAll(async () => {
	await close();
});

const HENGYANG_2022 = { departmentId: 'hengyang_eeb', regionId: 'hengyang', year: 2022, scope: null };

describe('environment page data', () => {
	it('keeps each scope its own figure: 市城区 31 (report) and 全市 29 (yearbook) for PM2.5 in 2022', async () => {
		const data = await loadEnvironment(run, HENGYANG_2022);
		const pm25 = data.panels.pm25;
		expect(pm25.observed.map((o) => [o.scope, o.figure.value, o.figure.citation.source_id])).toEqual([
			['urban_area', 31, 'hy_eeb_2022_self_assessment'],
			['whole_city', 29, 'cn_city_yearbook_2023']
		]);
		expect(data.scopes).toEqual(['counties', 'urban_area', 'whole_city']);
	});

	it('has the stated change in its stated unit and the derived prior year with its formula', async () => {
		const data = await loadEnvironment(run, HENGYANG_2022);
		const urban = data.panels.pm25.observed.find((o) => o.scope === 'urban_area');
		expect(urban?.statedChange).toMatchObject({ value: -11.4, unit: '百分点' });
		expect(urban?.impliedPrevious).toMatchObject({
			year: 2021,
			value: 35,
			decimals: 1,
			citation: { derivation: 'derived', formula: '31 / (1 - 11.4/100)' }
		});
		const pm10 = data.panels.pm10.observed.find((o) => o.scope === 'urban_area');
		expect(pm10?.statedChange?.value).toBe(-11.1);
		expect(pm10?.impliedPrevious?.value).toBe(54);
	});

	it('sets the grade II limits and the province and national benchmarks of the same year', async () => {
		const { panels } = await loadEnvironment(run, HENGYANG_2022);
		expect(panels.pm25.limit).toMatchObject({ comparator: '<=', figure: { value: 35 } });
		expect(panels.pm10.limit?.figure.value).toBe(70);
		const bench = (indicator: 'pm25' | 'pm10' | 'good_air_ratio') =>
			panels[indicator].benchmarks.map((b) => [b.scope, b.figure.value]);
		expect(bench('pm25')).toEqual([
			['province_cities_avg', 34],
			['national_cities_339', 29]
		]);
		expect(bench('pm10')).toEqual([
			['province_cities_avg', 48],
			['national_cities_339', 51]
		]);
		expect(bench('good_air_ratio')).toEqual([
			['province_cities_avg', 87.6],
			['national_cities_339', 86.5]
		]);
		expect(panels.surface_water_class_i_iii_ratio.benchmarks[0]?.figure.value).toBe(98.6);
	});

	it('shows the department’s 附件2 target and self-assessed actual beside the observed value', async () => {
		const { panels } = await loadEnvironment(run, HENGYANG_2022);
		expect(panels.good_air_ratio.observed[0]?.figure.value).toBe(87.9);
		expect(panels.good_air_ratio.performance).toMatchObject({
			target: { comparator: '>=', figure: { value: 95, unit: '%' } },
			actual: { value: 95 }
		});
		expect(panels.pm10.performance?.actual?.value).toBe(49);
		expect(panels.drinking_water_compliance.observed[0]?.figure.value).toBe(100);
	});

	it('counts 44 surface-water sections: 37 class II and 7 class III, 100% compliant', async () => {
		const { panels } = await loadEnvironment(run, HENGYANG_2022);
		const value = (indicator: keyof typeof panels) => panels[indicator].observed[0]?.figure.value;
		expect(value('surface_water_sections')).toBe(44);
		expect(value('surface_water_class_ii_sections')).toBe(37);
		expect(value('surface_water_class_iii_sections')).toBe(7);
		expect(value('surface_water_compliance')).toBe(100);
	});

	it('keeps the 2019-05 bulletin (27 sections: 24 II, 3 III) as a sub-period of 2019', async () => {
		const data = await loadEnvironment(run, { ...HENGYANG_2022, year: 2019 });
		const sub = (
			indicator:
				'surface_water_sections' | 'surface_water_class_ii_sections' | 'surface_water_class_iii_sections'
		) => data.panels[indicator].subPeriods.map((o) => [o.period, o.figure.value]);
		expect(sub('surface_water_sections')).toEqual([['2019-05', 27]]);
		expect(sub('surface_water_class_ii_sections')).toEqual([['2019-05', 24]]);
		expect(sub('surface_water_class_iii_sections')).toEqual([['2019-05', 3]]);
	});

	it('shows the 2021 work-plan target in 2021, next to the derived 2021 value', async () => {
		const data = await loadEnvironment(run, { ...HENGYANG_2022, year: 2021, scope: 'urban_area' });
		expect(data.panels.pm25.cityTargets).toEqual([
			expect.objectContaining({
				comparator: '<=',
				scope: 'urban_area',
				period: 'year',
				figure: expect.objectContaining({ value: 39 })
			}),
			expect.objectContaining({
				period: 'special_protection',
				figure: expect.objectContaining({ value: 55 })
			})
		]);
		expect(data.panels.pm25.observed).toHaveLength(1);
		expect(data.panels.pm25.observed[0]?.figure.citation.derivation).toBe('derived');
		expect(data.rows.every((r) => r.scope === 'urban_area' || r.region_id !== 'hengyang')).toBe(true);
	});

	it('lists the years with annual observations and binds the region', async () => {
		expect((await run(environmentYears('hengyang'))).map((r) => r.year)).toEqual([
			2017, 2018, 2019, 2020, 2021, 2022, 2023
		]);
		const injected = await run(environmentRows("hengyang' OR '1'='1"));
		expect(injected.every((r) => r.region_id !== 'hengyang')).toBe(true);
	});

	it('has no city figures for a department without a region', async () => {
		const data = await loadEnvironment(run, {
			departmentId: 'muchuan_eeb',
			regionId: null,
			year: 2022,
			scope: null
		});
		expect(data.panels.pm25.observed).toEqual([]);
		expect(data.scopes).toEqual([]);
	});
});
