import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRealData } from '../../../test/helpers/real-data';
import { loadCityFinance, loadCityPm25, rankCities, type CityComparison } from './compare-model';

let pm25: CityComparison;
let finance: CityComparison;
let shaoyang: CityComparison;
let close: () => Promise<void>;

beforeAll(async () => {
	const db = await openRealData();
	close = db.close;
	[pm25, finance, shaoyang] = await Promise.all([
		loadCityPm25(db.run, 'hengyang'),
		loadCityFinance(db.run, 'hengyang'),
		loadCityPm25(db.run, 'shaoyang')
	]);
});
afterAll(async () => close?.());

const ranking = (c: CityComparison, key: string) => c.rankings.find((r) => r.key === key)!;

describe('PM2.5 across Hunan prefecture cities (the yearbooks in data/environment.csv)', () => {
	it('ranks only the years at least two cities hold, one scope at a time', () => {
		expect(pm25.province).toEqual({ zh: '湖南省', en: 'Hunan' });
		expect(pm25.cityCount).toBe(14);
		// Hengyang alone has 2017/2019/2021/2023 (全市) and 市城区 figures: nothing to rank them against.
		expect(pm25.rankings.map((r) => r.key)).toEqual([
			'pm25|whole_city|2018',
			'pm25|whole_city|2020',
			'pm25|whole_city|2022'
		]);
	});
	it('2022: lowest first, equal values share a rank, Hengyang 29 µg/m³ is 4th of 13', () => {
		const r = ranking(pm25, 'pm25|whole_city|2022');
		expect(r.entries.map((e) => [e.regionId, e.value, e.rank])).toEqual([
			['chenzhou', 26, 1],
			['yongzhou', 27, 2],
			['zhangjiajie', 27, 2],
			['hengyang', 29, 4],
			['huaihua', 30, 5],
			['shaoyang', 34, 6],
			['yueyang', 35, 7],
			['zhuzhou', 36, 8],
			['changsha', 38, 9],
			['loudi', 38, 9],
			['changde', 39, 11],
			['yiyang', 40, 12],
			['xiangtan', 44, 13]
		]);
		expect(r.entries.filter((e) => e.highlighted).map((e) => e.regionId)).toEqual(['hengyang']);
		expect(r.missing.map((m) => m.regionId)).toEqual(['xiangxi']);
		expect(r.sourceIds).toEqual(['cn_city_yearbook_2023']);
		const hengyang = r.entries.find((e) => e.regionId === 'hengyang')!;
		expect(hengyang.figure.citation.locator).toContain('R198');
	});
	it('2018: the cities the 2019 edition gives no PM2.5 for are listed as missing, not ranked', () => {
		const r = ranking(pm25, 'pm25|whole_city|2018');
		expect(r.entries).toHaveLength(11);
		expect(r.missing.map((m) => m.regionId).sort()).toEqual(['loudi', 'xiangxi', 'yueyang']);
		expect(r.entries.find((e) => e.regionId === 'hengyang')).toMatchObject({ value: 37, rank: 6 });
	});
	it('highlights whichever city is asked for', () => {
		const r = ranking(shaoyang, 'pm25|whole_city|2022');
		expect(r.entries.filter((e) => e.highlighted).map((e) => e.regionId)).toEqual(['shaoyang']);
	});
});

describe('budget revenue and expenditure across Hunan cities (data/regional_finance.csv)', () => {
	it('keeps 全市 and 市辖区 apart and ranks the highest first', () => {
		expect(finance.rankings.map((r) => r.key)).toEqual([
			'general_budget_expenditure|urban_districts|2018',
			'general_budget_expenditure|urban_districts|2020',
			'general_budget_expenditure|urban_districts|2022',
			'general_budget_expenditure|whole_city|2018',
			'general_budget_expenditure|whole_city|2020',
			'general_budget_expenditure|whole_city|2022',
			'general_budget_revenue|urban_districts|2018',
			'general_budget_revenue|urban_districts|2020',
			'general_budget_revenue|urban_districts|2022',
			'general_budget_revenue|whole_city|2018',
			'general_budget_revenue|whole_city|2020',
			'general_budget_revenue|whole_city|2022'
		]);
		const revenue = ranking(finance, 'general_budget_revenue|whole_city|2022');
		expect(revenue.unit).toBe('万元');
		expect(revenue.entries.slice(0, 3).map((e) => [e.regionId, e.value, e.rank])).toEqual([
			['changsha', 12020004, 1],
			['changde', 2096494, 2],
			['hengyang', 1911059, 3]
		]);
		expect(revenue.entries.at(-1)).toMatchObject({ regionId: 'zhangjiajie', value: 353909, rank: 13 });
		const districts = ranking(finance, 'general_budget_revenue|urban_districts|2022');
		expect(districts.entries.find((e) => e.regionId === 'hengyang')?.value).toBe(994195);
	});
});

describe('rankCities', () => {
	it('ranks nothing for a single city and ranks ties alike', () => {
		const cities = ['a', 'b', 'c'].map((id) => ({ region_id: id, name_zh: id, name_en: id }));
		const row = (id: string, value: number, year = 2022) => ({
			region_id: id,
			indicator: 'x',
			scope: 's',
			year,
			value,
			unit: '%',
			source_id: 'src',
			locator: 'L',
			excerpt: 'E'
		});
		const rankings = rankCities({
			rows: [row('a', 5), row('b', 5), row('c', 7), row('a', 1, 2021)],
			cities,
			highlight: 'c',
			order: () => 'descending'
		});
		expect(rankings).toHaveLength(1);
		expect(rankings[0]!.entries.map((e) => [e.regionId, e.rank, e.highlighted])).toEqual([
			['c', 1, true],
			['a', 2, false],
			['b', 2, false]
		]);
	});
});
