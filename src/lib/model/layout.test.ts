import { describe, expect, it } from 'vitest';
import {
	BIN_MAX_ROWS,
	CSV_MAX_ROWS,
	PARTITION_VALUE,
	binFile,
	binPartitions,
	parquetGlob,
	partitionFiles,
	shipsCsv
} from './layout';
import { TABLE_LIST, findColumn } from './tables';

describe('built file layout', () => {
	it('names a one-file table, a partition and an empty partitioned table', () => {
		expect(partitionFiles('sources', [])).toEqual({ duckdb: 'sources.duckdb', parquet: 'sources.parquet' });
		expect(partitionFiles('spending', [['department_id', 'hengyang_eeb']])).toEqual({
			duckdb: 'spending/department_id=hengyang_eeb/data.duckdb',
			parquet: 'spending/department_id=hengyang_eeb/data_0.parquet'
		});
		expect(partitionFiles('activities', [], true)).toEqual({
			duckdb: 'activities/data.duckdb',
			parquet: 'activities/data_0.parquet'
		});
		expect(parquetGlob('spending', true)).toBe('spending/**/*.parquet');
	});

	it('bins consecutive partitions up to 100,000 rows; a bigger partition keeps its own bin', () => {
		const part = (name: string, rows: number) => ({ name, rows });
		const parts = [part('a', 60_000), part('b', 40_000), part('c', 1), part('d', 250_000), part('e', 5)];
		expect(binPartitions(parts).map((bin) => bin.map((p) => p.name))).toEqual([
			['a', 'b'],
			['c'],
			['d'],
			['e']
		]);
		expect(BIN_MAX_ROWS).toBe(100_000);
		expect(binPartitions([])).toEqual([]);
		expect(binPartitions(parts, 10).map((bin) => bin.length)).toEqual([1, 1, 1, 1, 1]);
		expect(binFile('spending', 7)).toBe('spending/bin_007.duckdb');
	});

	it('ships a CSV up to 100,000 rows, or always with --csv', () => {
		expect([shipsCsv(CSV_MAX_ROWS), shipsCsv(CSV_MAX_ROWS + 1), shipsCsv(10 ** 6, { csv: true })]).toEqual([
			true,
			false,
			true
		]);
	});

	it('partitions only by id columns whose values can name a folder', () => {
		const partitioned = TABLE_LIST.filter((table) => table.partitionBy.length > 0).map((table) => [
			table.name,
			table.partitionBy
		]);
		expect(partitioned).toEqual([
			['spending', ['department_id']],
			['projects', ['department_id']],
			['indicators', ['department_id']],
			['environment', ['region_id']],
			['staffing', ['department_id']],
			['activities', ['department_id']],
			['regional_finance', ['region_id']]
		]);
		for (const table of TABLE_LIST) {
			for (const name of table.partitionBy) {
				const target = findColumn(table, name)?.references;
				expect(target, `${table.name}.${name}`).toBeDefined();
				expect(target?.column).toBe(name);
			}
		}
		expect(
			['hengyang_eeb', '430400', 'Hengyang', 'a/b', '..'].map((value) => PARTITION_VALUE.test(value))
		).toEqual([true, true, false, false, false]);
	});
});
