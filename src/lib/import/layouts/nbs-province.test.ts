// The real NBS "Annual by Province" exports (../shared/real/nbs-province-finance, GBK CSV), and a
// made-up two-year export: regional_finance rows scope province, 亿元 as stated, empty = not published.
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetFromText } from '../sheet';
import type { ContractRow, SheetImport } from '../types';
import { indicatorIdOf, unitInName } from './nbs-names';
import { nbsProvinceLayout } from './nbs-province';
import { provinceOf } from './nbs-provinces';
import { firstSheet, HAVE_REAL, realWorkbook, recordingContext, SKIP_REAL } from './stats-real.test-helper';

function byIndicator(result: SheetImport): Record<string, ContractRow> {
	return Object.fromEntries((result.rows.regional_finance ?? []).map((row) => [row['indicator'], row]));
}

describe('NBS names', () => {
	it('indicator ids and units from the printed name', () => {
		expect(unitInName('Local Governments General Budgetary Revenue(100 million yuan)')).toEqual({
			unit: '亿元',
			bare: 'Local Governments General Budgetary Revenue'
		});
		expect(unitInName('Local Governments Revenue State-owned Resources(Assets) Paid-use Income')).toEqual({
			unit: null,
			bare: 'Local Governments Revenue State-owned Resources(Assets) Paid-use Income'
		});
		expect(indicatorIdOf('Local Governments General Budgetary Expenditure')).toBe(
			'general_budget_expenditure'
		);
		expect(indicatorIdOf('Local Governments Revenue Tax Revenue')).toBe('tax_revenue');
		expect(indicatorIdOf('Local Governments Revenue Non-tax Revenue')).toBe('non_tax_revenue');
		expect(indicatorIdOf('Local Governments Expenditure Education')).toBe('expenditure_education');
	});

	it('the 31 provinces by English or Chinese name', () => {
		expect(provinceOf('Hunan')).toEqual({ en: 'Hunan', zh: '湖南省' });
		expect(provinceOf('inner mongolia')).toEqual({ en: 'Inner Mongolia', zh: '内蒙古自治区' });
		expect(provinceOf('广西')).toEqual({ en: 'Guangxi', zh: '广西壮族自治区' });
		expect(provinceOf('Hengyang')).toBeNull();
	});
});

describe.skipIf(!HAVE_REAL)(`NBS Annual by Province, real exports (${SKIP_REAL})`, () => {
	const runs = new Map<string, SheetImport>();
	beforeAll(async () => {
		for (const province of ['Hunan', 'Hubei', 'Guangdong']) {
			const file = `${province} 2017.csv`;
			const sheet = await firstSheet('nbs-province-finance', file);
			const context = recordingContext(file);
			const fit = nbsProvinceLayout.recognise(sheet, context);
			if (fit === null) throw new Error(`${file} not recognised`);
			expect(fit.score).toBe(0.95);
			runs.set(province, nbsProvinceLayout.apply(sheet, fit.recipe, context));
		}
	});
	const run = (province: string) => runs.get(province) ?? ({} as SheetImport);

	it('is read as GB18030 and recognised with region and year from the metadata lines', async () => {
		const workbook = await realWorkbook('nbs-province-finance', 'Hunan 2017.csv');
		expect(workbook.encoding).toBe('gb18030');
		expect(run('Hunan').recipe).toMatchObject({
			layout: 'nbs_province',
			sheet: null,
			headerRows: [4],
			firstDataRow: 5,
			year: 2017,
			source: {
				id: 'nbs_annual_by_province_hunan_2017',
				kind: 'statistical_database',
				publisher_zh: '国家统计局'
			},
			columns: [
				{ col: 1, header: 'Indicators', meaning: 'indicator' },
				{ col: 2, header: '2017', meaning: 'year:2017' }
			],
			options: { region_en: 'Hunan', region_zh: '湖南省' }
		});
	});

	it('Hunan 2017 general budgetary revenue 2757.82 亿元, with its provenance', () => {
		expect(byIndicator(run('Hunan'))['general_budget_revenue']).toEqual({
			region_id: 'hunan',
			scope: 'province',
			year: '2017',
			indicator: 'general_budget_revenue',
			indicator_zh: '',
			indicator_en: 'Local Governments General Budgetary Revenue(100 million yuan)',
			value: '2757.82',
			unit: '亿元',
			is_primary: 'true',
			source_id: 'nbs_annual_by_province_hunan_2017',
			locator: 'Hunan 2017.csv / R5 / C2 / 2017',
			excerpt: 'Local Governments General Budgetary Revenue(100 million yuan) … 2757.82'
		});
	});

	it('exact figures for Hunan, Hubei and Guangdong (trailing zeros kept as printed)', () => {
		const pick = (province: string) => {
			const rows = byIndicator(run(province));
			return [
				'general_budget_revenue',
				'tax_revenue',
				'general_budget_expenditure',
				'expenditure_education',
				'expenditure_environmental_protection'
			].map((id) => `${rows[id]?.['region_id']} ${id} ${rows[id]?.['value']} ${rows[id]?.['unit']}`);
		};
		expect(pick('Hubei')).toEqual([
			'hubei general_budget_revenue 3248.32 亿元',
			'hubei tax_revenue 2247.82 亿元',
			'hubei general_budget_expenditure 6801.26 亿元',
			'hubei expenditure_education 1101.35 亿元',
			'hubei expenditure_environmental_protection 139.71 亿元'
		]);
		expect(pick('Guangdong')).toEqual([
			'guangdong general_budget_revenue 11320.35 亿元',
			'guangdong tax_revenue 8871.89 亿元',
			'guangdong general_budget_expenditure 15037.48 亿元',
			'guangdong expenditure_education 2575.52 亿元',
			'guangdong expenditure_environmental_protection 433.23 亿元'
		]);
		expect(byIndicator(run('Hunan'))['city_maintenance_and_construction_tax']?.['value']).toBe('157.30');
	});

	it('empty cells are not published (skipped with a note), notes at the end are not data', () => {
		expect(run('Hunan').counts).toEqual({ read: 48, imported: 43, rejected: 0, skipped: 5 });
		expect(run('Guangdong').counts).toEqual({ read: 48, imported: 44, rejected: 0, skipped: 4 });
		expect(byIndicator(run('Hunan'))['business_tax']).toBeUndefined();
		expect(run('Hunan').notes.map((note) => note.message.en)).toEqual([
			'skipped 5 indicator rows with no value published (R8, R12, R22, R32, R47): the cell is empty, never read as 0',
			'6 indicator names state no unit (R21, R27, R28, R45, R48, R49): every other indicator of this file is in 亿元, read as 亿元',
			'R53–R57 are the notes at the end of the file, not data'
		]);
	});
});

describe('NBS export, made up: two years, a bad cell, region from the file over the recipe', () => {
	const sheet = sheetFromText('Hubei 2016-2017.csv', [
		['Database：Annual by Province'],
		['Region：Hubei'],
		['Year：2016-2017'],
		['Indicators', '2017', '2016'],
		['Local Governments General Budgetary Revenue(100 million yuan)', '3248.32', '3102.06'],
		['Local Governments Revenue Tax Revenue(100 million yuan)', '2247.82', 'n.a.'],
		['Local Governments Revenue Business Tax(100 million yuan)', '', '—'],
		['Note:1.The revenue of the local governments refers to the revenue collected by the local governments.'],
		['Data Sources：National Bureau of Statistics']
	]);
	const context = recordingContext('Hubei 2016-2017.csv');
	const fit = nbsProvinceLayout.recognise(sheet, context);

	it('one row per year column; an unreadable cell rejects its row with a problem', () => {
		expect(fit?.recipe.source.id).toBe('nbs_annual_by_province_hubei_2016_2017');
		const result = nbsProvinceLayout.apply(sheet, fit?.recipe ?? ({} as never), context);
		expect(result.counts).toEqual({ read: 3, imported: 1, rejected: 1, skipped: 1 });
		expect(
			(result.rows.regional_finance ?? []).map((row) => [
				row['year'],
				row['indicator'],
				row['value'],
				row['locator']
			])
		).toEqual([
			['2017', 'general_budget_revenue', '3248.32', 'Hubei 2016-2017.csv / R5 / C2 / 2017'],
			['2016', 'general_budget_revenue', '3102.06', 'Hubei 2016-2017.csv / R5 / C3 / 2016']
		]);
		expect(result.problems.map((p) => [p.code, p.place.row, p.place.col, p.message.en])).toEqual([
			['not_a_number', 6, 3, 'cell "n.a." is not a number']
		]);
	});

	it("a Hunan recipe applied to this file takes the file's region (noted) and a new source", () => {
		const hunan = { ...(fit?.recipe ?? ({} as never)), options: { region_en: 'Hunan', region_zh: '湖南省' } };
		const result = nbsProvinceLayout.apply(sheet, hunan, context);
		expect(result.rows.regional_finance?.[0]?.['region_id']).toBe('hubei');
		expect(result.notes[0]?.message.en).toBe(
			"the recipe's region is Hunan, this file's is Hubei: using Hubei"
		);
	});
});
