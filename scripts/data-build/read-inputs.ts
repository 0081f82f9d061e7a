import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	TABLE_NAMES,
	csvFileName,
	isTableName,
	type CsvInput,
	type Problem,
	type TableName
} from '../../src/lib/model/index';
import { fileUnknown } from '../../src/lib/model/messages-file';
import { parquetAsCsv } from './parquet-input';

/** A table's input file, found but not read yet. */
export interface InputFile {
	readonly table: TableName;
	/** As shown in messages (relative to the working directory). */
	readonly file: string;
	readonly path: string;
	readonly format: 'csv' | 'parquet';
}

export interface InputList {
	readonly files: ReadonlyMap<TableName, InputFile>;
	/** Tables given twice: refused, reported once. */
	readonly refused: TableName[];
	/** Problems found before validation: unknown files, tables given twice. */
	readonly problems: Problem[];
	/** Every .csv/.parquet file as shown in messages, in listing order (the order problems of files take). */
	readonly order: readonly string[];
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
 * Find every `<table>.csv` and `<table>.parquet` of `inputDir` (nothing is read yet); other
 * .csv/.parquet files and a table given twice are reported.
 */
export async function listInputs(inputDir: string): Promise<InputList> {
	const names = (await readdir(inputDir)).filter((name) => /\.(csv|parquet)$/i.test(name)).sort();
	const files = new Map<TableName, InputFile>();
	const refused: TableName[] = [];
	const problems: Problem[] = [];
	const known = TABLE_NAMES.map(csvFileName);
	const order = names.map((name) => displayPath(path.join(inputDir, name)));
	for (const name of names) {
		const file = displayPath(path.join(inputDir, name));
		const found = tableOf(name);
		if (found === null) {
			problems.push({ file, line: null, column: null, ...fileUnknown(known) });
			continue;
		}
		const other = files.get(found.table)?.file;
		if (other === undefined) {
			files.set(found.table, { ...found, file, path: path.join(inputDir, name) });
			continue;
		}
		problems.push(duplicateProblem({ table: found.table, file, other }));
		refused.push(found.table);
	}
	return { files, refused, problems, order };
}

function duplicateProblem(args: { table: TableName; file: string; other: string }): Problem {
	const { table, file, other } = args;
	return fileProblem(
		file,
		'file_duplicate',
		{
			zh: `${table} 表有两个文件（${other} 和 ${file}）`,
			en: `table ${table} has two files (${other} and ${file})`
		},
		{ zh: '只保留其中一个（CSV 或 Parquet）', en: 'keep one of them (CSV or Parquet)' }
	);
}

/** A Parquet input as the contract's CSV text, or the problem that it cannot be read. */
export async function readParquetInput(input: InputFile): Promise<CsvInput | Problem> {
	return parquetInput(input.file, new Uint8Array(await readFile(input.path)));
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
