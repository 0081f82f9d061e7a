import { describe, expect, it } from 'vitest';
import { catalogColumns } from './catalog';
import { TABLE_NAMES } from './names';
import { storedColumns } from './stored';
import { TABLES, TABLE_LIST, findColumn } from './tables';

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

	it('puts provenance on every fact table', () => {
		for (const table of TABLE_LIST.filter((t) => t.name !== 'sources' && t.name !== 'departments')) {
			const names = table.columns.map((column) => column.name);
			expect(names).toEqual(expect.arrayContaining(['source_id', 'locator', 'excerpt']));
		}
	});

	it('uses the primary keys of docs/data-model.md', () => {
		expect(TABLES.spending.primaryKey).toEqual([
			'department_id',
			'fiscal_year',
			'line_id',
			'stage',
			'locator'
		]);
		expect(TABLES.indicators.primaryKey).toEqual(['department_id', 'fiscal_year', 'project_id', 'row_no']);
		expect(TABLES.environment.primaryKey).toEqual([
			'region_id',
			'scope',
			'year',
			'period',
			'indicator',
			'measure',
			'source_id'
		]);
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
});
