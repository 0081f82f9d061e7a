import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { hydrated } from './dash-helpers';

const baseURL = inject('baseURL');
const session = useBrowser();

interface CatalogTable {
	name: string;
	row_count: number;
	files: { csv: string | null };
	partitions: { parquet: string; row_count: number }[];
}

type Locator = import('playwright-core').Locator;
const attr = (l: Locator, name: string) => expect.poll(() => l.getAttribute(name), { timeout: 30000 });
const text = (l: Locator) => expect.poll(async () => (await l.textContent())?.trim(), { timeout: 30000 });

const rowsOf = (table: import('playwright-core').Locator) =>
	table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [
				tr.getAttribute('data-region'),
				tr.getAttribute('data-rank'),
				tr.classList.contains('highlighted')
			])
		);

describe('/data offers the full data set', () => {
	it('every download link answers 200; each CSV parses to the catalog row count; Parquet files are Parquet', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/data`);
		const catalog = (await (await page.request.get(`${baseURL}/data/catalog.json`)).json()) as {
			tables: CatalogTable[];
		};
		expect(catalog.tables).toHaveLength(10);
		const links = await page
			.getByTestId('data-downloads')
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		const parquetCount = catalog.tables.reduce((n, t) => n + t.partitions.length, 0);
		// One CSV per table, every Parquet file (partitions included), the dictionary and the catalog.
		expect(links.filter((l) => l.endsWith('.csv') && !l.includes('dictionary'))).toHaveLength(10);
		expect(links.filter((l) => l.endsWith('.parquet'))).toHaveLength(parquetCount);
		for (const link of links) {
			const response = await page.request.get(link);
			expect(response.status(), link).toBe(200);
			if (link.endsWith('.parquet'))
				expect((await response.body()).subarray(0, 4).toString(), link).toBe('PAR1');
		}
		for (const table of catalog.tables) {
			const text = await (await page.request.get(`${baseURL}/${table.files.csv}`)).text();
			const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
			expect(parsed.errors, table.name).toEqual([]);
			expect(parsed.data.length, table.name).toBe(table.row_count);
			const inPartitions = table.partitions.reduce((n, p) => n + p.row_count, 0);
			expect(inPartitions, table.name).toBe(table.row_count);
		}
		const finance = catalog.tables.find((t) => t.name === 'regional_finance')!;
		expect(finance.row_count).toBe(168);
		const dictionary = await (await page.request.get(`${baseURL}/data-dictionary.csv`)).text();
		const dict = Papa.parse<string[]>(dictionary.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
		expect(dict.data.find((r) => r[0] === 'regional_finance' && r[1] === 'value_wan')?.[4]).toBe('万元');
		expect(await page.getByTestId('data-dictionary').locator('details').count()).toBe(10);
		await text(page.getByTestId('data-cite-mingjing')).toContain('明镜');
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('comparisons across cities and departments', () => {
	it('/environment ranks the Hunan cities by PM2.5, Hengyang marked by text and bold, each year held', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/environment`);
		await hydrated(page);
		const section = page.getByTestId('compare-pm25');
		const table = page.getByTestId('compare-pm25-table');
		await attr(table, 'data-key').toBe('pm25|whole_city|2022');
		const rows = await rowsOf(table);
		expect(rows).toHaveLength(13);
		expect(rows[3]).toEqual(['hengyang', '4', true]);
		await text(table.locator('tr.highlighted strong')).toBe('▶ 衡阳市（所选城市）');
		await text(page.getByTestId('compare-pm25-missing')).toContain('湘西土家族苗族自治州');
		expect(await section.locator('[data-testid^="chart-compare-pm25"] svg').first().isVisible()).toBe(true);
		await page.getByTestId('compare-pm25-year').selectOption('2018');
		await attr(table, 'data-key').toBe('pm25|whole_city|2018');
		expect((await rowsOf(table)).find((r) => r[0] === 'hengyang')).toEqual(['hengyang', '6', true]);
		expect(log.errors).toEqual([]);
		await context.close();
	});
	it('/environment?city=shaoyang highlights Shaoyang (queried through DuckDB-wasm)', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/environment?city=shaoyang`);
		const table = page.getByTestId('compare-pm25-table');
		await attr(table.locator('tr.highlighted'), 'data-region').toBe('shaoyang');
		await text(table.locator('tr.highlighted strong')).toBe('▶ Shaoyang (selected)');
		expect(log.errors).toEqual([]);
		await context.close();
	});
	it('/compare ranks budget revenue and expenditure, whole city and urban districts apart', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/compare`);
		await hydrated(page);
		const table = page.getByTestId('compare-finance-table');
		await attr(table, 'data-key').toBe('general_budget_expenditure|whole_city|2022');
		await page.getByTestId('compare-finance-indicator').selectOption('general_budget_revenue');
		await attr(table, 'data-key').toBe('general_budget_revenue|whole_city|2022');
		expect((await rowsOf(table)).slice(0, 3)).toEqual([
			['changsha', '1', false],
			['changde', '2', false],
			['hengyang', '3', true]
		]);
		await page.getByTestId('compare-finance-scope').selectOption('urban_districts');
		await attr(table, 'data-key').toBe('general_budget_revenue|urban_districts|2022');
		await text(table.locator('caption')).toContain('市辖区');
		expect(log.errors).toEqual([]);
		await context.close();
	});
	it('/departments compares spending totals, a budget labelled where final accounts are missing', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/departments`);
		const rows = await page
			.getByTestId('compare-departments-table')
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.getAttribute('data-department'),
					tr.getAttribute('data-year'),
					tr.getAttribute('data-stage')
				])
			);
		expect(rows).toEqual([
			['hengyang_eeb', '2021', 'final'],
			['jinan_eeb', '2021', 'budget'],
			['hengyang_eeb', '2022', 'final'],
			['muchuan_eeb', '2022', 'final']
		]);
		await text(page.locator('tr[data-department="jinan_eeb"] strong')).toBe('Budget (no final accounts)');
		await text(page.getByTestId('compare-departments-missing')).toContain('Qingyuan');
		expect(log.errors).toEqual([]);
		await context.close();
	});
	it('/sources links a recorded original (rel noopener noreferrer) and says when none is recorded', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/sources`);
		const link = page.getByTestId('source-cn_city_yearbook_2019-original').locator('a');
		await attr(link, 'href').toBe(
			'https://github.com/chenfei2008c/china-local-debt-atlas/blob/1dce311a9ab5/raw/macro_fiscal/city_yearbook/china_city_statistical_yearbook_2019_prefecture.xlsx'
		);
		await attr(link, 'rel').toBe('noopener noreferrer');
		await text(page.getByTestId('source-hy_eeb_2022_self_assessment-original')).toBe('未记录公开原文网址');
		await context.close();
	});
});
