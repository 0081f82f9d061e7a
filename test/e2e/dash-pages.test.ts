import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { dataReady, figure, hydrated } from './dash-helpers';

// The spending, 三公经费, departments and sources pages show the report's real figures, in zh-CN
// and English, prerendered and after interaction.
const baseURL = inject('baseURL');
const session = useBrowser();

describe('spending page', () => {
	it('zh-CN: basic and project by year and stage, drill-down, 其中 rows, ratios, another department', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/spending`);
		await dataReady(page);
		expect(await figure(page, 'level-basic-2022-final')).toBe('2,966.94');
		expect(await figure(page, 'level-project-2022-final')).toBe('888.43');
		expect(await figure(page, 'level-project-2021-final')).toBe('3,129.64');
		expect(await figure(page, 'level-basic-2022-budget_initial')).toBe('1,649.05');
		// Units light: each column names 万元 once; the cell's citation still carries it.
		expect(await page.getByTestId('level-table').locator('thead th').allTextContents()).toContain(
			'2022 年决算（万元）'
		);
		expect(
			await page.getByTestId('level-basic-2022-final').locator('summary').getAttribute('aria-label')
		).toContain('2,966.94 万元');
		// Final ÷ budget per line, derived and marked so.
		expect(await figure(page, 'all-three_public-2022-ratio')).toBe('58.0%');
		expect(await figure(page, 'all-project_business_emission_trading-2022-ratio')).toBe('99.7%');
		expect(await page.getByTestId('all-three_public-2022-ratio').locator('.tag').textContent()).toBe('推算');
		// The live chart (loaded when pointed at) has the generated summary as aria description.
		await page.getByTestId('chart-spending-box').hover();
		await expect.poll(() => page.getByTestId('chart-spending-live').locator('svg').count()).toBe(1);
		expect(await page.getByTestId('chart-spending-live').getAttribute('aria-label')).toContain(
			'基本支出：2021 年决算 2,264 万元'
		);

		// Drill into basic expenditure: its parts, and 其中 rows labelled and kept apart.
		await page.getByTestId('level-drill-basic').click();
		await page.waitForURL(/line=basic/);
		expect(await figure(page, 'level-basic_wages-2022-final')).toBe('2,413.88');
		const ofWhich = page.getByTestId('level-table').locator('tr[data-line="three_public"] th');
		expect((await ofWhich.textContent())?.trim()).toBe('其中：三公经费');
		expect(await figure(page, 'level-three_public-2022-final')).toBe('28.98');
		expect(await page.getByTestId('breadcrumb').textContent()).toContain(
			'支出合计（基本支出+项目支出）基本支出'
		);
		// Back returns to the previous level.
		await page.goBack();
		await expect.poll(() => page.getByTestId('level-drill-basic').count()).toBe(1);

		// Another department comes from DuckDB: Jin'an publishes 2021 budgets only.
		await page.getByTestId('select-department').selectOption('jinan_eeb');
		await page.waitForURL(/dept=jinan_eeb/);
		await expect.poll(() => figure(page, 'level-basic-2021-budget')).toBe('922');
		expect(await figure(page, 'level-project-2021-budget')).toBe('328');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('金安区生态环境分局');
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});

	it('English: the same figures, “of which” rows, and the chart redrawn in English on language switch', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/spending`);
		expect(await figure(page, 'level-basic-2022-final')).toBe('2,966.94');
		expect(await page.getByTestId('level-table').locator('thead th').allTextContents()).toContain(
			'2022 Final accounts (CNY 10k)'
		);
		expect(await figure(page, 'level-project-2021-final')).toBe('3,129.64');
		await page.goto(`${baseURL}/spending?line=basic`);
		await hydrated(page);
		await expect.poll(() => figure(page, 'level-basic_wages-2022-final')).toBe('2,413.88');
		await expect.poll(() => page.getByTestId('chart-spending-live').textContent()).toContain('工资福利支出');
		await page.getByTestId('lang-switch').click();
		await page.waitForURL(/\/en\/spending\?line=basic$/);
		await expect.poll(() => figure(page, 'level-basic_wages-2022-final')).toBe('2,413.88');
		const row = page.getByTestId('level-table').locator('tr[data-line="three_public"] th');
		expect((await row.textContent())?.trim()).toBe('of which: three public expenses');
		await expect.poll(() => page.getByTestId('chart-spending-live').locator('svg').count()).toBe(1);
		await expect
			.poll(() => page.getByTestId('chart-spending-live').textContent())
			.toContain('wages and welfare');
		expect(await page.getByTestId('chart-spending-live').textContent()).not.toContain('工资福利支出');
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('三公经费 page', () => {
	it('zh-CN: 2022 final 28.98 against budget 50 and 2021 final 18.4, parts, change, ratio, shares', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/three-public`);
		expect(await figure(page, 'tp-three_public-2022-final')).toBe('28.98');
		expect(await figure(page, 'tp-three_public-2022-budget_initial')).toBe('50');
		expect(await figure(page, 'tp-three_public-2021-final')).toBe('18.4');
		expect(await figure(page, 'tp-three_public_vehicles-2022-final')).toBe('22.49');
		expect(await figure(page, 'tp-three_public_overseas-2022-final')).toBe('0');
		expect(await figure(page, 'tp-three_public_receptions-2022-final')).toBe('6.49');
		expect(await figure(page, 'tp-three_public_vehicle_purchase-2022-final')).toBe('17.99');
		expect(await figure(page, 'tp-three_public_vehicle_running-2022-final')).toBe('4.5');
		expect(await figure(page, 'tp-three_public-2022-change')).toBe('+57.5%');
		expect(await figure(page, 'tp-three_public-2022-ratio')).toBe('58.0%');
		expect(await figure(page, 'tp-three_public_vehicles-2022-share')).toBe('77.6%');
		expect(await page.getByTestId('tp-three_public-2022-change').locator('.tag').textContent()).toBe('推算');
		// Across departments, each row says its year and whether it is a budget or a final account.
		const row = (id: string) => page.getByTestId('cmp-table').locator(`tr[data-row="${id}"]`);
		expect(await figure(page, 'cmp-jinan_eeb-2021-budget-three_public')).toBe('28.7');
		expect(await row('jinan_eeb-2021-budget').textContent()).toContain('2021');
		expect(await row('jinan_eeb-2021-budget').locator('.stage').textContent()).toBe('预算');
		expect(await figure(page, 'cmp-qingyuan_eeb-2019-budget-three_public')).toBe('27');
		expect(await figure(page, 'cmp-qingyuan_eeb-2019-final-three_public')).toBe('17.06');
		expect(await row('qingyuan_eeb-2019-final').locator('.stage').textContent()).toBe('决算');
		expect(await figure(page, 'cmp-hengyang_eeb-2022-final-three_public')).toBe('28.98');

		// Focus another department and keep only final accounts.
		await hydrated(page);
		await page.getByTestId('select-department').selectOption('qingyuan_eeb');
		await page.waitForURL(/dept=qingyuan_eeb/);
		await expect.poll(() => figure(page, 'tp-three_public-2019-final')).toBe('17.06');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('清远市生态环境局');
		expect(await figure(page, 'tp-three_public-2019-ratio')).toBe('63.2%');
		await page.getByTestId('select-stage').selectOption('final');
		await page.waitForURL(/stage=final/);
		await expect.poll(() => page.getByTestId('cmp-table').locator('tbody tr').count()).toBe(3);
		expect(await page.getByTestId('cmp-jinan_eeb-2021-budget-three_public').count()).toBe(0);
		expect(log.errors).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});

	it('English: same figures, budget and final labelled', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/three-public`);
		expect(await figure(page, 'tp-three_public-2022-final')).toBe('28.98');
		expect(await figure(page, 'tp-three_public-2022-budget_initial')).toBe('50');
		expect(await figure(page, 'tp-three_public-2021-final')).toBe('18.4');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Hengyang Ecology and Environment Bureau: three public expenses'
		);
		const jinan = page.getByTestId('cmp-table').locator('tr[data-row="jinan_eeb-2021-budget"]');
		expect(await jinan.locator('.stage').textContent()).toBe('budget');
		expect(await jinan.locator('th').textContent()).toBe(
			"Jin'an District Ecology and Environment Sub-bureau"
		);
		const final = page.getByTestId('cmp-table').locator('tr[data-row="qingyuan_eeb-2019-final"] .stage');
		expect(await final.textContent()).toBe('final accounts');
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('departments', () => {
	it('zh-CN: side by side with year and stage, a page per department, the switcher', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/departments`);
		expect(await figure(page, 'side-hengyang_eeb-total-2022-final')).toBe('3,855.37');
		expect(await figure(page, 'side-jinan_eeb-three_public-2021-budget')).toBe('28.7');
		expect(await figure(page, 'side-muchuan_eeb-total-2022-final')).toBe('833.84');
		expect(await figure(page, 'side-qingyuan_eeb-three_public-2019-final')).toBe('17.06');
		const cell = page
			.getByTestId('side-qingyuan_eeb-three_public-2019-final')
			.locator('xpath=ancestor::td[1]');
		expect(await cell.textContent()).toContain('2019 年决算');
		await page.getByTestId('department-muchuan_eeb').getByRole('link').click();
		await page.waitForURL(/\/departments\/muchuan_eeb$/);
		expect(await figure(page, 'dept-basic-2022-final')).toBe('121.86');
		expect(await figure(page, 'dept-project-2022-final')).toBe('711.98');
		await hydrated(page);
		await page.getByTestId('department-switcher').selectOption('qingyuan_eeb');
		await page.waitForURL(/\/departments\/qingyuan_eeb$/);
		await expect.poll(() => figure(page, 'dept-three_public-2019-final')).toBe('17.06');
		expect(await figure(page, 'dept-three_public-2019-budget')).toBe('27');
		expect(await page.getByTestId('source-qingyuan_eeb_2019_three_public_final').count()).toBe(1);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('English: each department page is prerendered in English', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL, { javaScriptEnabled: false });
		await page.goto(`${baseURL}/en/departments/jinan_eeb`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			"Jin'an District Ecology and Environment Sub-bureau"
		);
		expect(await figure(page, 'dept-total-2021-budget')).toBe('1,250');
		expect(await figure(page, 'dept-three_public-2021-budget')).toBe('28.7');
		await page.goto(`${baseURL}/en/departments`);
		expect(await figure(page, 'side-hengyang_eeb-three_public-2021-final')).toBe('18.4');
		await context.close();
	});
});

describe('sources page', () => {
	it('zh-CN: every source with its citation and the rows it contributed, counted by query', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/sources`);
		expect(await page.getByTestId('sources-count').textContent()).toBe('共 18 个来源');
		const report = page.getByTestId('source-hy_eeb_2022_self_assessment');
		expect(await report.textContent()).toContain('衡阳市生态环境局2022年度部门整体支出绩效自评报告');
		expect(await report.textContent()).toContain('2023-03-18');
		const rows = page.getByTestId('source-hy_eeb_2022_self_assessment-rows');
		expect(await rows.locator('tr[data-table="spending"] td').getAttribute('data-rows')).toBe('102');
		expect(await rows.locator('tr[data-table="projects"] td').textContent()).toBe('8 行');
		expect(await rows.locator('tfoot td').getAttribute('data-rows')).toBe('346');
		// A date the source does not give is said to be missing, never guessed.
		expect(await page.getByTestId('source-qingyuan_eeb_2019_three_public_final').textContent()).toContain(
			'发布日期未注明'
		);
		await hydrated(page);
		await page.getByTestId('select-department').selectOption('qingyuan_eeb');
		await page.waitForURL(/dept=qingyuan_eeb/);
		await expect.poll(() => page.getByTestId('sources-count').textContent()).toBe('共 1 个来源');
		await page.goBack();
		await expect.poll(() => page.getByTestId('sources-count').textContent()).toBe('共 18 个来源');
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('English: titles and counts in English', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/sources`);
		expect(await page.getByTestId('sources-count').textContent()).toBe('18 sources');
		const rows = page.getByTestId('source-gb_3095_2012-rows');
		expect(await rows.locator('tr[data-table="environment"] td').textContent()).toBe('4 rows');
		expect(await page.getByTestId('source-gb_3095_2012').textContent()).toContain(
			'Ambient air quality standards (GB 3095-2012)'
		);
		await context.close();
	});
});
