import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Catalog } from '../../src/lib/model';
import { useBrowser, watchedPage } from './browser';
import { grid, run, setSql, waitReady } from './sql-helpers';

const baseURL = inject('baseURL');
const session = useBrowser();

/** The DuckDB and CSV files a page fetched, as catalog paths (data/…). */
function dataFiles(page: Page): string[] {
	const files: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname.replace(/^\//, '');
		if (/^data\/.+\.(duckdb|csv|parquet)$/.test(path)) files.push(path);
	});
	return files;
}

async function catalog(): Promise<Catalog> {
	return (await (await fetch(`${baseURL}/data/catalog.json`)).json()) as Catalog;
}

/**
 * The DuckDB files of `table`, only those holding `department` when the table is partitioned by
 * department (a file is a bin of several departments' partitions: each listed once).
 */
function filesOf(cat: Catalog, table: string, department?: string): string[] {
	const def = cat.tables.find((t) => t.name === table)!;
	const files = def.partitions
		.filter(
			(p) =>
				department === undefined || !('department_id' in p.values) || p.values['department_id'] === department
		)
		.map((p) => p.duckdb);
	return [...new Set(files)];
}

const sorted = (files: string[]) => [...new Set(files)].sort();

async function dataReady(page: Page): Promise<void> {
	await expect
		.poll(() => page.getByTestId('data-status').first().getAttribute('data-state'), { timeout: 30000 })
		.toBe('ready');
}

describe('tables and partitions loaded by need', () => {
	it('the overview fetches only its tables, and only the shown department’s partitions', async () => {
		const cat = await catalog();
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const files = dataFiles(page);
		await page.goto(`${baseURL}/`);
		await dataReady(page);
		// The overview reads spending, projects and indicators of the Hengyang bureau, the regions, and the
		// environment series of every region (national limits live in another partition).
		const expected = sorted([
			...filesOf(cat, 'spending', 'hengyang_eeb'),
			...filesOf(cat, 'projects', 'hengyang_eeb'),
			...filesOf(cat, 'indicators', 'hengyang_eeb'),
			...filesOf(cat, 'environment'),
			// The headline ranks the city among its province's cities (issue 11).
			...filesOf(cat, 'regions')
		]);
		expect(sorted(files)).toEqual(expected);
		// No spending file that holds no Hengyang row (with the embedded data one bin holds all five).
		const others = filesOf(cat, 'spending').filter(
			(f) => !filesOf(cat, 'spending', 'hengyang_eeb').includes(f)
		);
		expect(files.filter((f) => others.includes(f))).toEqual([]);
		expect(files.some((f) => f.includes('regional_finance') || f.includes('staffing'))).toBe(false);
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		await context.close();
	});

	it('loaded partitions survive client-side navigation; another department loads only its own', async () => {
		const cat = await catalog();
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const files = dataFiles(page);
		await page.goto(`${baseURL}/`);
		await dataReady(page);
		const before = files.length;
		await page.locator('nav a[href$="/spending"]').first().click();
		await page.waitForURL(/\/spending$/);
		await dataReady(page);
		// Hengyang's spending partition is already in the tab: nothing is fetched again.
		expect(files.slice(before)).toEqual([]);
		// Another department, chosen on the page (client-side): only the files holding it that the tab
		// does not hold yet come (none when its bin came with Hengyang's).
		await page.getByTestId('select-department').selectOption('jinan_eeb');
		await expect.poll(() => page.locator('h1').textContent(), { timeout: 30000 }).toMatch(/金安区/);
		const held = files.slice(0, before);
		expect(sorted(files.slice(before))).toEqual(
			sorted(filesOf(cat, 'spending', 'jinan_eeb').filter((f) => !held.includes(f)))
		);
		expect(files.filter((f) => f.startsWith('data/spending/')).length).toBe(
			new Set(files.filter((f) => f.startsWith('data/spending/'))).size
		);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('the console loads the table a statement names, and counts what the catalog says', async () => {
		const cat = await catalog();
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const files = dataFiles(page);
		await page.goto(`${baseURL}/sql`);
		await page.waitForSelector('[data-testid="sql-editor"][data-ready="true"]', { timeout: 30000 });
		// The schema browser lists every table with its rows and size before anything is loaded.
		const listed = await page
			.getByTestId('sql-schema')
			.locator('details')
			.evaluateAll((items) =>
				items.map((d) => [
					d.getAttribute('data-table'),
					d.querySelector('[data-testid="sql-schema-size"]')?.getAttribute('data-bytes')
				])
			);
		expect(listed).toEqual(cat.tables.map((t) => [t.name, String(t.bytes)]));
		expect(files).toEqual([]);
		await setSql(page, 'SELECT count(*)::INTEGER AS n FROM staffing');
		await run(page);
		await waitReady(page);
		const staffing = cat.tables.find((t) => t.name === 'staffing')!;
		expect((await grid(page)).rows).toEqual([[String(staffing.row_count)]]);
		expect(sorted(files)).toEqual(sorted(filesOf(cat, 'staffing')));
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('refuses a table bigger than the tab’s budget before fetching it, and says what to do', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		// A device that reports almost no memory: a budget of a few KB.
		await page.addInitScript(() => Object.defineProperty(navigator, 'deviceMemory', { value: 0.00002 }));
		const files = dataFiles(page);
		await page.goto(`${baseURL}/sql`);
		await page.waitForSelector('[data-testid="sql-editor"][data-ready="true"]', { timeout: 30000 });
		await setSql(page, 'SELECT count(*) FROM spending');
		await run(page);
		const refusal = page.getByTestId('sql-too-large');
		await expect.poll(() => refusal.getAttribute('data-table')).toBe('spending');
		const text = await refusal.textContent();
		expect(text).toContain('表 spending 需要载入');
		expect(text).toContain("read_parquet('data/spending/**/*.parquet', hive_partitioning = true)");
		expect(files.filter((f) => f.startsWith('data/spending'))).toEqual([]);
		await context.close();
	});
});
