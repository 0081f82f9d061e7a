// Issue 10: a reader's import in every page. The bundle is made in Node by the same importer the
// /import page runs in its worker (test/helpers/import-bundle.ts) from files in the standard 决算
// layouts made by the tests, put into the browser's own storage, and then every page must show it:
// selectors, the spending and 三公 figures, the audit with citations to the file, SQL; a reload
// keeps it; "remove" restores the embedded-only site. Nothing is sent anywhere.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { keep } from './import-store';
import { grid, run, setSql, waitReady } from './sql-helpers';
import { bundleOf } from '../helpers/import-bundle';
import {
	EXPENDITURE_FILE,
	THREE_PUBLIC_FILE,
	ZHUZHOU,
	expenditureCsv,
	threePublicCsv
} from '../fixtures/import/standard-files';
import type { ImportBundle } from '../../src/lib/import/bundle';

const baseURL = inject('baseURL');
const YEARBOOK = 'china_city_statistical_yearbook_2023_prefecture.xlsx';
const YEARBOOK_PATH = `../shared/real/city-yearbook/${YEARBOOK}`;
const session = useBrowser();

async function zhuzhouBundle(): Promise<ImportBundle> {
	return bundleOf(
		[
			{ name: EXPENDITURE_FILE, bytes: expenditureCsv() },
			{ name: THREE_PUBLIC_FILE, bytes: threePublicCsv() }
		],
		'e2e-zhuzhou'
	);
}

async function departmentId(bundle: ImportBundle): Promise<string> {
	const id = bundle.rows.departments?.[0]?.['department_id'];
	if (!id) throw new Error('the import added no department');
	return id;
}

describe('a reader import shown by every page', () => {
	it('offers the imported department, shows its figures, and cites the reader file', async () => {
		const bundle = await zhuzhouBundle();
		const dept = await departmentId(bundle);
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const posts: string[] = [];
		context.on('request', (r) => {
			if (r.method() !== 'GET' && r.method() !== 'HEAD') posts.push(`${r.method()} ${r.url()}`);
		});
		try {
			await page.goto(`${baseURL}/spending`);
			await keep(page, bundle);
			const banner = page.getByTestId('imported-banner');
			await expect.poll(() => banner.textContent(), { timeout: 30000 }).toContain(EXPENDITURE_FILE);
			expect(await banner.textContent()).toContain(THREE_PUBLIC_FILE);
			// The department selector offers the imported department; choosing it shows its tree.
			await expect
				.poll(() => page.getByTestId('select-department').locator(`option[value="${dept}"]`).count(), {
					timeout: 30000
				})
				.toBe(1);
			await page.getByTestId('select-department').selectOption(dept);
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30000 })
				.toContain(ZHUZHOU);
			const level = page.getByTestId('level-table');
			await expect.poll(() => level.textContent(), { timeout: 30000 }).toContain('1,000,000');
			expect(await level.textContent()).toContain('节能环保支出');

			await page.goto(`${baseURL}/three-public?dept=${dept}`);
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30000 })
				.toContain(ZHUZHOU);
			await expect.poll(() => page.locator('main').textContent(), { timeout: 30000 }).toContain('28.98');
			expect(await page.locator('main').textContent()).toContain('22.49');

			// The overview and the departments list offer it too (it has no prerendered page of its own).
			await page.goto(`${baseURL}/?dept=${dept}&year=2022`);
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30000 })
				.toContain(ZHUZHOU);
			await page.goto(`${baseURL}/en/departments`);
			const listed = page.getByTestId('imported-departments');
			await expect.poll(() => listed.textContent(), { timeout: 30000 }).toContain(ZHUZHOU);
			expect(await listed.locator('a').first().getAttribute('href')).toContain(`?dept=${dept}`);

			expect(log.errors).toEqual([]);
			expect(log.foreignRequests).toEqual([]);
			expect(posts).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('audits the import: the 合计 that does not add up is cited to the file, row and column', async () => {
		const bundle = await zhuzhouBundle();
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		try {
			await page.goto(`${baseURL}/audit`);
			await keep(page, bundle);
			// The 合计 row against its own columns: 1,000,000 ≠ 600,000 + 300,000 (row_total_by_kind; the
			// 类 column is checked apart by function_code_sum, so nothing is counted twice).
			const finding = page.locator('[data-testid="finding"][data-rule="row_total_by_kind"]', {
				hasText: 'zhuzhou-2022-expenditure.csv / R7'
			});
			await expect.poll(() => finding.count(), { timeout: 30000 }).toBeGreaterThan(0);
			const text = (await finding.first().textContent()) ?? '';
			expect(text).toContain('1,000,000');
			expect(text).toContain('900,000');
			// Coverage beside the findings counts the imported table's comparisons, citing the file.
			const coverage = page.locator('[data-testid="audit-coverage"] tr[data-rule="function_code_sum"]');
			await expect
				.poll(async () => (await coverage.textContent()) ?? '', { timeout: 30000 })
				.toContain('9 个科目金额与其下级科目之和——部门：株洲市生态环境局；年度：2022；表格：');
			expect(await coverage.textContent()).toContain('zhuzhou-2022-expenditure.csv');
			expect(text).toContain('你的文件');
			expect(log.errors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('lets SQL sum the imported rows beside the embedded ones', async () => {
		const bundle = await zhuzhouBundle();
		const dept = await departmentId(bundle);
		const { context, page } = await watchedPage(session.browser, baseURL);
		try {
			await page.goto(`${baseURL}/sql`);
			await keep(page, bundle);
			await page.waitForSelector('[data-testid="sql-editor"][data-ready="true"]', { timeout: 30000 });
			await setSql(
				page,
				`SELECT sum(amount) AS s, count(*) AS n FROM spending WHERE department_id = '${dept}' AND line_id IN ('basic', 'project')`
			);
			await run(page);
			await waitReady(page);
			expect((await grid(page)).rows).toEqual([['900000', '2']]);
			// The embedded department is still there, untouched.
			await setSql(page, `SELECT count(DISTINCT department_id) AS n FROM spending`);
			await run(page);
			expect((await grid(page)).rows).toEqual([['6']]);
		} finally {
			await context.close();
		}
	});

	it('keeps the import across a reload; remove restores the embedded-only site', async () => {
		const bundle = await zhuzhouBundle();
		const dept = await departmentId(bundle);
		const { context, page } = await watchedPage(session.browser, baseURL);
		try {
			await page.goto(`${baseURL}/three-public`);
			await keep(page, bundle);
			await page.reload();
			const option = page.getByTestId('select-department').locator(`option[value="${dept}"]`);
			await expect.poll(() => option.count(), { timeout: 30000 }).toBe(1);
			await page.getByTestId('imported-remove').click();
			await page.waitForLoadState('load');
			await expect.poll(() => page.getByTestId('imported-banner').count(), { timeout: 30000 }).toBe(0);
			await page.waitForTimeout(1500);
			expect(await option.count()).toBe(0);
			const kept = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const request = indexedDB.open('mingjing', 1);
						request.onsuccess = () => {
							const count = request.result.transaction('imports').objectStore('imports').count();
							count.onsuccess = () => resolve(count.result);
						};
					})
			);
			expect(kept).toBe(0);
		} finally {
			await context.close();
		}
	});

	it.skipIf(!existsSync(YEARBOOK_PATH))(
		'shows another city from an imported yearbook: Guangzhou PM2.5 22 µg/m³ in 2022, cited to the file (needs ../shared/real)',
		async () => {
			const bytes = new Uint8Array(await readFile(YEARBOOK_PATH));
			const bundle = await bundleOf([{ name: YEARBOOK, bytes }], 'e2e-yearbook');
			const { context, page, log } = await watchedPage(session.browser, baseURL);
			try {
				await page.goto(`${baseURL}/environment`);
				await keep(page, bundle);
				const city = page.getByTestId('select-city');
				await expect
					.poll(() => city.locator('option[value="guangzhou"]').count(), { timeout: 30000 })
					.toBe(1);
				await city.selectOption('guangzhou');
				const value = page.getByTestId('env-pm25-whole_city-value');
				await expect.poll(() => value.locator('.value').textContent(), { timeout: 30000 }).toBe('22 µg/m³');
				expect(await value.locator('.citation').textContent()).toContain(`你的文件 ${YEARBOOK}`);
				expect(await value.locator('.citation').textContent()).toContain(`${YEARBOOK} / Sheet1 / R209 / Q`);
				expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('广州市');
				expect(await page.getByTestId('env-other-city').count()).toBe(1);
				// Hengyang's own figures stay the published ones: the file's copy is a restatement.
				await city.selectOption('hengyang');
				await expect
					.poll(() => page.getByTestId('env-pm25-whole_city-value').locator('.citation').textContent(), {
						timeout: 30000
					})
					.toContain('中国城市统计年鉴2023');
				expect(
					await page.getByTestId('env-pm25-whole_city-value').locator('.citation').textContent()
				).not.toContain('你的文件');
				expect(await page.getByTestId('env-pm25-whole_city-value').locator('.value').textContent()).toBe(
					'29 µg/m³'
				);
				expect(log.errors).toEqual([]);
			} finally {
				await context.close();
			}
		}
	);
});
