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

/** The chart CSV's columns (docs/exports.md). */
export const CHART_COLUMNS = [
	'chart',
	'department_id',
	'department',
	'year',
	'stage',
	'series',
	'category',
	'value',
	'unit',
	'source_id',
	'locator'
];

function numbersIn(cell: string): number[] {
	return [...cell.matchAll(/-?\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

/**
 * A chart CSV's rows against the chart's data table (header row and label column left out): one
 * row per number shown, and every exported value a number the table shows.
 */
export function expectCsvIsTable(records: string[][], table: string[][]): void {
	const cells = table
		.slice(1)
		.flatMap((r) => r.slice(1))
		.filter((cell) => numbersIn(cell).length > 0);
	expect(records).toHaveLength(cells.length);
	const shown = new Set(cells.flatMap((cell) => numbersIn(cell)));
	const value = CHART_COLUMNS.indexOf('value');
	expect(records.filter((r) => !shown.has(Number(r[value])))).toEqual([]);
}
