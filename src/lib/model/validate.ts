import { checkPrimaryKey, checkReferences } from './keys';
import { fileNotUtf8 } from './messages-file';
import { TABLE_NAMES, type TableName } from './names';
import { formatProblem, pick, sortProblems, type Lang, type Problem } from './problems';
import { problemAt, readTable, type CsvInput, type ParsedRow, type TableRead } from './read-table';
import { checkRules } from './rules';
import type { TableDef } from './schema';
import { TABLES, csvFileName } from './tables';

export type { CsvInput, ParsedRow } from './read-table';

/** Raw CSV text per table; a table without an entry is reported as a missing file. */
export type DatasetInput = Partial<Record<TableName, CsvInput>>;

export interface ValidateOptions {
	/** File name reported for a table that has no input. Default: `data/<table>.csv`. */
	readonly missingFileName?: (table: TableName) => string;
	/** Tables the caller already refused (e.g. not UTF-8): treated as absent, not reported again. */
	readonly refused?: readonly TableName[];
}

/** Rows read = rows loaded + rows rejected + rows skipped (header not counted). */
export interface FileReport {
	readonly table: TableName;
	readonly file: string;
	readonly rowsRead: number;
	readonly rowsLoaded: number;
	readonly rowsRejected: number;
	readonly rowsSkipped: number;
	/** Blank lines, skipped. */
	readonly skippedLines: readonly number[];
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

function problemLines(problems: readonly Problem[], file: string): Set<number> {
	return new Set(problems.filter((p) => p.file === file && p.line !== null).map((p) => p.line ?? 0));
}

function loadedRows(read: TableRead, problems: readonly Problem[]): ParsedRow[] {
	if (!read.usable) return [];
	const rejected = problemLines(problems, read.file);
	return read.rows.filter((row) => !rejected.has(row.line));
}

function fileReport(read: TableRead, loaded: number): FileReport {
	const skipped = read.skippedLines.length;
	return {
		table: read.table.name,
		file: read.file,
		rowsRead: read.recordsRead,
		rowsLoaded: loaded,
		rowsRejected: read.recordsRead - skipped - loaded,
		rowsSkipped: skipped,
		skippedLines: read.skippedLines
	};
}

/** Validate every table of the contract: all problems are collected, none stops the run. */
export function validateDataset(input: DatasetInput, options: ValidateOptions = {}): ValidationResult {
	const missingFileName = options.missingFileName ?? ((name) => `data/${csvFileName(name)}`);
	const reads = new Map<TableName, TableRead>();
	for (const name of TABLE_NAMES) {
		const entry = input[name];
		const read = readTable(TABLES[name], entry?.file ?? missingFileName(name), entry);
		reads.set(name, options.refused?.includes(name) ? { ...read, problems: [] } : read);
	}
	const found: Problem[] = [];
	for (const read of reads.values()) {
		found.push(...read.problems);
		if (read.usable)
			found.push(...checkPrimaryKey(read), ...checkReferences(read, reads), ...checkRules(read));
	}
	const problems = sortProblems(found);
	const files: FileReport[] = [];
	const tables = new Map<TableName, ValidTable>();
	for (const [name, read] of reads) {
		if (!read.present) continue;
		const rows = loadedRows(read, problems);
		files.push(fileReport(read, rows.length));
		tables.set(name, { table: read.table, file: read.file, rows });
	}
	return { ok: problems.length === 0, problems, files, tables };
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
