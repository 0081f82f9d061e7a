import { describe, expect, expectTypeOf, it } from 'vitest';
import type { StoredRowByTable } from './rows';
import { catalogColumns } from './catalog';
import { TABLE_NAMES } from './names';
import { storedColumns } from './stored';
import { FACT_TABLE_NAMES, TABLES, TABLE_LIST, findColumn } from './tables';

describe('the contract tables', () => {
	it('are listed in load order, each under its own name', () => {
		expect(TABLE_LIST.map((table) => table.name)).toEqual([...TABLE_NAMES]);
	});

	it.each(TABLE_LIST.map((table) => [table.name, table] as const))('%s is self-consistent', (_, table) => {
		const names = table.columns.map((column) => column.name);
		expect(new Set(names).size).toBe(names.length);
		for (const key of table.primaryKey) expect(names).toContain(key);
		for (const column of table.columns) {
			if (column.unitColumn !== undefined) expect(names).toContain(column.unitColumn);
			for (const scoped of column.references?.scope ?? []) expect(names).toContain(scoped);
			const target = column.references === undefined ? undefined : TABLES[column.references.table];
			if (column.references !== undefined) {
				expect(target && findColumn(target, column.references.column)).toBeDefined();
			}
			if (column.values !== undefined) expect(new Set(column.values).size).toBe(column.values.length);
		}
	});

	it('puts provenance and is_primary on every fact table', () => {
		expect(FACT_TABLE_NAMES).toEqual([
			'spending',
			'projects',
			'indicators',
			'environment',
			'staffing',
			'activities',
			'regional_finance'
		]);
		for (const name of FACT_TABLE_NAMES) {
			const names = TABLES[name].columns.map((column) => column.name);
			expect(names).toEqual(expect.arrayContaining(['source_id', 'locator', 'excerpt', 'is_primary']));
		}
	});

	it('loads regions before the departments and facts that reference them', () => {
		expect(TABLE_NAMES.indexOf('regions')).toBeLessThan(TABLE_NAMES.indexOf('departments'));
		expect(findColumn(TABLES.departments, 'region_id')?.references).toEqual({
			table: 'regions',
			column: 'region_id'
		});
		expect(findColumn(TABLES.environment, 'region_id')?.values).toBeUndefined();
		expect(findColumn(TABLES.regional_finance, 'region_id')?.references?.table).toBe('regions');
	});

	it('uses the primary keys and is_primary groups of docs/data-model.md', () => {
		const keys = Object.fromEntries(FACT_TABLE_NAMES.map((name) => [name, TABLES[name].primaryKey]));
		expect(keys).toEqual({
			spending: ['department_id', 'fiscal_year', 'line_id', 'stage', 'source_id', 'locator'],
			projects: ['department_id', 'fiscal_year', 'project_id', 'source_id', 'locator'],
			indicators: ['department_id', 'fiscal_year', 'project_id', 'row_no', 'source_id', 'locator'],
			environment: ['region_id', 'scope', 'year', 'period', 'indicator', 'measure', 'source_id', 'locator'],
			staffing: ['department_id', 'fiscal_year', 'metric', 'source_id', 'locator'],
			activities: ['department_id', 'fiscal_year', 'metric_id', 'source_id', 'locator'],
			regional_finance: ['region_id', 'scope', 'year', 'indicator', 'source_id', 'locator']
		});
		for (const name of FACT_TABLE_NAMES) {
			const group = TABLES[name].primaryKey.filter((key) => key !== 'source_id' && key !== 'locator');
			expect(TABLES[name].rules).toContainEqual({ kind: 'one_true_per_group', column: 'is_primary', group });
		}
	});
});

describe('stored columns', () => {
	it('follow each decimal column with an INTEGER <column>_decimals', () => {
		const names = storedColumns(TABLES.environment).map((column) => `${column.name}:${column.duckDbType}`);
		expect(names.slice(7, 13)).toEqual([
			'value:DOUBLE',
			'value_decimals:INTEGER',
			'unit:VARCHAR',
			'yoy_change_stated:DOUBLE',
			'yoy_change_stated_decimals:INTEGER',
			'yoy_change_unit:VARCHAR'
		]);
	});

	it('describe units in the catalog', () => {
		const columns = catalogColumns('spending');
		expect(columns.find((column) => column.name === 'amount')).toMatchObject({
			type: 'DOUBLE',
			unit: null,
			unit_column: 'unit'
		});
		expect(columns.find((column) => column.name === 'share_pct_stated')).toMatchObject({
			unit: '%'
		});
		expect(columns.find((column) => column.name === 'is_primary')?.type).toBe('BOOLEAN');
	});

	it('follow each money column with <column>_wan (万元) after its _decimals, and only money columns', () => {
		const wan = Object.fromEntries(
			TABLE_LIST.map((table) => [
				table.name,
				storedColumns(table)
					.filter((column) => column.wanOf !== null)
					.map((column) => column.name)
			])
		);
		expect(wan).toMatchObject({
			spending: ['amount_wan'],
			projects: ['budget_initial_wan', 'budget_full_year_wan', 'executed_wan'],
			regional_finance: ['value_wan'],
			environment: [],
			staffing: [],
			activities: []
		});
		const names = storedColumns(TABLES.projects).map((column) => `${column.name}:${column.duckDbType}`);
		const at = names.indexOf('budget_initial:DOUBLE');
		expect(names.slice(at, at + 4)).toEqual([
			'budget_initial:DOUBLE',
			'budget_initial_decimals:INTEGER',
			'budget_initial_wan:DOUBLE',
			'budget_full_year:DOUBLE'
		]);
		expect(catalogColumns('spending').find((column) => column.name === 'amount_wan')).toMatchObject({
			type: 'DOUBLE',
			unit: '万元',
			unit_column: null,
			description_en:
				'amount converted to 万元 from the stated unit (equals it when the unit is 万元; citations keep the stated figure)'
		});
	});

	it('type the stored rows with their _decimals and _wan columns', () => {
		expectTypeOf<StoredRowByTable['spending']['amount_wan']>().toEqualTypeOf<number>();
		expectTypeOf<StoredRowByTable['projects']['executed_wan']>().toEqualTypeOf<number | null>();
		expectTypeOf<StoredRowByTable['regional_finance']['unit']>().toEqualTypeOf<'万元' | '亿元' | '元'>();
		expectTypeOf<StoredRowByTable['environment']>().not.toHaveProperty('value_wan');
		expectTypeOf<StoredRowByTable['regions']['parent_region_id']>().toEqualTypeOf<string | null>();
	});
});
