// Helpers of test/e2e/import-page.test.ts: the /import page opened and watched, files given through
// its file input, a file's card, and the downloaded CSV appended to a copy of data/ as --out does.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { watchedPage, type PageLog } from './browser';
import { parseCsv } from '../../src/lib/model/index';

export const DIR = path.resolve('tmp/import-page');
export const file = (name: string) => path.join(DIR, name);

/** Every request the page made, with what it carried. */
export function recordRequests(page: Page): Request[] {
	const requests: Request[] = [];
	page.context().on('request', (request) => requests.push(request));
	return requests;
}

export async function openImportWith(
	browser: Browser,
	baseURL: string,
	prefix = ''
): Promise<{ page: Page; log: PageLog; requests: Request[]; close: () => Promise<void> }> {
	const { context, page, log } = await watchedPage(browser, baseURL, { acceptDownloads: true });
	const requests = recordRequests(page);
	await page.goto(`${baseURL}${prefix}/import`);
	await expect
		.poll(() => page.getByTestId('import-drop').getAttribute('data-hydrated'), { timeout: 15000 })
		.toBe('true');
	return { page, log, requests, close: () => context.close() };
}

export async function give(page: Page, ...names: string[]): Promise<void> {
	await page
		.getByTestId('import-input')
		.setInputFiles(names.map((name) => (name.includes('/') ? name : file(name))));
}

export function card(page: Page, name: string) {
	return page.locator(`[data-testid="import-file"][data-file="${name}"]`);
}

export async function settled(page: Page, name: string, status = 'done', timeout = 30000): Promise<void> {
	await expect.poll(() => card(page, name).getAttribute('data-status'), { timeout }).toBe(status);
}

export async function previewCells(page: Page, name: string, column: string): Promise<string[]> {
	return card(page, name)
		.locator(`[data-testid="import-preview"] td[data-column="${column}"]`)
		.allTextContents();
}

/** No request carried a file: no body at all, no file name in a URL, nothing to another origin. */
export function expectNothingUploaded(
	requests: readonly Request[],
	log: PageLog,
	names: readonly string[]
): void {
	expect(log.foreignRequests).toEqual([]);
	expect(
		requests.filter((request) => (request.postDataBuffer()?.length ?? 0) > 0).map((r) => r.url())
	).toEqual([]);
	expect(
		requests.filter((request) =>
			names.some((name) => decodeURIComponent(request.url()).includes(name.replace(/\.\w+$/, '')))
		)
	).toEqual([]);
	expect(requests.every((request) => ['GET', 'HEAD'].includes(request.method()))).toBe(true);
}

/** As `npm run import --out` appends: the downloaded rows in the held file's own column order. */
export async function appendTable(target: string, downloaded: string): Promise<void> {
	const [head, ...records] = parseCsv(downloaded).records;
	const names = head?.fields ?? [];
	const held = await readFile(target, 'utf8');
	const order = parseCsv(held).records[0]?.fields ?? names;
	const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
	const lines = records.map((record) => {
		const row = Object.fromEntries(names.map((name, i) => [name, record.fields[i] ?? '']));
		return order.map((name) => cell(row[name] ?? '')).join(',');
	});
	await writeFile(target, `${held}${held.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`);
}
