import { describe, expect, it } from 'vitest';
import { guardStatement } from './sql-guard';

describe('console statement guard: what it lets through', () => {
	it.each([
		['SELECT * FROM spending', 'select', true],
		['  -- a comment; with a semicolon\nSELECT 1;  ', 'select', true],
		['WITH tp AS (SELECT * FROM spending) SELECT * FROM tp', 'select', true],
		[
			'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t',
			'select',
			true
		],
		['(SELECT 1) UNION ALL (SELECT 2)', 'select', true],
		['FROM spending', 'select', false],
		['VALUES (1), (2)', 'values', false],
		['DESCRIBE spending', 'describe', false],
		['SUMMARIZE projects', 'summarize', false],
		['SHOW TABLES', 'show', false],
		['EXPLAIN SELECT 1', 'explain', false],
		["SELECT 'DROP TABLE spending; read_csv(''x'')' AS text", 'select', true],
		['SELECT 1 AS load, 2 AS comment, "update" FROM spending', 'select', true],
		['SELECT count(*) FROM range(1000000) t(i), spending', 'select', true],
		["SELECT * FROM spending WHERE line_id IN ('a.csv', 'b')", 'select', true],
		['SELECT $$it’s; fine$$ AS x', 'select', true]
	])('%s', (sql, kind, autoRun) => {
		expect(guardStatement(sql)).toEqual({ ok: true, kind, autoRun });
	});
});

describe('console statement guard: what it refuses', () => {
	it.each([
		["SELECT * FROM read_csv('https://evil.example/x.csv')", { code: 'function', name: 'read_csv' }],
		["SELECT * FROM main.READ_PARQUET('x.parquet')", { code: 'function', name: 'read_parquet' }],
		['SELECT * FROM "read_json"(\'x.json\')', { code: 'function', name: 'read_json' }],
		["SELECT * FROM glob('*')", { code: 'function', name: 'glob' }],
		["SELECT * FROM query('SELECT 1')", { code: 'function', name: 'query' }],
		["SELECT content FROM read_text('/etc/passwd')", { code: 'function', name: 'read_text' }],
		["SELECT * FROM sniff_csv('x.csv')", { code: 'function', name: 'sniff_csv' }],
		[
			"SELECT * FROM 'https://evil.example/x.csv'",
			{ code: 'file', reference: "'https://evil.example/x.csv'" }
		],
		['SELECT * FROM spending, "data/x.csv"', { code: 'file', reference: '"data/x.csv"' }],
		['SELECT * FROM spending s JOIN secrets.csv c ON true', { code: 'file', reference: 'secrets.csv' }],
		["ATTACH 'https://evil.example/x.db' AS x", { code: 'statement', keyword: 'ATTACH' }],
		['INSTALL httpfs', { code: 'statement', keyword: 'INSTALL' }],
		['LOAD httpfs', { code: 'statement', keyword: 'LOAD' }],
		['SET enable_external_access = true', { code: 'statement', keyword: 'SET' }],
		['RESET lock_configuration', { code: 'statement', keyword: 'RESET' }],
		['PRAGMA show_tables', { code: 'statement', keyword: 'PRAGMA' }],
		['CREATE OR REPLACE VIEW spending AS SELECT 1', { code: 'statement', keyword: 'CREATE' }],
		['UPDATE spending SET amount = 0', { code: 'statement', keyword: 'UPDATE' }],
		['DELETE FROM projects', { code: 'statement', keyword: 'DELETE' }],
		['DROP TABLE spending', { code: 'statement', keyword: 'DROP' }],
		["COPY spending TO 'x.csv'", { code: 'statement', keyword: 'COPY' }],
		["EXPORT DATABASE 'x'", { code: 'statement', keyword: 'EXPORT' }],
		["IMPORT DATABASE 'x'", { code: 'statement', keyword: 'IMPORT' }],
		['WITH x AS (SELECT 1) INSERT INTO spending SELECT * FROM x', { code: 'statement', keyword: 'INSERT' }],
		[
			'WITH x AS (DELETE FROM spending RETURNING *) SELECT * FROM x',
			{ code: 'statement', keyword: 'DELETE' }
		],
		['EXPLAIN ANALYZE DELETE FROM spending', { code: 'statement', keyword: 'DELETE' }],
		['SELECT 1; DROP TABLE spending', { code: 'multiple', count: 2 }],
		['SELECT 1;;SELECT 2', { code: 'multiple', count: 2 }],
		['  ;  -- nothing', { code: 'empty' }],
		["SELECT 'unterminated", { code: 'unterminated', offset: 7 }],
		['SELECT 1 /* open comment', { code: 'unterminated', offset: 9 }]
	])('%s', (sql, refusal) => {
		expect(guardStatement(sql)).toEqual({ ok: false, ...refusal });
	});
});
