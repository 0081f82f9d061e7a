import { DatasetStream, loadedRows } from './dataset-stream';
import { fileNotUtf8 } from './messages-file';
import { TABLE_NAMES, type TableName } from './names';
import { formatProblem, pick, type Lang, type Problem } from './problems';
import { problemAt, type CsvInput, type ParsedRow } from './read-table';
import type { TableDef } from './schema';
import type { FileReport, TableStream } from './table-stream';
import { csvFileName } from './tables';

export type { CsvInput, ParsedRow } from './read-table';
export type { FileReport } from './table-stream';

/** Raw CSV text per table; a table without an entry is reported as a missing file. */
export type DatasetInput = Partial<Record<TableName, CsvInput>>;

export interface ValidateOptions {
	/** File name reported for a table that has no input. Default: `data/<table>.csv`. */
	readonly missingFileName?: (table: TableName) => string;
	/** Tables the caller already refused (e.g. not UTF-8): treated as absent, not reported again. */
	readonly refused?: readonly TableName[];
}

export interface ValidTable {
	readonly table: TableDef;
	readonly file: string;
	/** Rows that passed every check, in file order. */
	readonly rows: readonly ParsedRow[];
}

export interface ValidationResult {
	readonly ok: boolean;
	/** Every problem found, by file, line and column. */
	readonly problems: readonly Problem[];
	readonly files: readonly FileReport[];
	readonly tables: ReadonlyMap<TableName, ValidTable>;
}

/** Validate every table of the contract: all problems are collected, none stops the run. */
export function validateDataset(input: DatasetInput, options: ValidateOptions = {}): ValidationResult {
	const missingFileName = options.missingFileName ?? ((name) => `data/${csvFileName(name)}`);
	const dataset = new DatasetStream();
	const read = new Map<TableName, { stream: TableStream; rows: ParsedRow[] }>();
	for (const name of TABLE_NAMES) {
		const entry = input[name];
		const refused = options.refused?.includes(name) === true;
		const present = entry !== undefined && !refused;
		const stream = dataset.open(name, entry?.file ?? missingFileName(name), { present, refused });
		const rows = present ? stream.push(entry.text) : [];
		stream.end();
		if (present) read.set(name, { stream, rows });
	}
	const result = dataset.finish();
	const tables = new Map<TableName, ValidTable>();
	for (const [name, { stream, rows }] of read) {
		const loaded = stream.usable ? loadedRows(rows, result.rejected.get(name)) : [];
		tables.set(name, { table: stream.table, file: stream.file, rows: loaded });
	}
	return { ok: result.ok, problems: result.problems, files: result.files, tables };
}

/** Decode file bytes as strict UTF-8 (BOM allowed); a GBK file becomes a problem, not mojibake. */
export function decodeCsvBytes(file: string, bytes: Uint8Array): CsvInput | Problem {
	try {
		return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return problemAt({ file, line: null }, fileNotUtf8());
	}
}

export function formatProblems(result: Pick<ValidationResult, 'problems'>, lang: Lang): string[] {
	return result.problems.map((problem) => formatProblem(problem, lang));
}

/** `spending.csv: read 12, loaded 10, rejected 1, skipped 1 (blank lines: 7)` */
export function formatFileReport(report: FileReport, lang: Lang): string {
	const blank = report.skippedLines.join(', ');
	const text = {
		en:
			`${report.file}: read ${report.rowsRead}, loaded ${report.rowsLoaded}, ` +
			`rejected ${report.rowsRejected}, skipped ${report.rowsSkipped}` +
			(blank === '' ? '' : ` (blank lines: ${blank})`),
		zh:
			`${report.file}：读取 ${report.rowsRead} 行，载入 ${report.rowsLoaded} 行，` +
			`拒绝 ${report.rowsRejected} 行，跳过 ${report.rowsSkipped} 行` +
			(blank === '' ? '' : `（空行：${blank}）`)
	};
	return pick(text, lang);
}
