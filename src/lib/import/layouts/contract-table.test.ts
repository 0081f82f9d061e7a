// A file that already is a contract table: data/spending.csv itself, a made-up environment CSV with
// its columns reordered and nullable ones left out, and a stored spending Parquet (with the build's
// _decimals and _wan columns): rows pass through, decimals as written.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../read/index';
import { sheetFromText } from '../sheet';
import type { Recipe, Sheet } from '../types';
import { contractTableLayout, tableOfHeader } from './contract-table';
import { recordingContext } from './stats-real.test-helper';

async function sheetOf(file: string, bytes: Uint8Array): Promise<Sheet> {
	const { workbook, problems } = await openWorkbook(file, bytes);
	const sheet = workbook?.sheets[0];
	if (sheet === undefined) throw new Error(`${file}: ${JSON.stringify(problems)}`);
	return sheet;
}

describe('contract table', () => {
	it('data/spending.csv passes through row for row, every cell as written', async () => {
		const text = readFileSync('data/spending.csv', 'utf8');
		const sheet = await sheetOf('spending.csv', new TextEncoder().encode(text));
		const context = recordingContext('spending.csv');
		const fit = contractTableLayout.recognise(sheet, context);
		expect(fit?.score).toBe(1);
		expect(fit?.recipe.options).toEqual({ table: 'spending' });
		expect(fit?.recipe.columns[11]).toEqual({ col: 12, header: 'amount', meaning: 'column:amount' });
		const result = contractTableLayout.apply(sheet, fit?.recipe as Recipe, context);
		const expected = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
		expect(result.counts).toEqual({
			read: expected.length,
			imported: expected.length,
			rejected: 0,
			skipped: 0
		});
		expect(result.rows.spending).toEqual(expected);
		expect(result.rows.spending?.find((row) => row['amount'] === '1649.05')?.['line_id']).toBe('basic');
	});

	it('columns in another order and nullable ones absent: recognised (0.9), absent columns empty, noted', () => {
		const sheet = sheetFromText('pm25.csv', [
			[
				'source_id',
				'region_id',
				'scope',
				'year',
				'period',
				'indicator',
				'measure',
				'comparator',
				'value',
				'unit',
				'derivation',
				'is_primary',
				'locator',
				'excerpt'
			],
			[
				'cn_city_yearbook_2023',
				'hengyang',
				'whole_city',
				'2022',
				'year',
				'pm25',
				'observed',
				'=',
				'29.0',
				'µg/m³',
				'reported',
				'true',
				'R198 / Q',
				'衡阳市 … 29'
			],
			[]
		]);
		const context = recordingContext('pm25.csv');
		const fit = contractTableLayout.recognise(sheet, context);
		expect(fit?.score).toBe(0.9);
		const result = contractTableLayout.apply(sheet, fit?.recipe as Recipe, context);
		expect(result.counts).toEqual({ read: 2, imported: 1, rejected: 0, skipped: 1 });
		expect(result.rows.environment).toEqual([
			{
				region_id: 'hengyang',
				scope: 'whole_city',
				year: '2022',
				period: 'year',
				indicator: 'pm25',
				measure: 'observed',
				comparator: '=',
				value: '29.0',
				unit: 'µg/m³',
				yoy_change_stated: '',
				yoy_change_unit: '',
				derivation: 'reported',
				formula: '',
				note: '',
				is_primary: 'true',
				source_id: 'cn_city_yearbook_2023',
				locator: 'R198 / Q',
				excerpt: '衡阳市 … 29'
			}
		]);
		expect(result.notes[0]?.message.en).toBe(
			'the file has no nullable column yoy_change_stated, yoy_change_unit, formula, note: imported as empty'
		);
	});

	it('a header with a column no table has, or without a required column, is not a contract table', () => {
		expect(tableOfHeader(['region_id', 'scope', 'year', 'indicator', 'value', 'unit', 'colour'])).toBeNull();
		expect(tableOfHeader(['region_id', 'scope', 'year', 'indicator', 'value'])).toBeNull();
		expect(
			contractTableLayout.recognise(
				sheetFromText('x.csv', [
					['城市', '2020年'],
					['衡阳市', '1']
				]),
				recordingContext('x.csv')
			)
		).toBeNull();
	});

	it("a stored Parquet: amount back to its stated decimals, the build's _wan conversion left out", async () => {
		const names = [
			'department_id',
			'fiscal_year',
			'line_id',
			'line_zh',
			'line_en',
			'category',
			'stage',
			'amount',
			'amount_decimals',
			'amount_wan',
			'unit',
			'derivation',
			'is_primary',
			'source_id',
			'locator',
			'excerpt'
		];
		const strings = (values: string[]) => ({ data: values, type: 'STRING' as const });
		const data: Record<string, { data: unknown[]; type: 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' }> = {
			department_id: strings(['hengyang_eeb']),
			fiscal_year: { data: [2022], type: 'INT32' },
			line_id: strings(['basic']),
			line_zh: strings(['部门基本支出']),
			line_en: strings(['basic expenditure']),
			category: strings(['basic']),
			stage: strings(['budget_initial']),
			amount: { data: [16490500.5], type: 'DOUBLE' },
			amount_decimals: { data: [2], type: 'INT32' },
			amount_wan: { data: [1649.05005], type: 'DOUBLE' },
			unit: strings(['元']),
			derivation: strings(['reported']),
			is_primary: { data: [true], type: 'BOOLEAN' },
			source_id: strings(['hy_eeb_2022_self_assessment']),
			locator: strings(['附件1 / 经费控制情况']),
			excerpt: strings(['一、部门基本支出 16490500.50'])
		};
		const buffer = parquetWriteBuffer({
			columnData: names.map((name) => ({ name, ...(data[name] ?? strings([''])) }))
		});
		const sheet = await sheetOf('spending.parquet', new Uint8Array(buffer));
		const context = recordingContext('data/spending.parquet');
		const fit = contractTableLayout.recognise(sheet, context);
		expect(fit?.recipe.columns.slice(7, 10).map((column) => column.meaning)).toEqual([
			'column:amount',
			'decimals:amount',
			'ignore'
		]);
		const [row] = contractTableLayout.apply(sheet, fit?.recipe as Recipe, context).rows.spending ?? [];
		expect([
			row?.['amount'],
			row?.['unit'],
			row?.['fiscal_year'],
			row?.['is_primary'],
			row?.['functional_code']
		]).toEqual(['16490500.50', '元', '2022', 'true', '']);
		expect(Object.keys(row ?? {})).not.toContain('amount_wan');
	});
});
