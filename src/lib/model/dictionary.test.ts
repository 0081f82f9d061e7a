import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { dataDictionary, dictionaryCsv } from './dictionary';
import { TABLES } from './tables';

describe('the data dictionary, generated from the contract', () => {
	const tables = dataDictionary();
	it('lists every table of the contract with every stored column', () => {
		expect(tables.map((t) => t.name)).toEqual(Object.keys(TABLES));
		const finance = tables.find((t) => t.name === 'regional_finance')!;
		expect(finance.columns.map((c) => c.name)).toEqual([
			'region_id',
			'scope',
			'year',
			'indicator',
			'indicator_zh',
			'indicator_en',
			'value',
			'value_decimals',
			'value_wan',
			'unit',
			'is_primary',
			'source_id',
			'locator',
			'excerpt'
		]);
		expect(finance.partitionBy).toEqual(['region_id']);
		expect(finance.columns.find((c) => c.name === 'value')).toMatchObject({
			type: 'DOUBLE',
			unit: 'unit column: unit',
			zh: '数值（按原文）',
			en: 'Value as published',
			primaryKey: false
		});
		expect(finance.columns.find((c) => c.name === 'value_wan')?.unit).toBe('万元');
		expect(finance.columns.find((c) => c.name === 'scope')?.values).toBe('whole_city|urban_districts|province');
		expect(finance.columns.find((c) => c.name === 'year')).toMatchObject({
			type: 'INTEGER',
			primaryKey: true
		});
	});
	it('writes one CSV row per column that parses back to the same cells', () => {
		const parsed = Papa.parse<string[]>(dictionaryCsv(tables), { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		const count = tables.reduce((n, t) => n + t.columns.length, 0);
		expect(parsed.data).toHaveLength(count + 1);
		expect(parsed.data[0]).toEqual([
			'table',
			'column',
			'type',
			'nullable',
			'unit',
			'meaning_zh',
			'meaning_en',
			'values',
			'primary_key'
		]);
		const sourceUrl = parsed.data.find((r) => r[0] === 'sources' && r[1] === 'url');
		expect(sourceUrl).toEqual([
			'sources',
			'url',
			'VARCHAR',
			'true',
			'',
			'文件的网址（如有）',
			'Web address of the document, if any',
			'',
			'false'
		]);
	});
});
