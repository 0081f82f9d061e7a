// Generic long and wide tables (made up): the proposed recipe, and the rows a recipe gives,
// exactly; the user's edits to column meanings and options are followed.
import { describe, expect, it } from 'vitest';
import { sheetFromText } from '../sheet';
import type { Recipe } from '../types';
import { genericLongLayout } from './generic-long';
import { genericWideLayout } from './generic-wide';
import { recordingContext } from './stats-real.test-helper';

const ENV_LONG = sheetFromText('city-env-long.csv', [
	['衡阳及周边城市环境指标'],
	['地区', '年份', '指标', '数值', '单位'],
	['衡阳市', '2021', 'PM2.5', '31', 'µg/m³'],
	['衡阳市', '2022', 'pm25', '29', ''],
	['长沙市', '2022', '生活垃圾无害化处理率', '100', '%'],
	['', '', '', '', ''],
	['株洲市', '2022', 'PM2.5', '-', 'µg/m³'],
	['湘潭市', '2022', 'PM2.5', '三十', 'µg/m³']
]);

describe('generic long table', () => {
	const context = recordingContext('city-env-long.csv');
	const fit = genericLongLayout.recognise(ENV_LONG, context);

	it('proposes a recipe: header row, column meanings from header words, table from the indicators', () => {
		expect(fit?.score).toBe(0.3);
		expect(genericWideLayout.recognise(ENV_LONG, context)).toBeNull();
		expect(fit?.recipe).toEqual({
			version: 1,
			layout: 'generic_long',
			sheet: null,
			headerRows: [2],
			firstDataRow: 3,
			lastDataRow: null,
			unit: null,
			department: null,
			year: null,
			stage: null,
			source: { id: null, kind: 'compiled_dataset', title_zh: null },
			columns: [
				{ col: 1, header: '地区', meaning: 'region' },
				{ col: 2, header: '年份', meaning: 'year' },
				{ col: 3, header: '指标', meaning: 'indicator' },
				{ col: 4, header: '数值', meaning: 'value' },
				{ col: 5, header: '单位', meaning: 'unit' }
			],
			options: { table: 'environment' }
		});
	});

	it('gives one environment row per figure; "-" is not published, a word is rejected', () => {
		const result = genericLongLayout.apply(ENV_LONG, fit?.recipe as Recipe, context);
		expect(result.counts).toEqual({ read: 6, imported: 3, rejected: 1, skipped: 2 });
		expect(result.rows.environment?.[0]).toEqual({
			region_id: 'hengyang',
			scope: 'whole_city',
			year: '2021',
			period: 'year',
			indicator: 'pm25',
			measure: 'observed',
			comparator: '=',
			value: '31',
			unit: 'µg/m³',
			yoy_change_stated: '',
			yoy_change_unit: '',
			derivation: 'reported',
			formula: '',
			note: '',
			is_primary: 'true',
			source_id: 'unnamed_source',
			locator: 'city-env-long.csv / R3 / C4 / 数值',
			excerpt: '衡阳市 … PM2.5 … 31'
		});
		expect(
			result.rows.environment
				?.slice(1)
				.map((row) => [row['region_id'], row['year'], row['indicator'], row['value'], row['unit']])
		).toEqual([
			['hengyang', '2022', 'pm25', '29', 'µg/m³'],
			['changsha', '2022', 'garbage_harmless_rate', '100', '%']
		]);
		expect(result.problems.map((p) => [p.code, p.place.row, p.place.col])).toEqual([['not_a_number', 8, 4]]);
		expect(result.notes.map((note) => note.message.en)).toEqual([
			'skipped 1 blank rows (R6)',
			'skipped 1 rows with no figure in the figure columns (R7)',
			'1 chosen cells are blank or "-" (not published): no row, never read as 0'
		]);
	});

	it("follows the user's edits: the same table sent to regional_finance with a scope column ignored", () => {
		const recipe: Recipe = {
			...(fit?.recipe as Recipe),
			options: {
				table: 'regional_finance',
				scope: 'urban_districts',
				'indicator_id:生活垃圾无害化处理率': 'garbage_rate_context'
			},
			columns: (fit?.recipe.columns ?? []).map((column) =>
				column.col === 5 ? { ...column, meaning: 'ignore' } : column
			)
		};
		const result = genericLongLayout.apply(ENV_LONG, { ...recipe, unit: '%' }, context);
		expect(result.rows.environment).toBeUndefined();
		expect(
			result.rows.regional_finance?.map((row) => [
				row['scope'],
				row['indicator'],
				row['indicator_zh'],
				row['indicator_en'],
				row['unit']
			])
		).toEqual([
			['urban_districts', 'pm25', '', 'PM2.5', '%'],
			['urban_districts', 'pm25', '', 'pm25', '%'],
			['urban_districts', 'garbage_rate_context', '生活垃圾无害化处理率', '', '%']
		]);
	});
});

describe('generic wide table, one column per year', () => {
	const sheet = sheetFromText('hunan-revenue.csv', [
		['湖南省部分城市地方一般公共预算收入'],
		['单位：万元'],
		['城市', '2020年', '2021年', '2022年'],
		['衡阳市', '1734698', '1839311', '1911059'],
		['长沙市', '11,000,910', '—', '12020004'],
		['合计', '…', '', '']
	]);
	const context = recordingContext('hunan-revenue.csv');
	const fit = genericWideLayout.recognise(sheet, context);

	it('proposes year columns, the unit and the indicator from the title rows', () => {
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '城市', meaning: 'region' },
			{ col: 2, header: '2020年', meaning: 'year:2020' },
			{ col: 3, header: '2021年', meaning: 'year:2021' },
			{ col: 4, header: '2022年', meaning: 'year:2022' }
		]);
		expect(fit?.recipe.unit).toBe('万元');
		expect(fit?.recipe.options).toEqual({ table: 'regional_finance', indicator: 'general_budget_revenue' });
	});

	it('one regional_finance row per year cell; thousands separators made plain; the 合计 row skipped', () => {
		const result = genericWideLayout.apply(sheet, fit?.recipe as Recipe, context);
		expect(result.counts).toEqual({ read: 3, imported: 2, rejected: 0, skipped: 1 });
		expect(
			result.rows.regional_finance?.map(
				(row) =>
					`${row['region_id']} ${row['year']} ${row['indicator']} ${row['value']} ${row['unit']} | ${row['locator']}`
			)
		).toEqual([
			'hengyang 2020 general_budget_revenue 1734698 万元 | hunan-revenue.csv / R4 / C2 / 2020年',
			'hengyang 2021 general_budget_revenue 1839311 万元 | hunan-revenue.csv / R4 / C3 / 2021年',
			'hengyang 2022 general_budget_revenue 1911059 万元 | hunan-revenue.csv / R4 / C4 / 2022年',
			'changsha 2020 general_budget_revenue 11000910 万元 | hunan-revenue.csv / R5 / C2 / 2020年',
			'changsha 2022 general_budget_revenue 12020004 万元 | hunan-revenue.csv / R5 / C4 / 2022年'
		]);
		expect(result.rows.regional_finance?.[3]?.['excerpt']).toBe('长沙市 … 11,000,910');
		expect(result.notes.map((note) => note.message.en)).toContain(
			"skipped 1 total rows (R6): a total is no region's figure"
		);
	});

	it("next year's file: the year columns moved, found again by their header text", () => {
		const next = sheetFromText('hunan-revenue-2023.csv', [
			['湖南省部分城市地方一般公共预算收入'],
			['单位：万元'],
			['城市', '2021年', '2022年', '2023年', '2020年'],
			['衡阳市', '1839311', '1911059', '2000000', '1734698']
		]);
		const result = genericWideLayout.apply(
			next,
			fit?.recipe as Recipe,
			recordingContext('hunan-revenue-2023.csv')
		);
		expect(result.rows.regional_finance?.map((row) => `${row['year']} ${row['value']}`)).toEqual([
			'2020 1734698',
			'2021 1839311',
			'2022 1911059'
		]);
		expect(result.notes[0]?.message.en).toBe(
			'the recipe\'s column "year:2020" was column B; in this file it is column E (header: 2020年), matched by its header text'
		);
	});
});

describe('generic wide table, one column per indicator', () => {
	const sheet = sheetFromText('panel.csv', [
		['城市', '年份', 'PM2.5（微克/立方米）', '污水处理率(%)', '工业废水排放量（万吨）'],
		['衡阳市', '2022', '29', '97.6', '4801'],
		['长沙市', '2022', '38', '97.03', '']
	]);
	const context = recordingContext('panel.csv');
	const fit = genericWideLayout.recognise(sheet, context);

	it('known indicators get indicator:<id> with their unit; an unknown Chinese header is left to the user', () => {
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '城市', meaning: 'region' },
			{ col: 2, header: '年份', meaning: 'year' },
			{ col: 3, header: 'PM2.5（微克/立方米）', meaning: 'indicator:pm25', unit: 'µg/m³' },
			{ col: 4, header: '污水处理率(%)', meaning: 'indicator:sewage_treatment_rate', unit: '%' },
			{ col: 5, header: '工业废水排放量（万吨）', meaning: 'ignore' }
		]);
		const result = genericWideLayout.apply(sheet, fit?.recipe as Recipe, context);
		expect(
			result.rows.environment?.map(
				(row) => `${row['region_id']} ${row['year']} ${row['indicator']} ${row['value']} ${row['unit']}`
			)
		).toEqual([
			'hengyang 2022 pm25 29 µg/m³',
			'hengyang 2022 sewage_treatment_rate 97.6 %',
			'changsha 2022 pm25 38 µg/m³',
			'changsha 2022 sewage_treatment_rate 97.03 %'
		]);
	});
});

describe('generic table to spending: codes, 合计 kept as the total line', () => {
	const sheet = sheetFromText('dept-final.csv', [
		['科目编码', '科目名称', '金额（万元）'],
		['', '合计', '2264.5'],
		['211', '节能环保支出', '2264.5'],
		['21103', '污染防治', '1000'],
		['2110301', '大气', '600'],
		['', '其他', '5']
	]);
	const context = recordingContext('dept-final.csv', {
		department: '衡阳市生态环境局',
		stage: 'final',
		year: 2022
	});
	const fit = genericLongLayout.recognise(sheet, context);

	it('codes give line ids and parents; a line with neither code nor id is rejected', () => {
		expect(fit?.recipe.options).toEqual({ table: 'spending' });
		const result = genericLongLayout.apply(sheet, fit?.recipe as Recipe, context);
		expect(result.counts).toEqual({ read: 5, imported: 4, rejected: 1, skipped: 0 });
		expect(
			result.rows.spending?.map((row) => [
				row['line_id'],
				row['parent_line_id'],
				row['parent_relation'],
				row['functional_code'],
				row['category'],
				row['stage'],
				row['amount'],
				row['unit'],
				row['department_id'],
				row['fiscal_year']
			])
		).toEqual([
			['total', '', '', '', 'total', 'final', '2264.5', '万元', 'd_衡阳市生态环境局', '2022'],
			['fc_211', 'total', 'part', '211', 'total', 'final', '2264.5', '万元', 'd_衡阳市生态环境局', '2022'],
			['fc_21103', 'fc_211', 'part', '21103', 'total', 'final', '1000', '万元', 'd_衡阳市生态环境局', '2022'],
			[
				'fc_2110301',
				'fc_21103',
				'part',
				'2110301',
				'total',
				'final',
				'600',
				'万元',
				'd_衡阳市生态环境局',
				'2022'
			]
		]);
		expect(result.problems.map((p) => [p.code, p.place.row, p.message.en])).toEqual([
			['code_invalid', 6, 'the spending line "其他" has neither a functional code nor an id']
		]);
	});
});
