import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { consoleUrl, grid, openConsole, run, setSql, waitReady } from './sql-helpers';

// Issue 11: the SQL console's chart defaults, float noise and double counting; the audit page's
// overview, folded evidence and "view on the dashboard" highlight. Real figures throughout.
const baseURL = inject('baseURL');
const session = useBrowser();

// Hengyang's final spending by year: 2021 sums to 5393.639999999999 in binary; 2022 is printed in
// the 2022 report and restated in the 2023 one, so without is_primary it counts twice.
const TOTALS = `SELECT fiscal_year, sum(amount_wan) AS total FROM spending
WHERE department_id = 'hengyang_eeb' AND stage = 'final' AND parent_line_id = 'total'
GROUP BY fiscal_year ORDER BY fiscal_year`;
const PRIMARY = TOTALS.replace("parent_line_id = 'total'", "parent_line_id = 'total' AND is_primary");
const BY_STAGE = `SELECT fiscal_year, stage, amount_wan FROM spending
WHERE department_id = 'hengyang_eeb' AND line_id = 'three_public' AND is_primary ORDER BY fiscal_year, stage`;

describe('SQL console: sums and charts', () => {
	it('shows 5393.64 (not 5393.639999999999), warns when is_primary is missing, and not when it is there', async () => {
		const { context, page, log } = await openConsole(session.browser, consoleUrl(baseURL, undefined, 'en'));
		await waitReady(page);
		await setSql(page, TOTALS);
		await run(page);
		expect((await grid(page)).rows).toEqual([
			['2021', '5393.64'],
			['2022', '7710.74']
		]);
		const warning = page.getByTestId('sql-primary-warning');
		expect(await warning.getAttribute('data-tables')).toBe('spending');
		expect(await warning.textContent()).toContain('without filtering on is_primary');
		await setSql(page, PRIMARY);
		await run(page);
		expect((await grid(page)).rows).toEqual([
			['2021', '5393.64'],
			['2022', '3855.37']
		]);
		expect(await page.getByTestId('sql-primary-warning').count()).toBe(0);
		expect(await page.getByTestId('sql-schema-primary').count()).toBeGreaterThan(5);

		// The chart puts fiscal_year on the x axis; the only bar series is the total.
		await page.getByTestId('sql-view-chart').click();
		const x = page.getByTestId('sql-chart-x');
		expect(await x.locator('option:checked').textContent()).toBe('fiscal_year');
		expect(
			await page
				.getByTestId('sql-chart-y')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-column')))
		).toEqual(['total']);
		const table = page.getByTestId('chart-sql-result').locator('table');
		expect(
			await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent?.trim()))
		).toEqual([expect.stringMatching(/^2021\s*5,393\.64$/), expect.stringMatching(/^2022\s*3,855\.37$/)]);
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('splits three-public spending into one series per stage, chosen by default and changeable', async () => {
		const { context, page, log } = await openConsole(session.browser, consoleUrl(baseURL));
		await waitReady(page);
		await setSql(page, BY_STAGE);
		await run(page);
		await page.getByTestId('sql-view-chart').click();
		expect(await page.getByTestId('sql-chart-series').locator('option:checked').textContent()).toBe('stage');
		const figure = page.getByTestId('chart-sql-result');
		const header = await figure.locator('table thead th').allTextContents();
		expect(header.map((h) => h.trim())).toEqual(['fiscal_year', 'final', 'budget_initial']);
		const cells = await figure
			.locator('table tbody tr')
			.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim())));
		expect(cells).toEqual([
			['2021', '18.4', 'NULL'],
			['2022', '28.98', '50']
		]);
		await page.getByTestId('sql-chart-series').selectOption({ label: '（不分组）' });
		expect((await figure.locator('table thead th').allTextContents()).map((h) => h.trim())).toEqual([
			'fiscal_year',
			'amount_wan'
		]);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});

describe('Audit page: overview, folded evidence, highlight on the dashboard', () => {
	it('counts findings by department and severity as the cards below do, and names three to read first', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/en/audit`);
		const overview = page.getByTestId('audit-overview');
		const cards = await page
			.getByTestId('finding')
			.evaluateAll((els) =>
				els.map(
					(e) =>
						`${e.querySelector('.where')?.textContent?.split(' · ')[0] ?? ''}|${e.getAttribute('data-severity')}`
				)
			);
		const rows = await overview.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				name: tr.querySelector('th')?.textContent?.trim() ?? '',
				error: Number(tr.querySelector('[data-severity="error"]')?.textContent),
				warning: Number(tr.querySelector('[data-severity="warning"]')?.textContent),
				note: Number(tr.querySelector('[data-severity="note"]')?.textContent)
			}))
		);
		expect(rows.map((r) => r.name)).toContain('Hengyang Ecology and Environment Bureau');
		for (const row of rows) {
			for (const severity of ['error', 'warning', 'note'] as const) {
				const name = row.name === 'No single department' ? '' : row.name;
				expect(cards.filter((c) => c === `${name}|${severity}`).length, `${row.name} ${severity}`).toBe(
					row[severity]
				);
			}
		}
		const total = Number(await overview.locator('tfoot td').last().textContent());
		expect(total).toBe(cards.length);
		const top = await page
			.getByTestId('audit-top')
			.locator('li')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-finding')));
		expect(top).toHaveLength(3);
		const firstSeverity = await page.locator(`[id="${top[0]}"]`).getAttribute('data-severity');
		expect(firstSeverity).toBe('error');
		expect(await overview.textContent()).toContain('Chosen by severity first');
		expect(log.errors).toEqual([]);
		await context.close();
	});

	it('folds the evidence, opens it from the keyboard, and marks the figure on the dashboard', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/audit`);
		const card = page.locator(
			'[data-testid="finding"][data-rule="parts_sum"][id*="2021-final-three_public"]'
		);
		const evidence = card.getByTestId('finding-evidence');
		expect(await evidence.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await card.getByTestId('finding-left').isVisible()).toBe(false);
		await evidence.locator('summary').focus();
		await page.keyboard.press('Enter');
		expect(await evidence.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await card.getByTestId('finding-left').isVisible()).toBe(true);

		const id = await card.getAttribute('id');
		const href = await card.getByTestId('finding-dashboard').getAttribute('href');
		expect(href).toContain(`highlight=${id}`);
		await card.getByTestId('finding-dashboard').click();
		const marked = page.locator(`[data-highlighted="${id}"]`);
		await expect.poll(() => marked.count(), { timeout: 30000 }).toBeGreaterThan(0);
		const state = await marked.first().evaluate((el) => {
			const box = el.getBoundingClientRect();
			return {
				focused: document.activeElement === el,
				inView: box.top >= 0 && box.bottom <= innerHeight,
				label: getComputedStyle(el, '::before').content,
				outline: getComputedStyle(el).outlineStyle
			};
		});
		expect(state).toEqual({
			focused: true,
			inView: true,
			label: expect.stringContaining('审计发现所指的数字'),
			outline: 'dashed'
		});
		expect(log.errors).toEqual([]);
		await context.close();
	});
});
