import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The text of a figure (its summary value) by test id, e.g. `2,966.94 万元`. */
export async function figure(page: Page, testid: string): Promise<string> {
	return (await page.getByTestId(testid).locator('summary .value').first().textContent())?.trim() ?? '';
}

/** Waits until the page's DuckDB is ready (interaction available). */
export async function dataReady(page: Page): Promise<void> {
	await expect
		.poll(() => page.getByTestId('data-status').first().getAttribute('data-state'), { timeout: 30000 })
		.toBe('ready');
}

/** Waits until the page has hydrated (the copy-link button says so once it is live). */
export async function hydrated(page: Page): Promise<void> {
	await expect
		.poll(() => page.getByTestId('copy-link').first().getAttribute('data-hydrated'), { timeout: 15000 })
		.toBe('true');
}

/** The cells of a rendered table (header row first), as the reader sees them. */
export async function tableCells(page: Page, selector: string): Promise<string[][]> {
	return page
		.locator(selector)
		.evaluate((table) =>
			[...table.querySelectorAll('tr')].map((tr) =>
				[...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())
			)
		);
}
