import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	TABLE_NAMES,
	csvFileName,
	decodeCsvBytes,
	isTableName,
	type DatasetInput,
	type Problem,
	type TableName
} from '../../src/lib/model/index';
import { fileUnknown } from '../../src/lib/model/messages-file';

export interface Inputs {
	readonly input: DatasetInput;
	/** Tables whose file exists but could not be decoded. */
	readonly refused: TableName[];
	/** Problems found before validation: unknown files, files that are not UTF-8. */
	readonly problems: Problem[];
}

/** A path as shown in messages: relative to the working directory, with forward slashes. */
export function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return (relative === '' || relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

/** Read every `<table>.csv` of `inputDir`; other .csv files are reported, not read. */
export async function readInputs(inputDir: string): Promise<Inputs> {
	const names = (await readdir(inputDir)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
	const input: { [N in TableName]?: { file: string; text: string } } = {};
	const refused: TableName[] = [];
	const problems: Problem[] = [];
	const known = TABLE_NAMES.map(csvFileName);
	for (const name of names) {
		const file = displayPath(path.join(inputDir, name));
		const table = name.slice(0, -'.csv'.length);
		if (!isTableName(table) || name !== csvFileName(table)) {
			problems.push({ file, line: null, column: null, ...fileUnknown(known) });
			continue;
		}
		const decoded = decodeCsvBytes(file, await readFile(path.join(inputDir, name)));
		if ('text' in decoded) input[table] = decoded;
		else {
			refused.push(table);
			problems.push(decoded);
		}
	}
	return { input, refused, problems };
}
