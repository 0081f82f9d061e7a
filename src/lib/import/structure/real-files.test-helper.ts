// The real published tables in ../shared/real/standard-tables (never copied into the repo), read
// for tests with the project's own reader. Tests skip with a message when the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openWorkbook } from '../read/index';
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

/** One real CSV as the reader opens it (encoding and delimiter detected), its only sheet. */
export async function realSheet(file: string): Promise<Sheet> {
	const read = await openWorkbook(file, new Uint8Array(readFileSync(join(STANDARD_TABLES, file))));
	const sheet = read.workbook?.sheets[0];
	if (sheet === undefined)
		throw new Error(`${file}: not read (${read.problems.map((p) => p.message.en).join('; ')})`);
	if (read.workbook?.encoding !== 'utf-8' || read.workbook.delimiter !== ',')
		throw new Error(`${file}: read as ${read.workbook?.encoding} / ${read.workbook?.delimiter}`);
	return sheet;
}
