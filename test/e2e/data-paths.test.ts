import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';

const baseURL = inject('baseURL');
const session = useBrowser();

describe('data loading paths', () => {
	it('the attached DuckDB files and the CSV (DuckDB reader) give the same table, for every table', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/data`);
		await expect
			.poll(() => page.getByTestId('data-status').getAttribute('data-state'), { timeout: 30000 })
			.toBe('ready');
		// DuckDB reports itself locked: no external access, configuration locked, no extension loading.
		const settings = await page
			.getByTestId('security-state')
			.locator('li')
			.evaluateAll((items) =>
				items.map((li) => [li.getAttribute('data-setting'), li.getAttribute('data-value')])
			);
		expect(settings).toEqual([
			['external_access', 'false'],
			['lock_configuration', 'true'],
			['autoload', 'false']
		]);
		await page.getByTestId('verify-paths').click();
		const results = page.getByTestId('verify-results').locator('li');
		// Every table of the real build ships a CSV (all are under the CSV size limit): all ten compared.
		await expect.poll(() => results.count(), { timeout: 30000 }).toBe(10);
		const rows = await results.evaluateAll((items) =>
			items.map((li) => [li.getAttribute('data-table'), li.getAttribute('data-identical')])
		);
		for (const [table, identical] of rows) expect(identical, `table ${table}`).toBe('true');
		// The spending table in the catalog has the row count DuckDB loaded.
		const spending = await page.locator('tr[data-table="spending"] [data-testid="row-count"]').textContent();
		expect(Number(spending?.replace(/,/g, ''))).toBeGreaterThan(50);
		expect(log.errors).toEqual([]);
		expect(log.foreignRequests).toEqual([]);
		await context.close();
	});
});
