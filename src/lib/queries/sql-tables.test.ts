import { describe, expect, it } from 'vitest';
import { tablesNamed } from './sql-tables';

const KNOWN = ['spending', 'projects', 'departments', 'sources'];

describe('tablesNamed', () => {
	it('finds tables after FROM and JOIN, once each, in order of mention', () => {
		const sql = `SELECT s.amount FROM spending s JOIN departments d USING (department_id)
		             WHERE s.department_id IN (SELECT department_id FROM spending)`;
		expect(tablesNamed(sql, KNOWN)).toEqual(['spending', 'departments']);
	});

	it('ignores names inside strings and comments, reads quoted identifiers', () => {
		const sql = `-- projects\nSELECT 'sources' AS t, /* projects */ x FROM "Projects"`;
		expect(tablesNamed(sql, KNOWN)).toEqual(['projects']);
	});

	it('is case-insensitive for bare words and mentions nothing for an unterminated literal', () => {
		expect(tablesNamed('select * from SPENDING', KNOWN)).toEqual(['spending']);
		expect(tablesNamed("select * from spending where x = 'open", KNOWN)).toEqual([]);
	});
});
