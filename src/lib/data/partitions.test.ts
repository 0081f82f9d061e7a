import { describe, expect, it } from 'vitest';
import type { CatalogPartition, CatalogTable } from '$lib/model';
import { partitionBytes, partitionsFor } from './partitions';
import { checkSize, memoryBudget, TableTooLarge } from './size-gate';

function partition(values: Record<string, string>, bytes: number): CatalogPartition {
	const dir = Object.entries(values).map(([k, v]) => `${k}=${v}/`).join('');
	return {
		values,
		row_count: bytes / 10,
		duckdb: `data/spending/${dir}data.duckdb`,
		duckdb_bytes: bytes,
		parquet: `data/spending/${dir}data_0.parquet`,
		parquet_bytes: bytes / 2
	};
}

const SPENDING = {
	name: 'spending',
	partition_by: ['department_id'],
	partitions: [
		partition({ department_id: 'hengyang_eeb' }, 1000),
		partition({ department_id: 'jinan_eeb' }, 2000),
		partition({ department_id: 'muchuan_eeb' }, 4000)
	]
} as unknown as CatalogTable;

const SOURCES = {
	name: 'sources',
	partition_by: [],
	partitions: [partition({}, 500)]
} as unknown as CatalogTable;

describe('partitionsFor', () => {
	it('keeps only the partitions of the scoped department', () => {
		const picked = partitionsFor(SPENDING, { department_id: 'jinan_eeb' });
		expect(picked.map((p) => p.duckdb)).toEqual(['data/spending/department_id=jinan_eeb/data.duckdb']);
		expect(partitionBytes(picked)).toBe(2000);
	});

	it('reads every partition without a scope, or with a scope on other columns', () => {
		expect(partitionsFor(SPENDING, undefined)).toHaveLength(3);
		expect(partitionsFor(SPENDING, { region_id: 'hunan' })).toHaveLength(3);
		expect(partitionBytes(partitionsFor(SPENDING, undefined))).toBe(7000);
	});

	it('a one-file table is read whole whatever the scope; an unknown department reads nothing', () => {
		expect(partitionsFor(SOURCES, { department_id: 'jinan_eeb' }).map((p) => p.duckdb)).toEqual([
			'data/spending/data.duckdb'
		]);
		expect(partitionsFor(SPENDING, { department_id: 'nowhere' })).toEqual([]);
	});
});

describe('size gate', () => {
	it('budgets a quarter of the device memory, at most 1 GiB, 4 GiB devices when unknown', () => {
		expect(memoryBudget(8)).toBe(2 ** 30);
		expect(memoryBudget(2)).toBe(2 ** 29);
		expect(memoryBudget(0.5)).toBe(2 ** 27);
		expect(memoryBudget(undefined)).toBe(2 ** 30);
	});

	it('refuses a load that would pass the budget, counting what is already loaded', () => {
		const base = { table: 'spending', rows: 10_000_000, parquet: 'data/spending/**/*.parquet', partitionBy: ['department_id'] };
		expect(() => checkSize({ ...base, bytes: 600, loadedBytes: 400, budgetBytes: 1000 })).not.toThrow();
		let thrown: unknown;
		try {
			checkSize({ ...base, bytes: 601, loadedBytes: 400, budgetBytes: 1000 });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(TableTooLarge);
		expect((thrown as TableTooLarge).refusal).toEqual({ ...base, bytes: 601, loadedBytes: 400, budgetBytes: 1000 });
	});
});

describe('unionAll', () => {
	it('nests a thousand partitions about ten deep, not a thousand', async () => {
		const { unionAll } = await import('./load');
		const selects = Array.from({ length: 1000 }, (_, i) => `SELECT ${i}`);
		const sql = unionAll(selects);
		let depth = 0;
		let deepest = 0;
		for (const c of sql) {
			if (c === '(') deepest = Math.max(deepest, ++depth);
			if (c === ')') depth--;
		}
		expect(deepest).toBeLessThanOrEqual(10);
		expect(sql.match(/SELECT \d+/g)).toEqual(selects);
		expect(unionAll(['SELECT 1', 'SELECT 2'])).toBe('SELECT 1 UNION ALL BY NAME SELECT 2');
	});
});
