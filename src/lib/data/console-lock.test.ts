import { beforeAll, describe, expect, it } from 'vitest';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { lockDatabase } from './duckdb';
import { FILE_PREFIX } from './load';
import { blockingDuckDB, type BlockingConnection } from '../../../test/helpers/wasm-duckdb';

// Defence in depth: even if the console's guard were bypassed, DuckDB-wasm itself (the browser's
// engine, 1.4.3, run here through its blocking Node bundle) refuses what a hostile shared query
// would try, once the site has locked it and while a console statement's READ ONLY transaction
// is open.
let conn: BlockingConnection;

beforeAll(async () => {
	conn = (await blockingDuckDB()).connect();
	conn.query('SET autoinstall_known_extensions = false');
	conn.query('SET autoload_known_extensions = false');
	conn.query("CREATE TABLE projects AS SELECT 'emission_trading_center' AS project_id, 9.97::DOUBLE AS executed");
	// The site's own lock, applied through the async interface it is written for.
	await lockDatabase({ query: async (sql: string) => conn.query(sql) } as unknown as AsyncDuckDBConnection, FILE_PREFIX);
}, 30000);

const refusal = (sql: string): string => {
	try {
		conn.query(sql);
	} catch (error) {
		return (error as Error).message;
	}
	return 'ran';
};

describe('DuckDB-wasm refuses on its own, without the guard', () => {
	it.each([
		['SET enable_external_access = true', /configuration has been locked/],
		['SET lock_configuration = false', /configuration has been locked/],
		['RESET enable_external_access', /configuration has been locked|Cannot reset/],
		["SELECT * FROM read_csv('https://evil.example/x.csv')", /Permission Error/],
		["SELECT * FROM 'https://evil.example/x.csv'", /Permission Error/],
		["ATTACH 'https://evil.example/x.db' AS evil", /Permission Error/],
		["SELECT * FROM glob('/etc/*')", /Permission Error/],
		["COPY projects TO 'out.csv'", /Permission Error/],
		['LOAD httpfs', /Permission Error|disabled/],
		// The one readable directory is the page's own registered files: no way out of it.
		["SET allowed_directories = ['/']", /configuration has been locked/],
		["SET allowed_paths = ['/etc/passwd']", /configuration has been locked/],
		["SELECT * FROM read_csv('mingjing/../package.json')", /Permission Error/],
		["SELECT * FROM read_csv('mingjing/../../../../etc/passwd')", /Permission Error/],
		["SELECT * FROM read_csv('/etc/passwd')", /Permission Error/],
		["ATTACH 'mingjing/../data.duckdb' AS escape", /Permission Error/]
	])('%s', (sql, message) => {
		expect(refusal(sql)).toMatch(message);
	});

	it('refuses writes to the embedded tables inside the console’s READ ONLY transaction', () => {
		for (const sql of [
			'CREATE OR REPLACE VIEW projects AS SELECT 1 AS executed',
			'UPDATE projects SET executed = 10',
			'DELETE FROM projects',
			'DROP TABLE projects',
			'INSERT INTO projects VALUES (1, 2)'
		]) {
			// One transaction per statement, as the console runs them.
			conn.query('BEGIN TRANSACTION READ ONLY');
			expect(refusal(sql), sql).toMatch(/read-only mode/);
			conn.query('ROLLBACK');
		}
		const row = (conn.query('SELECT executed FROM projects') as { toArray(): { toJSON(): unknown }[] }).toArray();
		expect(row.map((r) => r.toJSON())).toEqual([{ executed: 9.97 }]);
	});

	it('prepare() accepts one statement only', () => {
		expect(() => conn.prepare('SELECT 1; DROP TABLE projects')).toThrow(/multiple statements/);
		expect(refusal('SELECT count(*) FROM projects')).toBe('ran');
	});

	it('reports the settings locked', () => {
		const row = (conn.query(
			"SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked"
		) as { toArray(): { toJSON(): Record<string, unknown> }[] }).toArray()[0]!.toJSON();
		expect(row).toEqual({ ext: false, locked: true });
	});
});
