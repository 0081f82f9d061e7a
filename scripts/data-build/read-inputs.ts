import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	TABLE_NAMES,
	csvFileName,
	decodeCsvBytes,
	isTableName,
	type CsvInput,
	type DatasetInput,
	type Problem,
	type TableName
} from '../../src/lib/model/index';
import { fileUnknown } from '../../src/lib/model/messages-file';
import { parquetAsCsv } from './parquet-input';

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

function tableOf(name: string): { table: TableName; format: 'csv' | 'parquet' } | null {
	const match = /^(.*)\.(csv|parquet)$/.exec(name);
	if (match === null) return null;
	const [, table = '', format] = match;
	return isTableName(table) ? { table, format: format === 'parquet' ? 'parquet' : 'csv' } : null;
}

function fileProblem(
	file: string,
	code: Problem['code'],
	message: Problem['message'],
	fix: Problem['fix']
): Problem {
	return { file, line: null, column: null, code, message, fix };
}

/**
 * Read every `<table>.csv` and `<table>.parquet` of `inputDir` (a Parquet is validated like the
 * CSV, its row N + 1 as line N + 1); other .csv/.parquet files are reported, not read.
 */
export async function readInputs(inputDir: string): Promise<Inputs> {
	const names = (await readdir(inputDir)).filter((name) => /\.(csv|parquet)$/i.test(name)).sort();
	const input: { [N in TableName]?: { file: string; text: string } } = {};
	const refused: TableName[] = [];
	const problems: Problem[] = [];
	const known = TABLE_NAMES.map(csvFileName);
	for (const name of names) {
		const file = displayPath(path.join(inputDir, name));
		const found = tableOf(name);
		if (found === null) {
			problems.push({ file, line: null, column: null, ...fileUnknown(known) });
			continue;
		}
		const { table, format } = found;
		const other = input[table]?.file;
		if (other !== undefined) {
			problems.push(
				fileProblem(
					file,
					'file_duplicate',
					{
						zh: `${table} 表有两个文件（${other} 和 ${file}）`,
						en: `table ${table} has two files (${other} and ${file})`
					},
					{ zh: '只保留其中一个（CSV 或 Parquet）', en: 'keep one of them (CSV or Parquet)' }
				)
			);
			refused.push(table);
			continue;
		}
		const bytes = new Uint8Array(await readFile(path.join(inputDir, name)));
		const decoded = format === 'csv' ? decodeCsvBytes(file, bytes) : await parquetInput(file, bytes);
		if ('text' in decoded) input[table] = decoded;
		else {
			refused.push(table);
			problems.push(decoded);
		}
	}
	return { input, refused, problems };
}

async function parquetInput(file: string, bytes: Uint8Array): Promise<CsvInput | Problem> {
	const read = await parquetAsCsv(file, bytes);
	if (!Array.isArray(read)) return read;
	const first = read[0];
	return fileProblem(
		file,
		'file_unreadable',
		{
			zh: `无法读取 Parquet 文件：${first?.message.zh ?? '未知原因'}`,
			en: `the Parquet file cannot be read: ${first?.message.en ?? 'unknown reason'}`
		},
		first?.fix ?? { zh: '用 SNAPPY 或不压缩重新写出', en: 'write it again with SNAPPY or no compression' }
	);
}
