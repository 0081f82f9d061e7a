// A reader's import put straight into the site's own storage (IndexedDB, as addImport does), so
// e2e tests see every page with imported data without driving the /import form each time.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ImportBundle } from '../../src/lib/import/bundle';
import { bundleOf } from '../helpers/import-bundle';

/**
 * Puts a bundle into the site's IndexedDB store, as addImport does, then reloads. Its Blobs cross
 * into the page as text and become Blobs again there (evaluate's arguments are JSON).
 */
export async function keep(page: Page, bundle: ImportBundle): Promise<void> {
	const parts = await Promise.all(
		bundle.parts.map(async (part) => ({
			...part,
			contract: await part.contract.text(),
			normalised: await part.normalised.text()
		}))
	);
	await page.evaluate(
		async (sent) => {
			const type = 'text/csv;charset=utf-8';
			const value = {
				...sent,
				parts: sent.parts.map((part) => ({
					...part,
					contract: new Blob([part.contract], { type }),
					normalised: new Blob([part.normalised], { type })
				}))
			};
			await new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('mingjing', 1);
				request.onupgradeneeded = () => request.result.createObjectStore('imports', { keyPath: 'id' });
				request.onsuccess = () => {
					const tx = request.result.transaction('imports', 'readwrite');
					tx.objectStore('imports').put(value);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			});
		},
		{ ...bundle, parts }
	);
	await page.reload();
}

const STANDARD_TABLES = '../shared/real/standard-tables';
export const CHANGJIANG_FILES = [
	'changjiang-basin-bureau-undated-budget-expenditure-by-function.csv',
	'changjiang-basin-bureau-undated-budget-income-by-unit.csv'
] as const;
export const CHANGJIANG = '生态环境部长江流域生态环境监督管理局';
export const HAVE_CHANGJIANG = CHANGJIANG_FILES.every((f) => existsSync(join(STANDARD_TABLES, f)));

/**
 * The Changjiang basin bureau's published 支出总表 and 收入总表 (../shared/real, never copied into
 * the repository), imported as a reader does on /import: the tables print neither the department
 * nor the year nor the unit, so the reader gives them (the year as the importer's own tests of
 * these files do: the page shows none).
 */
export async function changjiangBundle(): Promise<ImportBundle> {
	const options = { department: CHANGJIANG, year: 2020, stage: 'budget', unit: '万元' } as const;
	const files = await Promise.all(
		CHANGJIANG_FILES.map(async (name) => ({
			name,
			bytes: new Uint8Array(await readFile(join(STANDARD_TABLES, name))),
			options
		}))
	);
	return bundleOf(files, 'e2e-changjiang');
}
