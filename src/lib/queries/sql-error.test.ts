import { describe, expect, it } from 'vitest';
import { errorLocation } from './sql-error';

// Messages exactly as DuckDB 1.4.3 (duckdb-wasm 1.32.0) words them.
describe('DuckDB error → line and column', () => {
	it('reads a parser error caret', () => {
		const sql = 'SELECT * FRM spending';
		const message =
			'Parser Error: syntax error at or near "spending"\n\nLINE 1: SELECT * FRM spending\n                     ^';
		expect(errorLocation(message, sql)).toEqual({ line: 1, column: 14 });
	});
	it('counts CJK characters as two columns wide, as DuckDB does', () => {
		const sql = "SELECT '三公经费' AS 名称, nope";
		const message =
			'Binder Error: Referenced column "nope" was not found because the FROM clause is missing\n\nLINE 1: SELECT \'三公经费\' AS 名称, nope\n                                   ^';
		const location = errorLocation(message, sql);
		expect(location).toEqual({ line: 1, column: 22 });
		expect(sql.slice(location!.column - 1)).toBe('nope');
	});
	it('finds the column in a long line DuckDB cut to a window', () => {
		const sql =
			"SELECT 1,\n  2 FROM spending WHERE a = 'a very long string that goes on and on and on and on and on and on and on and on' AND b = 3 AND c = 4 AND d = 5 AND e = 6 AND f = 7 AND g = 8 AND h = 9 AND zz = 10";
		const message =
			'Binder Error: Referenced column "b" not found in FROM clause!\nCandidate bindings: "a"\n\nLINE 2: ... goes on and on and on and on and on and on and on and on\' AND b = 3 AND c = 4 AND d = 5 AND e = 6 AND f = 7 AND g = 8...\n                                                                          ^';
		const location = errorLocation(message, sql);
		expect(location?.line).toBe(2);
		expect(
			sql
				.split('\n')[1]!
				.slice(location!.column - 1)
				.startsWith('b = 3')
		).toBe(true);
	});
	it('gives nothing when DuckDB gives no position', () => {
		expect(errorLocation('Permission Error: Cannot access file "x.csv"', 'SELECT 1')).toBeNull();
	});
});
