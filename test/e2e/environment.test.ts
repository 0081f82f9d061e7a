import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { a11yAndPhoneTests, figureText, waitForData } from './env-helpers';

const baseURL = inject('baseURL');
const session = useBrowser();

const SECTIONS = 'env-surface-water-surface_water_sections-whole_city';
const CLASS_II = 'env-surface-water-surface_water_class_ii_sections-whole_city';
const CLASS_III = 'env-surface-water-surface_water_class_iii_sections-whole_city';

async function chartTable(page: Page, id: string): Promise<string[][]> {
	return page
		.getByTestId(`chart-${id}`)
		.locator('table tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()))
		);
}

describe('environment page in zh-CN', () => {
	it('keeps 市城区 (report) and 全市 (yearbook) apart, against the limits and the benchmarks', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/environment`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('衡阳市生态环境 · 2022 年');
		expect(await figureText(page, 'env-pm25-urban_area-value')).toBe('31 µg/m³');
		expect(await page.getByTestId('env-pm25-urban_area').textContent()).toContain('市城区（部门自评报告）');
		expect(await figureText(page, 'env-pm25-whole_city-value')).toBe('29 µg/m³');
		expect(await page.getByTestId('env-pm25-whole_city').textContent()).toContain('全市（统计年鉴）');
		expect(await figureText(page, 'env-pm25-limit')).toBe('35 µg/m³');
		expect(await figureText(page, 'env-pm10-limit')).toBe('70 µg/m³');
		expect(await figureText(page, 'env-pm10-urban_area-value')).toBe('48 µg/m³');
		expect(await figureText(page, 'env-pm25-bench-province_cities_avg')).toBe('34 µg/m³');
		expect(await figureText(page, 'env-pm10-bench-province_cities_avg')).toBe('48 µg/m³');
		expect(await figureText(page, 'env-pm25-bench-national_cities_339')).toBe('29 µg/m³');
		expect(await figureText(page, 'env-pm10-bench-national_cities_339')).toBe('51 µg/m³');
		expect(await figureText(page, 'env-good_air_ratio-urban_area-value')).toBe('87.9%');
		expect(await figureText(page, 'env-good_air_ratio-bench-province_cities_avg')).toBe('87.6%');
		expect(await figureText(page, 'env-good_air_ratio-bench-national_cities_339')).toBe('86.5%');
		expect(await figureText(page, 'env-surface-water-bench-surface_water_class_i_iii_ratio')).toBe('98.6%');
		// 44 sections: 37 class II, 7 class III, 100% compliant; 13 drinking-water sources, 100%.
		expect(await figureText(page, `${SECTIONS}-year`)).toBe('44');
		expect(await figureText(page, `${CLASS_II}-year`)).toBe('37');
		expect(await figureText(page, `${CLASS_III}-year`)).toBe('7');
		expect(await figureText(page, 'env-surface-water-surface_water_compliance-whole_city-year')).toBe('100%');
		expect(await figureText(page, 'env-drinking-water-drinking_water_sources-whole_city-year')).toBe('13');
		await waitForData(page);
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});

	it('shows the stated change as stated (百分点) and the prior year it implies, marked derived', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/environment`);
		expect(await figureText(page, 'env-pm25-urban_area-change')).toMatch(/^[-−]11\.4 个百分点$/);
		expect(await figureText(page, 'env-pm10-urban_area-change')).toMatch(/^[-−]11\.1 个百分点$/);
		const implied = page.getByTestId('env-pm25-urban_area-implied');
		expect(await figureText(page, 'env-pm25-urban_area-implied')).toBe('35.0 µg/m³');
		expect(await implied.locator('.tag').textContent()).toBe('推算');
		await implied.locator('summary').click();
		expect(await implied.locator('.citation').textContent()).toContain('31 / (1 - 11.4/100)');
		expect(await page.getByTestId('env-pm25-urban_area').textContent()).toContain('2021 年隐含值');
		await context.close();
	});

	it('draws each scope as its own series with the grade II limit, in the prerendered SVG and the data table', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL, { javaScriptEnabled: false });
		await page.goto(`${baseURL}/environment`);
		const svgText = await page.getByTestId('chart-env-pm25-static').textContent();
		expect(svgText).toContain('市城区（部门自评报告）');
		expect(svgText).toContain('全市（统计年鉴）');
		expect(svgText).toContain('国家二级标准 ≤ 35 µg/m³');
		expect(await page.getByTestId('chart-env-pm10-static').textContent()).toContain(
			'国家二级标准 ≤ 70 µg/m³'
		);
		const table = await chartTable(page, 'env-pm25');
		const header = table[0] ?? [];
		const urban = header.indexOf('市城区（部门自评报告）');
		const city = header.indexOf('全市（统计年鉴）');
		expect(urban).toBeGreaterThan(0);
		expect(city).toBeGreaterThan(0);
		const row2022 = table.find((r) => r[0] === '2022') ?? [];
		const row2021 = table.find((r) => r[0] === '2021') ?? [];
		// Units light: the table says its unit once, the cells hold the numbers.
		expect(await page.getByTestId('chart-env-pm25-table-unit').textContent()).toContain('单位：µg/m³');
		expect([row2022[urban], row2022[city]]).toEqual(['31', '29']);
		expect([row2021[urban], row2021[city]]).toEqual(['35.0（推算）', '31']);
		expect(row2022[header.indexOf('湖南省各市平均（生态环境状况公报）')]).toBe('34');
		expect(row2022[header.indexOf('全国 339 个城市（公报）')]).toBe('29');
		expect(await chartTable(page, 'env-sections')).toEqual([
			['系列', '考核断面', 'Ⅱ类水质断面', 'Ⅲ类水质断面'],
			['2019 年 5 月（公报）', '27', '24', '3'],
			['2022（部门自评报告）', '44', '37', '7']
		]);
		await context.close();
	});

	it('filters by year and scope through the URL; back restores the view', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/environment`);
		await waitForData(page);
		await page.getByTestId('select-year').selectOption('2021');
		await page.waitForURL(/year=2021/);
		await expect.poll(() => figureText(page, 'env-pm25-urban_area-value')).toBe('35.0 µg/m³');
		expect(await page.getByTestId('env-pm25-urban_area-value').locator('.tag').textContent()).toBe('推算');
		expect(await figureText(page, 'env-pm25-whole_city-value')).toBe('31 µg/m³');
		expect(await figureText(page, 'env-pm25-target-year')).toBe('39 µg/m³');
		await page.getByTestId('select-scope').selectOption('whole_city');
		await page.waitForURL(/scope=whole_city/);
		await expect.poll(() => page.getByTestId('env-pm25-urban_area').count()).toBe(0);
		expect(await figureText(page, 'env-pm25-whole_city-value')).toBe('31 µg/m³');
		const header = (await chartTable(page, 'env-pm25'))[0] ?? [];
		expect(header).toContain('全市（统计年鉴）');
		expect(header).not.toContain('市城区（部门自评报告）');
		await page.goBack();
		await expect.poll(() => page.getByTestId('env-pm25-urban_area').count()).toBe(1);
		await page.goBack();
		await expect.poll(() => figureText(page, 'env-pm25-urban_area-value')).toBe('31 µg/m³');

		// A shared link opens the same view: the 2019 bulletin's 27 sections (24 II, 3 III).
		const fresh = await watchedPage(session.browser, baseURL);
		await fresh.page.goto(`${baseURL}/environment?dept=hengyang_eeb&year=2019`);
		await expect.poll(() => figureText(fresh.page, `${SECTIONS}-2019-05`), { timeout: 30000 }).toBe('27');
		expect(await figureText(fresh.page, `${CLASS_II}-2019-05`)).toBe('24');
		expect(await figureText(fresh.page, `${CLASS_III}-2019-05`)).toBe('3');
		expect(fresh.log.errors).toEqual([]);
		await fresh.context.close();
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('environment page in English', () => {
	it('shows the same figures with English labels', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/environment`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Environment in Hengyang, 2022');
		expect(await page.getByTestId('env-pm25-urban_area').textContent()).toContain(
			'Urban area (department self-assessment)'
		);
		expect(await figureText(page, 'env-pm25-urban_area-value')).toBe('31 µg/m³');
		expect(await figureText(page, 'env-pm25-whole_city-value')).toBe('29 µg/m³');
		expect(await figureText(page, 'env-pm25-urban_area-change')).toMatch(/^[-−]11\.4 percentage points$/);
		expect(await figureText(page, 'env-pm25-urban_area-implied')).toBe('35.0 µg/m³');
		expect(await page.getByTestId('env-pm25-urban_area-implied').locator('.tag').textContent()).toBe(
			'derived'
		);
		expect(await figureText(page, 'env-pm10-bench-province_cities_avg')).toBe('48 µg/m³');
		expect(await figureText(page, 'env-pm10-bench-national_cities_339')).toBe('51 µg/m³');
		expect(await figureText(page, `${SECTIONS}-year`)).toBe('44');
		expect(await page.getByTestId('env-surface-water').textContent()).toContain('Class II sections');
		await waitForData(page);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('environment accessibility and phone layout', () => {
	a11yAndPhoneTests(
		session,
		baseURL,
		['/environment', '/en/environment'],
		[
			['/environment', 'environment-zh-pixel7'],
			['/en/environment', 'environment-en-pixel7']
		]
	);
});
