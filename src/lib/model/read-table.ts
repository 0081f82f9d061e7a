import { parseCell } from './cells';
import { parseCsv, type CsvRecord } from './csv';
import type { Issue } from './issue';
import { csvSyntax, fieldCount, fileEmpty, fileMissing, headerNotFirst } from './messages-file';
import type { Problem, ProblemColumn } from './problems';
import type { CellValue } from './rows';
import type { TableDef } from './schema';
import { checkHeader } from './header';

/** A data record whose cells were parsed against the contract. */
export interface ParsedRow {
	readonly line: number;
	readonly values: Readonly<Record<string, CellValue>>;
	/** Decimals as written, for decimal columns (null when the cell is null). */
	readonly decimals: Readonly<Record<string, number | null>>;
	/** The cells as written in the file, by column name. */
	readonly raw: Readonly<Record<string, string>>;
	/** Columns whose cell did not parse (value null); checks across rows ignore them. */
	readonly invalid: ReadonlySet<string>;
}

/** One CSV file read against its table definition. */
export interface TableRead {
	readonly table: TableDef;
	readonly file: string;
	readonly present: boolean;
	/** Header has every contract column once: rows can take part in checks across rows. */
	readonly usable: boolean;
	/** Contract column name → 1-based column of the file. */
	readonly columnIndex: ReadonlyMap<string, number>;
	readonly rows: readonly ParsedRow[];
	/** Data records after the header, blank ones included. */
	readonly recordsRead: number;
	readonly skippedLines: readonly number[];
	readonly problems: readonly Problem[];
}

export interface CsvInput {
	readonly file: string;
	readonly text: string;
}

export function problemAt(
	where: { file: string; line: number | null; column?: ProblemColumn | null },
	issue: Issue
): Problem {
	return { file: where.file, line: where.line, column: where.column ?? null, ...issue };
}

function isBlank(record: CsvRecord): boolean {
	return record.fields.every((field) => field.trim() === '');
}

function parseRow(read: Pick<TableRead, 'table' | 'file' | 'columnIndex'>, record: CsvRecord) {
	const values: Record<string, CellValue> = {};
	const decimals: Record<string, number | null> = {};
	const raw: Record<string, string> = {};
	const invalid = new Set<string>();
	const problems: Problem[] = [];
	for (const column of read.table.columns) {
		const index = read.columnIndex.get(column.name);
		if (index === undefined) continue;
		raw[column.name] = record.fields[index - 1] ?? '';
		const result = parseCell(column, raw[column.name] ?? '');
		if (result.ok) {
			values[column.name] = result.value;
			if (column.type === 'decimal') decimals[column.name] = result.decimals;
		} else {
			values[column.name] = null;
			invalid.add(column.name);
			const where = { file: read.file, line: record.line, column: { index, name: column.name } };
			problems.push(problemAt(where, result.issue));
		}
	}
	const row: ParsedRow = { line: record.line, values, decimals, raw, invalid };
	return { row, problems };
}

function absent(table: TableDef, file: string): TableRead {
	const header = table.columns.map((column) => column.name);
	return {
		table,
		file,
		present: false,
		usable: false,
		columnIndex: new Map(),
		rows: [],
		recordsRead: 0,
		skippedLines: [],
		problems: [problemAt({ file, line: null }, fileMissing(header))]
	};
}

interface RecordsRead {
	readonly rows: ParsedRow[];
	readonly skippedLines: number[];
	readonly problems: Problem[];
}

function readRecords(
	context: Pick<TableRead, 'table' | 'file' | 'columnIndex'> & {
		width: number;
		syntaxLines: Set<number>;
	},
	records: readonly CsvRecord[]
): RecordsRead {
	const result: RecordsRead = { rows: [], skippedLines: [], problems: [] };
	for (const record of records) {
		if (isBlank(record)) {
			result.skippedLines.push(record.line);
		} else if (context.syntaxLines.has(record.line)) {
			// Reported once as a CSV syntax problem; its cells are not trustworthy.
		} else if (record.fields.length !== context.width) {
			const issue = fieldCount(record.fields.length, context.width);
			result.problems.push(problemAt({ file: context.file, line: record.line }, issue));
		} else {
			const parsed = parseRow(context, record);
			result.rows.push(parsed.row);
			result.problems.push(...parsed.problems);
		}
	}
	return result;
}

/** Read one table's CSV text; `input` undefined = the file does not exist. */
export function readTable(table: TableDef, file: string, input: CsvInput | undefined): TableRead {
	if (input === undefined) return absent(table, file);
	const { records, errors } = parseCsv(input.text);
	const [headerRecord, ...dataRecords] = records;
	if (headerRecord === undefined || isBlank(headerRecord)) {
		const names = table.columns.map((column) => column.name);
		const issue = headerRecord === undefined ? fileEmpty(names) : headerNotFirst(names);
		const problems = [problemAt({ file, line: headerRecord?.line ?? null }, issue)];
		return { ...absent(table, file), present: true, recordsRead: dataRecords.length, problems };
	}
	const header = checkHeader(table, file, headerRecord.fields);
	const syntaxLines = new Set(errors.map((error) => error.line));
	const syntax = errors.map((error) => problemAt({ file, line: error.line }, csvSyntax(error.code)));
	const base = { table, file, columnIndex: header.columnIndex };
	const context = { ...base, width: headerRecord.fields.length, syntaxLines };
	const { rows, skippedLines, problems } = readRecords(context, dataRecords);
	return {
		...base,
		present: true,
		usable: header.usable,
		rows,
		recordsRead: dataRecords.length,
		skippedLines,
		problems: [...header.problems, ...syntax, ...problems]
	};
}
