import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { CHART_COLUMNS, expectCsvIsTable, figure, hydrated, tableCells } from './dash-helpers';

// What every view shares: URL state and "copy link", "cite this figure", chart exports, print.
const baseURL = inject('baseURL');

const session = useBrowser();

async function withClipboard(context: BrowserContext) {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Clicks "copy link" and returns what landed on the clipboard. */
async function copyLink(page: Page): Promise<string> {
	await page.getByTestId('copy-link').click();
	await expect.poll(() => page.getByTestId('copy-link').getAttribute('data-url')).toBeTruthy();
	return clipboard(page);
}

describe('URL state and copy link', () => {
	it('spending (English): drill-down and filters live in the URL; back works; the copied link opens the same view', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await withClipboard(context);
		await page.goto(`${baseURL}/en/spending`);
		await hydrated(page);
		await page.getByTestId('level-drill-project').click();
		await page.waitForURL(/line=project/);
		await page.getByTestId('filter-years').getByLabel('2021').uncheck();
		await page.waitForURL(/years=2022/);
		await page.getByTestId('select-stage').selectOption('final');
		await page.waitForURL(/stage=final/);
		expect(await figure(page, 'level-project_municipal-2022-final')).toBe('2,587.18');
		expect(await page.getByTestId('level-project_municipal-2021-final').count()).toBe(0);

		const link = await copyLink(page);
		expect(link).toBe(`${baseURL}/en/spending?dept=hengyang_eeb&years=2022&stage=final&line=project`);
		expect(await page.getByTestId('copy-link-status').textContent()).toContain('Link copied');

		// Back and forward walk through the views.
		await page.goBack();
		await page.waitForURL((url) => !url.search.includes('stage='));
		await expect.poll(() => page.getByTestId('level-project_municipal-2022-budget_initial').count()).toBe(0);
		await expect.poll(() => page.getByTestId('select-stage').inputValue()).toBe('');
		await page.goForward();
		await expect.poll(() => page.getByTestId('select-stage').inputValue()).toBe('final');

		// A fresh browser context (no history, no storage) opens the copied link on the same view.
		const fresh = await watchedPage(session.browser, baseURL);
		await fresh.page.goto(link);
		await hydrated(fresh.page);
		expect(await fresh.page.locator('html').getAttribute('lang')).toBe('en');
		await expect.poll(() => figure(fresh.page, 'level-project_municipal-2022-final')).toBe('2,587.18');
		expect(await fresh.page.getByTestId('level-project_municipal-2021-final').count()).toBe(0);
		expect(await fresh.page.getByTestId('select-stage').inputValue()).toBe('final');
		expect(await fresh.page.getByTestId('filter-years').getByLabel('2021').isChecked()).toBe(false);
		expect(await fresh.page.getByTestId('breadcrumb').textContent()).toContain('project expenditure');
		expect(fresh.log.errors).toEqual([]);
		await fresh.context.close();
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('三公经费 and the overview: copied links keep department, stage, year and language', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await withClipboard(context);
		await page.goto(`${baseURL}/three-public`);
		await hydrated(page);
		await page.getByTestId('select-department').selectOption('qingyuan_eeb');
		await page.waitForURL(/dept=qingyuan_eeb/);
		await page.getByTestId('select-stage').selectOption('final');
		await page.waitForURL(/stage=final/);
		const link = await copyLink(page);
		expect(link).toBe(`${baseURL}/three-public?dept=qingyuan_eeb&years=2019,2021,2022&stage=final`);
		const fresh = await watchedPage(session.browser, baseURL);
		await fresh.page.goto(link);
		await expect.poll(() => figure(fresh.page, 'tp-three_public-2019-final')).toBe('17.06');
		expect(await fresh.page.getByTestId('tp-three_public-2019-budget').count()).toBe(0);
		expect(await fresh.page.getByTestId('cmp-table').locator('tbody tr').count()).toBe(3);
		await fresh.context.close();

		await page.goto(`${baseURL}/en?dept=hengyang_eeb&year=2021`);
		await hydrated(page);
		await expect.poll(() => figure(page, 'basic'), { timeout: 30000 }).toBe('2,264 (CNY 10k)');
		const overview = await copyLink(page);
		expect(overview).toBe(`${baseURL}/en?dept=hengyang_eeb&year=2021`);
		const again = await watchedPage(session.browser, baseURL);
		await again.page.goto(overview);
		await expect.poll(() => figure(again.page, 'basic'), { timeout: 30000 }).toBe('2,264 (CNY 10k)');
		await again.context.close();
		await context.close();
	});
});

describe('cite this figure', () => {
	it('gives a ready citation string and a permalink to the view that shows the figure', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await withClipboard(context);
		await page.goto(`${baseURL}/three-public`);
		await hydrated(page);
		const cell = page.getByTestId('tp-three_public-2022-final');
		await cell.locator('summary').click();
		const text = await cell.getByTestId('cite-text').textContent();
		const permalink = `${baseURL}/three-public?dept=hengyang_eeb&years=2019,2021,2022`;
		expect(text).toBe(
			`衡阳市生态环境局：28.98 万元。出处：衡阳市生态环境局《衡阳市生态环境局2022年度部门整体支出绩效自评报告》，2023-03-18 发布，附件1 / 经费控制情况 / 三公经费 / 2022年决算数。见明镜：${permalink}`
		);
		await cell.getByTestId('cite-copy').click();
		await expect.poll(() => clipboard(page)).toBe(text);
		expect(await cell.getByTestId('cite-permalink').getAttribute('href')).toBe(permalink);

		// A derived figure's citation spells out its formula.
		const ratio = page.getByTestId('tp-three_public-2022-ratio');
		await ratio.locator('summary').click();
		expect(await ratio.getByTestId('cite-text').textContent()).toContain(
			'推算值，公式：three_public.final 2022 ÷ three_public.budget_initial 2022: 28.98 ÷ 50 × 100。'
		);

		// The permalink opens the view showing the figure.
		const fresh = await watchedPage(session.browser, baseURL);
		await fresh.page.goto(permalink);
		expect(await figure(fresh.page, 'tp-three_public-2022-final')).toBe('28.98');
		await fresh.context.close();
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('in English, on the overview, for a peer bureau on the spending page', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en`);
		await hydrated(page);
		const cell = page.getByTestId('three-public');
		await cell.locator('summary').click();
		expect(await cell.getByTestId('cite-text').textContent()).toBe(
			`Hengyang Ecology and Environment Bureau: 28.98 (CNY 10k). Source: Hengyang Ecology and Environment Bureau, “Hengyang Ecology and Environment Bureau: 2022 department-wide expenditure performance self-assessment”, published 2023-03-18, 附件1 / 经费控制情况 / 三公经费 / 2022年决算数. Via Mingjing: ${baseURL}/en?dept=hengyang_eeb&year=2022`
		);
		// A figure from a document about no department (the national standard) is not credited to one.
		const limit = page.getByTestId('card-pm25-limit');
		await limit.locator('summary').click();
		expect(await limit.getByTestId('cite-text').textContent()).toMatch(
			/^35 µg\/m³\. Source: Ministry of Environmental Protection; .*“Ambient air quality standards \(GB 3095-2012\)”, published 2012-02-29/
		);

		await page.goto(`${baseURL}/en/spending?dept=jinan_eeb`);
		await hydrated(page);
		const basic = page.getByTestId('level-basic-2021-budget');
		await expect.poll(() => basic.count(), { timeout: 30000 }).toBe(1);
		await basic.locator('summary').click();
		expect(await basic.getByTestId('cite-text').textContent()).toMatch(
			/^Jin'an District Ecology and Environment Sub-bureau: 922 \(CNY 10k\)\. Source: Jin'an District .*published 2022-09-05/
		);
		await context.close();
	});
});

describe('chart exports', () => {
	it('CSV equals the data table shown; PNG and SVG are images with title, unit and source caption', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/three-public`);
		await hydrated(page);
		const download = async (kind: string) => {
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByTestId(`chart-three-public-${kind}`).click()
			]);
			expect(file.suggestedFilename()).toBe(`mingjing-three-public-zh-CN.${kind}`);
			return readFile((await file.path())!);
		};
		const csv = (await download('csv')).toString('utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		// Tidy: one row per value drawn, the value a plain number, the unit its own column.
		const [header, ...records] = Papa.parse<string[]>(csv.slice(1), {
			delimiter: ',',
			skipEmptyLines: true
		}).data;
		expect(header).toEqual(CHART_COLUMNS);
		const at = (name: string) => CHART_COLUMNS.indexOf(name);
		// Department, year and stage each in its own column; the series is the part alone.
		const row = (series: string) =>
			records
				.filter((r) => r[at('year')] === '2022' && r[at('stage')] === 'final' && r[at('series')] === series)
				.map((r) => [r[at('department_id')], r[at('department')], r[at('value')], r[at('unit')]]);
		expect(row('公务用车购置及运行维护费')).toEqual([['hengyang_eeb', '衡阳市生态环境局', '22.49', '万元']]);
		expect(row('公务接待费')).toEqual([['hengyang_eeb', '衡阳市生态环境局', '6.49', '万元']]);
		// Every value exported is a figure the data table shows, and every figure shown is exported.
		expectCsvIsTable(records, await tableCells(page, '[data-testid="chart-three-public"] .data-table table'));

		const png = await download('png');
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.length).toBeGreaterThan(20000);
		const width = png.readUInt32BE(16);
		// The chart spans its row (960 px at 1280), drawn at twice its size.
		expect(width).toBe(1920);

		const svg = (await download('svg')).toString('utf8');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('“三公”经费构成，按年度与阶段');
		expect(svg).toContain('单位：万元');
		expect(svg).toContain(
			'来源：衡阳市生态环境局《衡阳市生态环境局2022年度部门整体支出绩效自评报告》（2023-03-18 发布）'
		);
		expect(svg).not.toMatch(/<script|onload=/i);
		// The SVG is a well-formed document the browser can draw.
		const drawn = await page.evaluate(async (text) => {
			const image = new Image();
			image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
			await image.decode();
			return [image.naturalWidth, image.naturalHeight];
		}, svg);
		expect(drawn[0]).toBe(960);
		expect(drawn[1]).toBeGreaterThan(400);
		expect(log.errors).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});

	it('English spending chart: the CSV is the English table; overview charts export too', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/spending`);
		await hydrated(page);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('chart-spending-csv').click()
		]);
		const csv = (await readFile((await file.path())!)).toString('utf8').slice(1);
		const [header, ...records] = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data;
		// The spending chart's lines, years and stages, each in its own column.
		expect(header).toEqual(CHART_COLUMNS);
		const at = (name: string) => CHART_COLUMNS.indexOf(name);
		const basic = records
			.filter((r) => /^basic expenditure$/i.test(r[at('series')] ?? ''))
			.map((r) => [r[at('year')], r[at('stage')], r[at('value')], r[at('unit')]]);
		expect(basic).toEqual(
			expect.arrayContaining([
				['2021', 'final', '2264', '万元'],
				['2022', 'final', '2966.94', '万元']
			])
		);
		expect(new Set(records.map((r) => r[at('department')]))).toEqual(
			new Set(['Hengyang Ecology and Environment Bureau'])
		);
		expectCsvIsTable(records, await tableCells(page, '[data-testid="chart-spending"] .data-table table'));
		await page.goto(`${baseURL}/en`);
		await hydrated(page);
		const [svgFile] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('chart-pm25-svg').click()
		]);
		const svg = (await readFile((await svgFile.path())!)).toString('utf8');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('Unit: µg/m³');
		await context.close();
	});
});

describe('print', () => {
	const paths = [
		'/',
		'/spending',
		'/three-public',
		'/projects',
		'/projects/hengyang_eeb/2022/emission_trading_center',
		'/environment',
		'/departments',
		'/departments/hengyang_eeb',
		'/sources'
	];
	it('each view prints on one A4 page without navigation or controls', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		for (const locale of ['', '/en']) {
			for (const path of paths) {
				await page.goto(`${baseURL}${locale}${path === '/' && locale ? '' : path}`);
				// A project page has no copy-link button to signal hydration; wait for the network instead.
				if (path.startsWith('/projects/')) await page.waitForLoadState('networkidle');
				else await hydrated(page);
				const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
				const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length;
				expect({ path: `${locale}${path}`, pages }).toEqual({ path: `${locale}${path}`, pages: 1 });
			}
		}
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${baseURL}/spending`);
		expect(await page.locator('.site-header nav').isVisible()).toBe(false);
		expect(await page.getByTestId('copy-link').isVisible()).toBe(false);
		expect(await page.getByTestId('chart-spending-png').isVisible()).toBe(false);
		expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		await context.close();
		// 18 page loads and PDF renders on a 2-core machine.
	}, 240000);
});
