import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';
import { resultSetFromArrow } from './result-set';
import { resultCsv, resultParquet } from './export';
import { sortOrder } from './result-sort';

// A console result as DuckDB-wasm hands it over (Arrow), with a formula-like text cell and NULLs.
const result = resultSetFromArrow(
	tableFromArrays({
		project: ['排污权交易中心工作经费', '=cmd|calc', '减排工作经费'],
		executed: Float64Array.from([9.97, -4, 26.36]),
		year: Int32Array.from([2022, 2022, 2021])
	})
);

describe('console result exports', () => {
	it('reads Arrow columns with their kinds', () => {
		expect(result.columns.map((c) => [c.name, c.kind, c.integer])).toEqual([
			['project', 'text', false],
			['executed', 'number', false],
			['year', 'number', true]
		]);
		expect(result.value(0, 1)).toBe(9.97);
	});
	it('writes CSV with a BOM, neutralised formula text and numbers without float noise', () => {
		expect(resultCsv(result)).toBe(
			'\uFEFFproject,executed,year\r\n排污权交易中心工作经费,9.97,2022\r\n\'=cmd|calc,-4,2022\r\n减排工作经费,26.36,2021\r\n'
		);
	});
	it('writes Parquet that reads back to the same values and types', async () => {
		const rows = await parquetReadObjects({ file: resultParquet(result) });
		expect(rows).toEqual([
			{ project: '排污权交易中心工作经费', executed: 9.97, year: 2022 },
			{ project: '=cmd|calc', executed: -4, year: 2022 },
			{ project: '减排工作经费', executed: 26.36, year: 2021 }
		]);
	});
	it('sorts by index, stable, NULLs last', () => {
		expect([...sortOrder(result, 1, 'desc')]).toEqual([2, 0, 1]);
		expect([...sortOrder(result, 2, 'asc')]).toEqual([2, 0, 1]);
	});
});
