import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { a11yAndPhoneTests, figureText, waitForData } from './env-helpers';

const baseURL = inject('baseURL');
const session = useBrowser();

const TRADING = 'emission_trading_center';
const REDUCTION = 'emission_reduction';
const PROJECT_PAGE = '/projects/hengyang_eeb/2022/emission_trading_center';

async function rowFigures(page: Page, project: string) {
	const cols = ['budget_initial', 'budget_full_year', 'executed', 'rate_stated', 'rate_recomputed', 'score'];
	return Promise.all(cols.map((c) => figureText(page, `${project}-${c}`)));
}

const underFlag = (page: Page, project: string) =>
	page.getByTestId(`project-${project}`).getAttribute('data-under');

describe('projects page in zh-CN', () => {
	it('shows every 附件3 figure, the stated rate and the recomputed rate marked derived', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('衡阳市生态环境局 2022');
		expect(await page.getByTestId('projects-table').locator('tbody tr').count()).toBe(8);
		expect(await page.getByTestId(`project-${TRADING}`).locator('th').textContent()).toContain(
			'排污权交易中心工作经费'
		);
		expect(await rowFigures(page, TRADING)).toEqual(['10', '10', '9.97', '100%', '99.7%', '100']);
		expect(await rowFigures(page, REDUCTION)).toEqual(['27', '27', '26.36', '100%', '97.6%', '100']);
		const recomputed = page.getByTestId(`${TRADING}-rate_recomputed`);
		expect(await recomputed.locator('.tag').textContent()).toBe('推算');
		await recomputed.locator('summary').click();
		expect(await recomputed.locator('.citation').textContent()).toContain('9.97 ÷ 10 × 100');
		await recomputed.locator('summary').click();
		// 附件1 and 附件3 side by side, labelled, never merged: 重点污染源 executed 25 vs final 15.23.
		expect(await figureText(page, 'key_source_monitoring_center-executed')).toBe('25');
		expect(await figureText(page, 'key_source_monitoring_center-line_final')).toBe('15.23');
		expect(await page.getByTestId('key_source_monitoring_center-differs').count()).toBe(1);
		expect(await page.getByTestId(`${TRADING}-differs`).count()).toBe(0);
		const finalCell = page.getByTestId('key_source_monitoring_center-line_final');
		await finalCell.locator('summary').click();
		expect(await finalCell.locator('.citation').textContent()).toContain('附件1');
		await waitForData(page);
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});

	it('flags under-execution against the threshold the reader sets, in text, and keeps it in the URL', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		await waitForData(page);
		expect(await underFlag(page, TRADING)).toBe('false');
		const threshold = page.getByTestId('threshold');
		await threshold.fill('99');
		await page.waitForURL(/threshold=99(&|$)/);
		expect(await underFlag(page, TRADING)).toBe('false');
		expect(await underFlag(page, REDUCTION)).toBe('true');
		await threshold.fill('99.8');
		await page.waitForURL(/threshold=99\.8/);
		expect(await underFlag(page, TRADING)).toBe('true');
		expect(await page.getByTestId(`${TRADING}-flag-rate_recomputed`).textContent()).toBe('⚠ 低于阈值');
		expect(await page.getByTestId(`${TRADING}-flag-rate_stated`).count()).toBe(0);
		// The chart marks the flagged project in its label, not by colour alone.
		await page.getByTestId('chart-projects-funding').locator('details summary').first().click();
		const tableText = await page.getByTestId('chart-projects-funding').locator('table').textContent();
		expect(tableText).toContain('⚠ 排污权交易中心工作经费');

		// A copied link reproduces the view in a fresh context.
		const url = page.url();
		const fresh = await watchedPage(session.browser, baseURL);
		await fresh.page.goto(url);
		// The threshold applies once the page has hydrated, after first paint (maybe after load).
		await expect.poll(() => underFlag(fresh.page, TRADING), { timeout: 15000 }).toBe('true');
		expect(await fresh.page.getByTestId('threshold').inputValue()).toBe('99.8');
		await fresh.context.close();
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('sorts by column header buttons (keyboard too) with aria-sort, and filters', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		await waitForData(page);
		const firstRow = () =>
			page.getByTestId('projects-table').locator('tbody tr').first().getAttribute('data-testid');
		const header = page.getByTestId('sort-rate_recomputed');
		await header.click();
		await page.waitForURL(/sort=rate_recomputed&dir=asc/);
		expect(await header.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
		expect(await firstRow()).toBe('project-air_monitoring_network');
		await header.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/dir=desc/);
		expect(await header.locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
		expect(await page.getByTestId('sort-executed').locator('xpath=..').getAttribute('aria-sort')).toBeNull();
		await page.goBack();
		await expect.poll(() => header.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');

		await page.getByTestId('threshold').fill('99');
		await page.getByTestId('filter-under').check();
		await page.waitForURL(/under=1/);
		expect(await page.getByTestId('projects-table').locator('tbody tr').count()).toBe(2);
		expect(await page.getByTestId('project-count').textContent()).toContain('显示 2 / 8 个项目');
		await page.getByTestId('filter-under').uncheck();
		await page.getByTestId('filter-name').fill('排污权');
		await expect.poll(() => page.getByTestId('projects-table').locator('tbody tr').count()).toBe(1);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('switches department through DuckDB-wasm and says when a department has no project tables', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		await waitForData(page);
		await page.getByTestId('select-department').selectOption('muchuan_eeb');
		await page.waitForURL(/dept=muchuan_eeb/);
		await expect.poll(() => page.getByTestId('projects-empty').count()).toBe(1);
		expect(await page.getByTestId('projects-empty').textContent()).toContain('没有该部门');
		expect(await page.getByTestId('data-status').getAttribute('data-state')).toBe('ready');
		await page.goBack();
		await expect.poll(() => page.getByTestId('projects-table').locator('tbody tr').count()).toBe(8);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('prerenders the table and the chart SVG without JavaScript', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL, { javaScriptEnabled: false });
		await page.goto(`${baseURL}/projects`);
		expect(await rowFigures(page, TRADING)).toEqual(['10', '10', '9.97', '100%', '99.7%', '100']);
		// One prerendered chart, laid out twice (desktop and phone; CSS shows the one that fits).
		const chart = page.getByTestId('chart-projects-funding-static');
		expect(await chart.locator('svg.chart-layouts').count()).toBe(1);
		expect(await chart.locator('svg.chart-layout-wide').count()).toBe(1);
		expect(await chart.locator('svg.chart-layout-narrow').count()).toBe(1);
		expect(await page.getByTestId('chart-projects-funding-static').textContent()).toContain(
			'决算数（附件1）'
		);
		await context.close();
	});
});

describe('projects page in English', () => {
	it('shows the same figures with English labels and units', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/projects`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.getByTestId(`project-${TRADING}`).locator('th').textContent()).toContain(
			'emission rights trading centre work funds'
		);
		expect(await rowFigures(page, TRADING)).toEqual(['10', '10', '9.97', '100%', '99.7%', '100']);
		expect(await rowFigures(page, REDUCTION)).toEqual(['27', '27', '26.36', '100%', '97.6%', '100']);
		await waitForData(page);
		await page.getByTestId('threshold').fill('99.8');
		await page.waitForURL(/threshold=99\.8/);
		expect(await page.getByTestId(`${TRADING}-flag-rate_recomputed`).textContent()).toBe('⚠ below threshold');
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('project page', () => {
	it('shows every indicator row with its weight and score, the funding row and the stated total', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}${PROJECT_PAGE}`);
		expect(await page.getByTestId('project-title').textContent()).toBe('排污权交易中心工作经费');
		expect(await page.getByTestId('project-goal').textContent()).toContain('排污权有偿使用费征缴任务');
		expect(await figureText(page, 'funding-budget-initial')).toBe('10 万元');
		expect(await figureText(page, 'funding-executed')).toBe('9.97 万元');
		expect(await figureText(page, 'funding-rate-stated')).toBe('100%');
		expect(await figureText(page, 'funding-rate-recomputed')).toBe('99.7%');
		expect(await figureText(page, 'funding-weight')).toBe('10');
		expect(await page.getByTestId('funding-score').textContent()).toBe('空白');
		expect(await figureText(page, 'line-final')).toBe('9.97 万元');
		const rows = page.getByTestId('indicator-table').locator('tbody tr');
		expect(await rows.count()).toBe(9);
		const first = page.getByTestId('indicator-1');
		expect(await first.textContent()).toContain('产出指标（50 分）');
		expect(await first.textContent()).toContain('工作完成率');
		expect(await first.locator('[data-col="weight"] summary .value').textContent()).toBe('15');
		expect(await first.locator('[data-col="score"] summary .value').textContent()).toBe('15');
		const satisfaction = page.getByTestId('indicator-9');
		expect(await satisfaction.locator('[data-col="target"]').textContent()).toBe('达到95%以上');
		expect(await satisfaction.locator('[data-col="actual"]').textContent()).toBe('100%');
		expect(await satisfaction.locator('[data-col="weight"] summary .value').textContent()).toBe('10');
		expect(await page.getByTestId('indicator-5').locator('[data-col="weight"]').textContent()).toContain(
			'空白'
		);
		expect(await figureText(page, 'total-weight')).toBe('100');
		expect(await figureText(page, 'total-score')).toBe('100');
		expect(await figureText(page, 'weight-sum')).toBe('100');
		expect(await page.getByTestId('weight-sum').locator('.tag').textContent()).toBe('推算');
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		await context.close();
	});

	it('is reached from the list and switches language on the same project', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		await page.getByTestId(`project-link-${REDUCTION}`).click();
		await page.waitForURL(/\/projects\/hengyang_eeb\/2022\/emission_reduction$/);
		expect(await page.getByTestId('project-title').textContent()).toBe('减排工作经费');
		expect(await figureText(page, 'funding-rate-recomputed')).toBe('97.6%');
		await page.getByTestId('lang-switch').click();
		await page.waitForURL(/\/en\/projects\/hengyang_eeb\/2022\/emission_reduction$/);
		expect(await page.getByTestId('project-title').textContent()).toBe('emission reduction work funds');
		expect(await page.getByTestId('indicator-1').textContent()).toContain('output indicators (50 points)');
		expect(await figureText(page, 'funding-executed')).toBe('26.36 (CNY 10k)');
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('projects accessibility and phone layout', () => {
	a11yAndPhoneTests(
		session,
		baseURL,
		['/projects', '/en/projects', PROJECT_PAGE, `/en${PROJECT_PAGE}`],
		[
			['/projects', 'projects-zh-pixel7'],
			['/en/projects?threshold=99.8', 'projects-en-pixel7'],
			[PROJECT_PAGE, 'project-zh-pixel7'],
			[`/en${PROJECT_PAGE}`, 'project-en-pixel7']
		]
	);
});
