// The real published tables in ../shared/real/standard-tables (never copied into the repo), read
// for tests as UTF-8 CSV into sheets. Tests skip with a message when the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { sheetFromText } from '../sheet';
import type { Sheet } from '../types';

export const STANDARD_TABLES = resolve(process.cwd(), '../shared/real/standard-tables');
export const HAVE_STANDARD_TABLES = existsSync(join(STANDARD_TABLES, 'README.md'));
export const SKIP_MESSAGE = `../shared/real/standard-tables is absent (looked in ${STANDARD_TABLES}): real-table tests skipped`;

export const REAL_FILES = {
	summary: 'changjiang-basin-bureau-undated-budget-income-expenditure-summary.csv',
	byUnit: 'changjiang-basin-bureau-undated-budget-income-by-unit.csv',
	byFunction: 'changjiang-basin-bureau-undated-budget-expenditure-by-function.csv',
	dazhou: 'dazhou-ring-road-maintenance-center-2014-budget-three-public-expenses.csv',
	dazhu: 'dazhu-county-science-bureau-2014-budget-three-public-expenses.csv',
	xianning: 'xianning-eco-env-bureau-2021-transfer-payment-performance-self-evaluation.csv'
} as const;

/** One real CSV as a sheet named after the file; rows numbered by record (these files have no quoted newlines). */
export function realSheet(file: string): Sheet {
	const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(STANDARD_TABLES, file)));
	const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: ',' });
	return sheetFromText(file, parsed.data);
}
