import { describe, expect, it } from 'vitest';
import { shareUrl, sharedQuery } from './sql-share';

describe('shared query links', () => {
	it('round-trips SQL with Chinese, quotes, newlines and & through the URL', () => {
		const sql = 'SELECT \'三公经费 & 50%\' AS "名称"\nFROM spending -- #comment';
		const url = shareUrl('https://example.org/sql?x=1#top', sql);
		expect(url.startsWith('https://example.org/sql?x=1&q=')).toBe(true);
		expect(url).not.toContain('#top');
		expect(sharedQuery(new URL(url).searchParams)).toEqual({ sql, autoRun: true });
	});
	it('never auto-runs a write, a file read or several statements', () => {
		for (const sql of [
			'DROP TABLE spending',
			"SELECT * FROM read_csv('https://evil.example/x')",
			'SELECT 1; SELECT 2',
			'DESCRIBE spending'
		]) {
			expect(sharedQuery(new URLSearchParams({ q: sql }))).toEqual({ sql, autoRun: false });
		}
	});
	it('ignores an empty or oversized query', () => {
		expect(sharedQuery(new URLSearchParams({ q: '  ' }))).toBeNull();
		expect(sharedQuery(new URLSearchParams({ q: `SELECT ${'1'.repeat(20001)}` }))).toBeNull();
		expect(sharedQuery(new URLSearchParams())).toBeNull();
	});
});
