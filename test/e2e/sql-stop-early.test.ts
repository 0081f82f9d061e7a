import { afterAll, expect, inject, it } from 'vitest';
import type { Route } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { consoleUrl, grid, run, setSql } from './sql-helpers';

// Stop is enabled the moment Run is pressed, but the statement only reaches DuckDB once the
// database has started. A Stop pressed in between must still count: the statement is not
// started, the reader is told it was stopped, and the console stays usable. (A slow machine
// made this window wide enough for a Stop to be lost and the query to run on.)
const baseURL = inject('baseURL');
const session = useBrowser();
const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const close of closing) await close();
});

it('Stop pressed while DuckDB is still starting cancels the statement before it runs', async () => {
	const url = consoleUrl(baseURL);
	const { context, page, log } = await watchedPage(session.browser, url);
	closing.push(() => context.close());
	// Hold DuckDB's wasm so the run waits on the database, as on a slow connection.
	const held: Route[] = [];
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await context.route(/\.wasm(\?|$)/, async (route) => {
		held.push(route);
		await released;
		await route.continue();
	});
	await page.goto(url);
	await page.waitForSelector('[data-testid="sql-editor"][data-ready="true"]', { timeout: 30000 });
	await expect.poll(() => held.length, { timeout: 30000 }).toBeGreaterThan(0);
	await setSql(page, 'SELECT 42 AS answer');
	await page.getByTestId('sql-run').click();
	const stop = page.getByTestId('sql-stop');
	expect(await stop.isEnabled()).toBe(true);
	expect(await page.getByTestId('sql-status').getAttribute('data-executing')).toBe('false');
	await stop.click();
	release();
	await page.waitForSelector('[data-testid="sql-status"][data-completed="1"]', { timeout: 30000 });
	const stopped = page.getByTestId('sql-stopped');
	expect(await stopped.getAttribute('data-reason')).toBe('user');
	expect(await page.getByTestId('sql-grid').count()).toBe(0);
	expect(await page.getByTestId('sql-run').isEnabled()).toBe(true);
	// The stop belonged to that run only: the next Run goes through.
	await run(page);
	expect((await grid(page)).rows).toEqual([['42']]);
	expect([log.foreignRequests, log.failedRequests, log.errors]).toEqual([[], [], []]);
});
