import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from './browser';
import { armStopTimer, consoleUrl, grid, openConsole, stopMs, waitExecuting, waitReady } from './sql-helpers';

// Issue 13: a shared link that would hold the visitor's CPU must not run by itself. The link shows
// its SQL, says why it waits for Run, the page stays responsive, and Stop works once it is run.
const baseURL = inject('baseURL');
const session = useBrowser();
const open: BrowserContext[] = [];
afterAll(async () => {
	for (const context of open) await context.close();
});

async function openLink(sql: string, lang = '') {
	const opened = await openConsole(session.browser, consoleUrl(baseURL, sql, lang));
	open.push(opened.context);
	await waitReady(opened.page);
	return opened;
}

/** A main-thread round trip: a frozen tab would not answer within the limit. */
async function responsiveMs(page: Page): Promise<number> {
	const started = Date.now();
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(1))));
	return Date.now() - started;
}

async function heldWith(page: Page, code: string) {
	const refusal = page.getByTestId('sql-shared-refusal');
	await expect.poll(() => refusal.getAttribute('data-code'), { timeout: 30000 }).toBe(code);
	expect(await page.getByTestId('sql-status').getAttribute('data-completed')).toBe('0');
	expect(await page.getByTestId('sql-grid').count()).toBe(0);
	expect(await responsiveMs(page)).toBeLessThan(1000);
	return (await refusal.textContent()) ?? '';
}

describe('expensive shared links wait for Run', () => {
	it.each([
		[
			'a never-ending recursive CTE',
			'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t',
			'recursive',
			'WITH RECURSIVE'
		],
		['range(1e9) × range(1e9)', 'SELECT count(*) FROM range(1e9) a, range(1e9) b', 'generator', 'range()'],
		["repeat('x', 2e9)", "SELECT length(repeat('x', 2e9))", 'generator', 'repeat()']
	])('%s is shown, explained and not run', async (_name, sql, code, mention) => {
		const { page, log, dialogs } = await openLink(sql);
		expect(await heldWith(page, code)).toContain(mention);
		expect(await page.getByTestId('sql-shared-notice').textContent()).toContain('未自动运行');
		expect([log.foreignRequests, log.errors, dialogs]).toEqual([[], [], []]);
	});

	it("a fourfold self cross join (133⁴ ≈ 3.1e8 rows) is held by DuckDB's estimate, in English too", async () => {
		const { page, log } = await openLink(
			'SELECT count(*) FROM spending a, spending b, spending c, spending d',
			'en'
		);
		const text = await heldWith(page, 'estimate');
		expect(text).toMatch(
			/DuckDB estimates it would process about [\d,]+ rows, over the auto-run limit of 5,000,000/
		);
		expect(log.errors).toEqual([]);
	});

	it('a held link runs on Run and Stop gives the interface back', async () => {
		const { page } = await openLink('SELECT count(*) FROM range(1e9) a, range(1e9) b');
		await heldWith(page, 'generator');
		await page.getByTestId('sql-run').click();
		await waitExecuting(page);
		expect(await page.getByTestId('sql-stop').isEnabled()).toBe(true);
		expect(await responsiveMs(page)).toBeLessThan(1000);
		await armStopTimer(page);
		await page.getByTestId('sql-stop').click();
		expect(await stopMs(page)).toBeLessThan(1000);
		expect(await page.getByTestId('sql-stopped').count()).toBe(1);
	});

	it('a cheap shared SELECT still runs by itself after the estimate', async () => {
		const { page } = await openLink('SELECT 40 + 2 AS answer FROM range(10) LIMIT 1');
		await expect.poll(async () => (await grid(page)).rows, { timeout: 30000 }).toEqual([['42']]);
		expect(await page.getByTestId('sql-shared-notice').count()).toBe(0);
	});
});
