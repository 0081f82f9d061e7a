// The rows an output folder already holds (data/ or a fresh folder), read once before an import
// appends to it: new rows go at the end, in the file's own column order, existing ones stay.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvFileName, csvObjects, type TableName } from '../../src/lib/model/index';
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
	const { header, rows } = csvObjects(text);
	return { header, rows, needsNewline: text.length > 0 && !text.endsWith('\n') };
}
