import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';

const baseURL = inject('baseURL');
const session = useBrowser();

const REPORT_ZH = '衡阳市生态环境局2022年度部门整体支出绩效自评报告';
const REPORT_EN =
	'Hengyang Ecology and Environment Bureau: 2022 department-wide expenditure performance self-assessment';
const THREE_PUBLIC_2021 = '[data-testid="finding"][data-rule="parts_sum"][id*="2021-final-three_public"]';

/** Waits until the browser's own run of the rules (DuckDB-wasm) is done and agrees with the build. */
async function browserRunAgrees(page: Page): Promise<void> {
	await expect
		.poll(() => page.getByTestId('audit-status').getAttribute('data-state'), { timeout: 45000 })
		.toBe('same');
}

async function sideTexts(card: Locator, side: 'left' | 'right') {
	const box = card.getByTestId(`finding-${side}`);
	return {
		value: (await box.locator('.value').textContent())?.trim(),
		source: (await box.getByTestId('citation-source').textContent())?.trim(),
		locator: (await box.getByTestId('citation-locator').textContent())?.trim(),
		excerpt: (await box.getByTestId('citation-excerpt').textContent())?.trim()
	};
}

describe('the audit page in zh-CN', () => {
	it('lists the 37 findings by severity, with both sides’ figures and citations, rechecked in the browser', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/audit`);
		await browserRunAgrees(page);
		expect(await page.getByTestId('finding').count()).toBe(37);
		expect(await page.getByTestId('group-error').getByTestId('finding').count()).toBe(10);
		expect(await page.getByTestId('group-warning').getByTestId('finding').count()).toBe(9);
		expect(await page.getByTestId('group-note').getByTestId('finding').count()).toBe(18);

		const card = page.locator(THREE_PUBLIC_2021);
		expect(await card.getByTestId('finding-explanation').textContent()).toBe(
			'三公经费（2021 年决算）所列合计为 18.4 万元，而列出的各部分只合计 17.57 万元，差 0.83 万元。除非原表省略了某些行（“……”），否则合计或某个部分有误。'
		);
		expect(await sideTexts(card, 'left')).toEqual({
			value: '18.4 万元',
			source: REPORT_ZH,
			locator: '附件1 / 经费控制情况 / 三公经费 / 2021年决算数',
			excerpt: '“三公经费 18.4 50 28.98”'
		});
		const right = await sideTexts(card, 'right');
		expect(right.value).toBe('17.57 万元');
		expect(right.source).toBe(REPORT_ZH);
		expect(right.locator).toContain('附件1 / 经费控制情况 / 1、公务用车购置和维护经费 / 2021年决算数');
		expect(right.excerpt).toContain('1、公务用车购置和维护经费 10.28 24 22.49');
		expect(await card.locator('.formula code').textContent()).toBe('10.28 + 0 + 7.29');
		expect(await card.getByTestId('finding-difference').textContent()).toBe('0.83 万元');

		// The execution rate: stated 100%, recomputed 9.97 ÷ 10 = 99.7%.
		const rate = page.locator('[data-testid="finding"][data-rule="execution_rounded_up"]');
		expect(await rate.getByTestId('finding-left').locator('.value').textContent()).toBe('100%');
		expect(await rate.getByTestId('finding-right').locator('.value').textContent()).toBe('99.7%');

		// Coverage beside the findings, from the browser's own run: what was compared, what was not.
		expect(await page.getByTestId('audit-coverage-summary').textContent()).toBe(
			'35 条规则中 28 条在这些数据上比较了数字，7 条有数字未能比较（展开看每条规则）'
		);
		await page.getByTestId('audit-coverage-summary').click();
		const projects = page.locator('[data-testid="audit-coverage"] tr[data-rule="project_vs_line"]');
		expect(await projects.textContent()).toContain(
			'8 个项目与其基础表科目——部门：衡阳市生态环境局；年度：2022；表格：hy_eeb_2022_self_assessment。'
		);
		const funding = page.locator('[data-testid="audit-coverage"] tr[data-rule="funding_score_vs_rate"]');
		expect(await funding.textContent()).toContain('8 个项目资金执行得分未填');
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});

	it('filters by severity and rule through the URL', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/audit`);
		await browserRunAgrees(page);
		await page.getByTestId('filter-severity').selectOption('error');
		await page.waitForURL(/severity=error/);
		await expect.poll(() => page.getByTestId('finding').count()).toBe(10);
		await page.getByTestId('filter-rule').selectOption('execution_rate');
		await page.waitForURL(/rule=execution_rate/);
		await expect.poll(() => page.getByTestId('finding').count()).toBe(2);
		await page.goto(`${baseURL}/audit?rule=project_vs_line`);
		await expect.poll(() => page.getByTestId('finding').count()).toBe(4);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('exports exactly the findings shown as CSV, formula-like cells neutralised', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/audit?severity=error`);
		await browserRunAgrees(page);
		await expect.poll(() => page.getByTestId('finding').count()).toBe(10);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('download-csv').click()
		]);
		const text = await readFile((await download.path())!, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		const header = rows[0]!;
		expect(header.slice(0, 4)).toEqual(['finding_id', 'rule_id', 'rule', 'severity']);
		const cards = page.getByTestId('finding');
		const shown = await cards.evaluateAll((nodes) =>
			nodes.map((n) => ({
				id: n.id,
				left: n.querySelector('[data-testid="finding-left"] .value')?.getAttribute('data-value'),
				right: n.querySelector('[data-testid="finding-right"] .value')?.getAttribute('data-value'),
				difference: n.querySelector('[data-testid="finding-difference"]')?.getAttribute('data-value'),
				explanation: n.querySelector('[data-testid="finding-explanation"]')?.textContent
			}))
		);
		// Long form: one row per finding and figure, the findings in the order shown.
		const column = (name: string) => header.indexOf(name);
		const body = rows.slice(1);
		expect([...new Set(body.map((r) => r[column('finding_id')]))]).toEqual(shown.map((s) => s.id));
		for (const card of shown) {
			const mine = body.filter((r) => r[column('finding_id')] === card.id);
			// Number cells parse back to the card's numbers: never a neutralised text.
			const value = (role: RegExp) =>
				mine.filter((r) => role.test(r[column('role')] ?? '')).map((r) => Number(r[column('value')]));
			expect(value(/^(stated|computed)$/)[0]).toBe(Number(card.left));
			expect(value(/^(compared|computed)$/).at(-1)).toBe(Number(card.right));
			if (card.difference) expect(value(/^difference$/)).toEqual([Number(card.difference)]);
			expect(mine.every((r) => r[column('message')] === card.explanation)).toBe(true);
		}
		// 项目支出 2022: the difference 888.43 − 2838.89 is negative and stays a number (issue 13):
		// only text that starts with = + - @ is neutralised.
		expect(text).toMatch(/,-1950\.46(,|\r?\n)/);
		expect(text).not.toContain("'-1950.46");
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('the audit page in English', () => {
	it('explains the same finding in English with both citations', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/audit`);
		await browserRunAgrees(page);
		const card = page.locator(THREE_PUBLIC_2021);
		expect(await card.getByTestId('finding-explanation').textContent()).toBe(
			'The stated total of three public expenses (2021, final accounts) is 18.4 (CNY 10k), but the listed parts add up to only 17.57 (CNY 10k), 0.83 (CNY 10k) less. Unless the source leaves rows out (“……”), the total or a part is wrong.'
		);
		const left = await sideTexts(card, 'left');
		expect(left).toMatchObject({ value: '18.4 (CNY 10k)', source: REPORT_EN });
		expect(left.locator).toBe('附件1 / 经费控制情况 / 三公经费 / 2021年决算数');
		expect((await sideTexts(card, 'right')).source).toBe(REPORT_EN);
		const pm10 = page.locator('[data-testid="finding"][data-rule="indicator_vs_environment"][id*="pm10"]');
		expect(await pm10.getByTestId('finding-explanation').textContent()).toContain(
			'the performance table gives the actual as 49 µg/m³, the report’s body text as 48 µg/m³'
		);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('badges on the dashboard', () => {
	it('the overview marks 三公经费 2021 (18.4) and 项目支出 888.43 in the prerendered HTML', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL, { javaScriptEnabled: false });
		await page.goto(`${baseURL}/`);
		const previous = page.getByTestId('three-public-previous-audit');
		expect(await previous.getAttribute('data-severity')).toBe('error');
		expect(await previous.getAttribute('data-findings')).toContain(
			'parts_sum-hengyang_eeb-2021-final-three_public'
		);
		expect(await page.getByTestId('three-public-previous').locator('summary .value').textContent()).toBe(
			'18.4 万元'
		);
		const project = page.getByTestId('project-audit');
		expect(await project.getAttribute('data-severity')).toBe('error');
		expect(await project.getAttribute('aria-label')).toContain('单个部分大于整体');
		// 2022 三公经费 adds up: no badge.
		expect(await page.getByTestId('three-public-audit').count()).toBe(0);
		expect(await page.getByTestId('card-pm10-value-audit').getAttribute('data-severity')).toBe('warning');
		await context.close();
	});

	it('a badge leads to its finding on the audit page', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en`);
		await page.getByTestId('three-public-previous-audit').click();
		await page.waitForURL(/\/en\/audit\?dept=hengyang_eeb&year=2021#parts_sum-/);
		const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
		await expect.poll(() => page.locator(`[id="${id}"]`).isVisible()).toBe(true);
		expect(
			await page.locator(`[id="${id}"]`).getByTestId('finding-left').locator('.value').textContent()
		).toBe('18.4 (CNY 10k)');
		await expect.poll(() => page.getByTestId('finding').count()).toBeLessThan(37);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('the rules page', () => {
	it('lists every rule in plain language with its SQL as text', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/audit/rules`);
		// 26 rules + 9 for the standard tables, project restatements and scoring (issue 12).
		expect(await page.getByTestId('rule').count()).toBe(35);
		const rule = page.locator('[data-testid="rule"][data-rule="control_rate"]');
		expect(await rule.textContent()).toContain('实际在职人数 ÷ 编制数');
		expect(await rule.getByTestId('rule-findings').textContent()).toBe('内置数据中的发现：1 条');
		const sql = await rule.getByTestId('rule-sql').textContent();
		expect(sql).toContain("WHERE r.metric = 'control_rate'");
		expect(await rule.getByTestId('rule-sql').locator('*').count()).toBe(1); // <code> only, no markup from the SQL
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('accessibility', () => {
	it.each(['/audit', '/en/audit', '/audit/rules', '/en/audit/rules'])(
		'%s has no WCAG 2 A/AA violation (axe-core)',
		async (path) => {
			const { context, page } = await watchedPage(session.browser, baseURL);
			await page.goto(`${baseURL}${path}`);
			if (path.endsWith('/audit')) await browserRunAgrees(page);
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
			await context.close();
		},
		// The browser re-run of every rule and its coverage, then axe over ~40 findings: slow on a busy machine.
		120000
	);
});
