import { describe, expect, it } from 'vitest';
import type { CatalogPartition, CatalogTable } from '$lib/model';
import { fileBytes, filesFor, partitionsFor } from './partitions';
import { checkSize, memoryBudget, TableTooLarge } from './size-gate';

/** A partition in the DuckDB file `duckdb` of `bytes` bytes (a bin's bytes repeat on each of its partitions). */
function partition(values: Record<string, string>, rows: number, duckdb: string, bytes: number): CatalogPartition {
	const dir = Object.entries(values).map(([k, v]) => `${k}=${v}/`).join('');
	return {
		values,
		row_count: rows,
		duckdb,
		duckdb_bytes: bytes,
		parquet: `data/spending/${dir}data_0.parquet`,
		parquet_bytes: rows
	};
}

// Two bins: hengyang + jinan share the first file, muchuan has the second.
const SPENDING = {
	name: 'spending',
	partition_by: ['department_id'],
	partitions: [
		partition({ department_id: 'hengyang_eeb' }, 100, 'data/spending/bin_000.duckdb', 3000),
		partition({ department_id: 'jinan_eeb' }, 200, 'data/spending/bin_000.duckdb', 3000),
		partition({ department_id: 'muchuan_eeb' }, 400, 'data/spending/bin_001.duckdb', 4000)
	]
} as unknown as CatalogTable;

const SOURCES = {
	name: 'sources',
	partition_by: [],
	partitions: [partition({}, 50, 'data/sources.duckdb', 500)]
} as unknown as CatalogTable;

const paths = (files: ReturnType<typeof filesFor>) => files.map(({ file, index }) => [index, file.duckdb]);

describe('partitionsFor and filesFor', () => {
	it('keeps only the scoped department, and fetches the one bin holding it', () => {
		const picked = partitionsFor(SPENDING, { department_id: 'jinan_eeb' });
		expect(picked.map((p) => p.values)).toEqual([{ department_id: 'jinan_eeb' }]);
		const files = filesFor(SPENDING, { department_id: 'jinan_eeb' });
		expect(paths(files)).toEqual([[0, 'data/spending/bin_000.duckdb']]);
		// The bin is fetched whole: both its departments' rows, its bytes once.
		expect(files[0]?.file.rows).toBe(300);
		expect(fileBytes(files.map((f) => f.file))).toBe(3000);
		expect(paths(filesFor(SPENDING, { department_id: 'muchuan_eeb' }))).toEqual([[1, 'data/spending/bin_001.duckdb']]);
	});

	it('reads every file once without a scope, or with a scope on other columns', () => {
		expect(partitionsFor(SPENDING, undefined)).toHaveLength(3);
		expect(partitionsFor(SPENDING, { region_id: 'hunan' })).toHaveLength(3);
		const all = filesFor(SPENDING, undefined);
		expect(paths(all)).toEqual([
			[0, 'data/spending/bin_000.duckdb'],
			[1, 'data/spending/bin_001.duckdb']
		]);
		expect(all.map((f) => f.file.partitions)).toEqual([[0, 1], [2]]);
		expect(fileBytes(all.map((f) => f.file))).toBe(7000);
	});

	it('a one-file table is read whole whatever the scope; an unknown department reads nothing', () => {
		expect(paths(filesFor(SOURCES, { department_id: 'jinan_eeb' }))).toEqual([[0, 'data/sources.duckdb']]);
		expect(partitionsFor(SPENDING, { department_id: 'nowhere' })).toEqual([]);
		expect(filesFor(SPENDING, { department_id: 'nowhere' })).toEqual([]);
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
