// `--out DIR`: imported rows appended to DIR's contract CSVs (data/ or a fresh folder). Existing
// rows are never rewritten: new rows go at the end, in the file's own column order.
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { TABLES, csvFileName, parseCsv, type TableName } from '../../src/lib/model/index';
import { completeRow } from '../../src/lib/import/contract-check';
import { mergeRows, type MergeOutcome } from '../../src/lib/import/merge';
import type { ContractRow } from '../../src/lib/import/types';

export interface HeldTable {
	readonly header: readonly string[] | null;
	readonly rows: ContractRow[];
	/** The file ends without a line break (we add one before appending). */
	readonly needsNewline: boolean;
}

export async function readHeld(dir: string, table: TableName): Promise<HeldTable> {
	const file = path.join(dir, csvFileName(table));
	if (!existsSync(file)) return { header: null, rows: [], needsNewline: false };
	const text = await readFile(file, 'utf8');
	const [head, ...records] = parseCsv(text).records;
	const header = head?.fields ?? null;
	const rows = records
		.filter((record) => record.fields.some((field) => field !== ''))
		.map((record) => Object.fromEntries((header ?? []).map((name, i) => [name, record.fields[i] ?? ''])));
	return { header, rows, needsNewline: text.length > 0 && !text.endsWith('\n') };
}

function csvLines(header: readonly string[], rows: readonly ContractRow[]): string {
	if (rows.length === 0) return '';
	const data = rows.map((row) => header.map((name) => row[name] ?? ''));
	return `${Papa.unparse({ fields: [...header], data }, { header: false, newline: '\n', escapeFormulae: false })}\n`;
}

/** Merge one table's imported rows into DIR; returns what was added, left out, restated. */
export async function writeTable(dir: string, table: TableName, incoming: readonly ContractRow[]): Promise<MergeOutcome> {
	const held = await readHeld(dir, table);
	const complete = incoming.map((row) => completeRow(table, row));
	const outcome = mergeRows(table, held.rows.map((row) => completeRow(table, row)), complete);
	if (outcome.added.length === 0) return outcome;
	await mkdir(dir, { recursive: true });
	const file = path.join(dir, csvFileName(table));
	if (held.header === null) {
		const header = TABLES[table].columns.map((column) => column.name);
		await writeFile(file, `${header.join(',')}\n${csvLines(header, outcome.added)}`, 'utf8');
	} else {
		await appendFile(file, (held.needsNewline ? '\n' : '') + csvLines(held.header, outcome.added), 'utf8');
	}
	return outcome;
}
