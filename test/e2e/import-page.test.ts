// Issue 10, the /import page: files given through the page's own file input (Playwright
// setInputFiles) are read in a worker in this browser, shown as detected, corrected, loaded and
// downloaded; bad files are refused with a message naming them; nothing leaves the browser.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileChooser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations, useBrowser } from './browser';
import {
	appendTable,
	card,
	DIR,
	expectNothingUploaded,
	file,
	give,
	openImportWith,
	previewCells,
	settled
} from './import-page-helpers';
import { badFiles, DEPARTMENT, goodFiles } from '../../src/lib/import/browser/files.test-helper';
import { makeSyntheticCsv } from '../../scripts/bench-import-data.mjs';
import { validateDirectory } from '../../scripts/build-data';

const baseURL = inject('baseURL');
const session = useBrowser();
const YEARBOOK = '../shared/real/city-yearbook/china_city_statistical_yearbook_2023_prefecture.xlsx';
const openImport = (prefix = '') => openImportWith(session.browser, baseURL, prefix);

beforeAll(async () => {
	await mkdir(DIR, { recursive: true });
	for (const [name, bytes] of Object.entries({ ...goodFiles(), ...badFiles() }))
		await writeFile(file(name), bytes);
	// Over the 200 MB gate without writing 200 MB: a sparse file.
	const big = await open(file('too_big.csv'), 'w');
	await big.truncate(201 * 1024 * 1024);
	await big.close();
	makeSyntheticCsv(file('synthetic_60mb.csv'), 60 * 1024 * 1024);
}, 120_000);
afterAll(async () => {
	await rm(path.join(DIR, 'data'), { recursive: true, force: true });
});

describe('/import: the standard tables made by the fixtures', () => {
	it('shows what was detected, the counts and a preview with locators, and loads the rows', async () => {
		const { page, log, requests, close } = await openImport();
		const names = ['linye_2022_expenditure.xlsx', 'linye_2023_three_public.csv'];
		await give(page, ...names);
		for (const name of names) await settled(page, name);
		const spending = card(page, names[0]!);
		expect(await spending.getByTestId('import-format').textContent()).toBe('格式：xlsx');
		expect(await spending.getByTestId('sheet-layout').textContent()).toBe(
			'支出表（按功能分类科目） (standard_expenditure_by_function)'
		);
		expect(await spending.getByTestId('sheet-header-rows').textContent()).toBe('4, 5, 6');
		expect(await spending.getByTestId('sheet-unit').textContent()).toBe('元');
		expect(await spending.getByTestId('sheet-department').textContent()).toBe(DEPARTMENT);
		expect(await spending.getByTestId('sheet-year').textContent()).toBe('2022');
		expect(await spending.getByTestId('sheet-stage').textContent()).toBe('决算');
		expect(await spending.getByTestId('sheet-counts').textContent()).toBe(
			'读取 6 行 = 导入 6 + 拒绝 0 + 跳过 0'
		);
		const locators = await previewCells(page, names[0]!, 'locator');
		expect(locators).toHaveLength(16);
		expect(locators[0]).toBe('linye_2022_expenditure.xlsx / 支出决算表 / R7 / E / 本年支出合计');
		expect((await previewCells(page, names[0]!, 'amount')).slice(0, 3)).toEqual([
			'1000000.00',
			'600000.00',
			'300000.00'
		]);

		const three = card(page, names[1]!);
		expect(await three.getByTestId('import-format').textContent()).toBe(
			'格式：tsv；编码：UTF-16 LE；分隔符：制表符'
		);
		expect(await three.getByTestId('sheet-layout').textContent()).toContain('(standard_three_public)');
		expect(await three.getByTestId('sheet-stage').textContent()).toBe('预算');
		expect(await three.getByTestId('sheet-counts').textContent()).toBe(
			'读取 6 行 = 导入 3 + 拒绝 1 + 跳过 2'
		);
		expect(await three.getByTestId('import-problems').textContent()).toContain(
			'linye_2023_three_public.csv:9:3'
		);
		expect(await page.getByTestId('import-announce').textContent()).toContain('linye_2023_three_public.csv');

		await page.getByTestId('import-load').click();
		await expect
			.poll(() => page.getByTestId('import-loaded').textContent())
			.toBe('已载入：2 个文件，22 行。这些数据标为“你的文件”，只保存在本浏览器中。');
		expect(await page.getByTestId('import-count').getAttribute('data-bundles')).toBe('1');
		expectNothingUploaded(requests, log, names);
		expect(log.errors).toEqual([]);
		await close();
	});

	it('a corrected year changes the rows’ fiscal_year', async () => {
		const { page, close } = await openImport();
		const name = 'linye_2022_expenditure.xlsx';
		await give(page, name);
		await settled(page, name);
		await card(page, name).getByTestId('import-corrections').locator('summary').click();
		await card(page, name).getByTestId('correct-year').fill('2021');
		await card(page, name).getByTestId('import-rerun').click();
		await settled(page, name);
		expect(await card(page, name).getByTestId('sheet-year').textContent()).toBe('2021');
		expect(new Set(await previewCells(page, name, 'fiscal_year'))).toEqual(new Set(['2021']));
		await close();
	});

	it('a downloaded recipe, loaded again, gives the same rows', async () => {
		const { page, close } = await openImport();
		const name = 'linye_2022_expenditure_gbk.csv';
		await give(page, name);
		await settled(page, name);
		expect(await card(page, name).getByTestId('import-format').textContent()).toBe(
			'格式：csv；编码：GB18030/GBK；分隔符：","'
		);
		const before = await previewCells(page, name, 'locator');
		const amounts = await previewCells(page, name, 'amount');
		await card(page, name).getByTestId('import-corrections').locator('summary').click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			card(page, name).getByTestId('recipe-download').click()
		]);
		expect(download.suggestedFilename()).toBe('linye_2022_expenditure_gbk.recipe.json');
		const recipePath = file('saved.recipe.json');
		await download.saveAs(recipePath);
		expect(JSON.parse(await readFile(recipePath, 'utf8'))).toMatchObject({
			layout: 'standard_expenditure_by_function',
			year: 2022
		});
		await close();

		const second = await openImport();
		await give(second.page, name);
		await settled(second.page, name);
		await card(second.page, name).getByTestId('import-corrections').locator('summary').click();
		await card(second.page, name).getByTestId('recipe-input').setInputFiles(recipePath);
		await expect.poll(() => card(second.page, name).getByTestId('recipe-applied').count()).toBe(1);
		await settled(second.page, name);
		expect(await previewCells(second.page, name, 'locator')).toEqual(before);
		expect(await previewCells(second.page, name, 'amount')).toEqual(amounts);
		await second.close();
	});
});

describe('/import: bad files', () => {
	const EXPECTED: Record<string, string> = {
		'empty.csv': 'empty.csv: The file is empty',
		'report.xlsx': 'report.xlsx: The file is named or declared as .xlsx, but its content is plain text',
		'notes.csv': 'notes.csv: the layout of this table is not recognised',
		'locked.xlsx': 'locked.xlsx: The workbook is password-protected (encrypted) and cannot be read',
		'bomb.xlsx': 'bomb.xlsx: The workbook unpacks to 5120 MB, over the 200 MB limit (possibly a zip bomb)'
	};
	it('each gives a message naming the file and what is wrong, and nothing can be loaded', async () => {
		const { page, close } = await openImport('/en');
		await give(page, ...Object.keys(EXPECTED));
		for (const [name, text] of Object.entries(EXPECTED)) {
			await settled(page, name);
			expect(await card(page, name).getByTestId('import-problems').textContent()).toContain(text);
		}
		expect(await page.getByTestId('import-nothing').textContent()).toBe(
			'No rows to load: correct the problems listed above first.'
		);
		expect(await page.getByTestId('import-load').count()).toBe(0);
		expect(await page.getByTestId('import-count').getAttribute('data-bundles')).toBe('0');
		await close();
	});

	it('refuses a file over the size gate within 500 ms, with its size and the limit', async () => {
		const { page, close } = await openImport('/en');
		// Timed in the page: from the input's change event to the refusal on screen.
		await page.evaluate(() => {
			const w = window as unknown as { changed?: number; refused?: number };
			document
				.querySelector('[data-testid="import-input"]')
				?.addEventListener('change', () => (w.changed = performance.now()), { capture: true });
			new MutationObserver(() => {
				if (
					w.refused === undefined &&
					document.querySelector('[data-status="refused"] [data-testid="import-problems"]')
				)
					w.refused = performance.now();
			}).observe(document.body, { subtree: true, childList: true, attributes: true });
		});
		await give(page, 'too_big.csv');
		await settled(page, 'too_big.csv', 'refused', 2000);
		const elapsed = await page.evaluate(() => {
			const w = window as unknown as { changed?: number; refused?: number };
			return (w.refused ?? Infinity) - (w.changed ?? 0);
		});
		expect(elapsed).toBeLessThanOrEqual(500);
		expect(await card(page, 'too_big.csv').getByTestId('import-problems').textContent()).toBe(
			"too_big.csv: the file is 201 MB, over this page's 200 MB limit; it was not read — split it into smaller files (e.g. by year or department), or import it locally with npm run import"
		);
		await close();
	});

	it('cancel stops the worker within 300 ms and loads nothing', async () => {
		const { page, close } = await openImport('/en');
		const closed = new Promise<number>((resolve) =>
			page.on('worker', (worker) => {
				if (worker.url().includes('/workers/worker-')) worker.on('close', () => resolve(Date.now()));
			})
		);
		await give(page, 'synthetic_60mb.csv');
		await expect
			.poll(() => card(page, 'synthetic_60mb.csv').getByTestId('import-progress-text').textContent(), {
				timeout: 20000
			})
			.toMatch(/^[1-9][\d,]* rows processed/);
		const clicked = Date.now();
		await card(page, 'synthetic_60mb.csv').getByTestId('import-cancel').click();
		const at = await closed;
		console.log('cancel: worker closed', at - clicked, 'ms after the click');
		expect(at - clicked).toBeLessThanOrEqual(300);
		await settled(page, 'synthetic_60mb.csv', 'cancelled', 1000);
		expect(await page.getByTestId('import-count').getAttribute('data-bundles')).toBe('0');
		expect(await page.getByTestId('import-load-section').count()).toBe(0);
		await close();
	});
});

describe('/import: the yearbook, keyboard, accessibility, downloads', () => {
	it.skipIf(!existsSync(YEARBOOK))('imports the 2023 yearbook XLSX from ../shared/real', async () => {
		const { page, close } = await openImport('/en');
		const name = path.basename(YEARBOOK);
		await give(page, path.resolve(YEARBOOK));
		await settled(page, name);
		expect(await card(page, name).getByTestId('import-sheet').getAttribute('data-layout')).toBe(
			'city_yearbook'
		);
		expect(await card(page, name).getByTestId('file-counts').textContent()).toBe(
			'Total: read 324 = imported 296 + rejected 0 + skipped 28'
		);
		await close();
	});

	it('the drop zone is a button: Enter and Space open the file picker', async () => {
		for (const key of ['Enter', 'Space']) {
			const each = await openImport();
			// Listen first: interception must be on before the key press (a race on a busy machine).
			const opened = new Promise<FileChooser>((resolve) => each.page.once('filechooser', resolve));
			await each.page.getByTestId('import-drop').focus();
			await each.page.waitForTimeout(300);
			await each.page.keyboard.press(key);
			const late = new Promise<never>((_, no) =>
				setTimeout(() => no(new Error(`${key}: no chooser`)), 15000)
			);
			const chooser = await Promise.race([opened, late]);
			expect(chooser.isMultiple()).toBe(true);
			await chooser.setFiles(file('empty.csv'));
			await settled(each.page, 'empty.csv');
			await each.close();
		}
	});

	for (const prefix of ['', '/en'])
		it(`axe finds no serious violation on ${prefix}/import, with a file read`, async () => {
			const { page, log, close } = await openImport(prefix);
			expect(await seriousViolations(page)).toEqual([]);
			await give(page, 'linye_2023_three_public.csv');
			await settled(page, 'linye_2023_three_public.csv');
			await card(page, 'linye_2023_three_public.csv')
				.getByTestId('import-corrections')
				.locator('summary')
				.click();
			expect(await seriousViolations(page)).toEqual([]);
			expect(log.errors).toEqual([]);
			await close();
		});

	it('the downloaded CSVs, added to a copy of data/, pass the data build’s validation', async () => {
		const { page, close } = await openImport();
		const names = ['linye_2022_expenditure.xlsx', 'linye_2023_three_public.csv'];
		await give(page, ...names);
		for (const name of names) await settled(page, name);
		const target = path.join(DIR, 'data');
		await rm(target, { recursive: true, force: true });
		await mkdir(target);
		for (const entry of await readdir('data'))
			if (entry.endsWith('.csv')) await copyFile(path.join('data', entry), path.join(target, entry));
		const tables: string[] = [];
		for (const button of await page.getByTestId('download-csv').all()) {
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			const table = download.suggestedFilename().replace(/\.csv$/, '');
			tables.push(table);
			await appendTable(
				path.join(target, `${table}.csv`),
				await readFile((await download.path()) ?? '', 'utf8')
			);
		}
		expect(tables).toEqual(['sources', 'departments', 'spending']);
		const result = await validateDirectory(target);
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
		await close();
	}, 60000);
});
