import { parseCell } from './cells';
import type { CsvRecord } from './csv';
import type { Issue } from './issue';
import type { Problem, ProblemColumn } from './problems';
import type { CellValue } from './rows';
import type { TableDef } from './schema';

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

/** Where a table's problems are reported: its file and the file column of each contract column. */
export interface TableContext {
	readonly table: TableDef;
	readonly file: string;
	/** Contract column name → 1-based column of the file. */
	readonly columnIndex: ReadonlyMap<string, number>;
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

export function isBlank(record: CsvRecord): boolean {
	return record.fields.every((field) => field.trim() === '');
}

/** Shared by every row whose cells all parsed (most rows): one Set, not one per row. */
const NONE_INVALID: ReadonlySet<string> = new Set<string>();

/** A parsed row's stores, writable: parseRow makes them, refillRow fills the same ones again. */
export interface RowStores {
	line: number;
	readonly values: Record<string, CellValue>;
	readonly decimals: Record<string, number | null>;
	readonly raw: Record<string, string>;
	invalid: ReadonlySet<string>;
}

/**
 * The one cell loop: a record's cells into `row`, a problem for every cell that does not parse.
 * `checked`: every cell has passed parseCell already (the importer's checkRow), so a text cell's
 * value is the cell itself (parseCell gives a valid text cell back unchanged) and is not parsed again.
 */
function fillRow(
	read: TableContext,
	record: CsvRecord,
	row: RowStores,
	problems: Problem[] | null,
	checked = false
): void {
	let invalid: Set<string> | null = null;
	for (const column of read.table.columns) {
		const index = read.columnIndex.get(column.name);
		if (index === undefined) continue;
		const cell = record.fields[index - 1] ?? '';
		row.raw[column.name] = cell;
		const result =
			checked && column.type === 'text'
				? { ok: true as const, value: cell === '' ? null : cell, decimals: null }
				: parseCell(column, cell);
		if (result.ok) {
			row.values[column.name] = result.value;
			if (column.type === 'decimal') row.decimals[column.name] = result.decimals;
		} else {
			row.values[column.name] = null;
			if (column.type === 'decimal') row.decimals[column.name] = null;
			invalid ??= new Set<string>();
			invalid.add(column.name);
			const where = { file: read.file, line: record.line, column: { index, name: column.name } };
			problems?.push(problemAt(where, result.issue));
		}
	}
	row.line = record.line;
	row.invalid = invalid ?? NONE_INVALID;
}

/** A record's cells parsed against the contract, with a problem for every cell that does not parse. */
export function parseRow(read: TableContext, record: CsvRecord): { row: ParsedRow; problems: Problem[] } {
	const row: RowStores = { line: 0, values: {}, decimals: {}, raw: {}, invalid: NONE_INVALID };
	const problems: Problem[] = [];
	fillRow(read, record, row, problems);
	return { row, problems };
}

/**
 * The same cells into a row made once and filled again for every record: for encoders that write
 * each row out at once (10^6 imported rows would otherwise be 3·10^6 short-lived objects).
 */
export function refillRow(read: TableContext, record: CsvRecord, row: RowStores, checked = false): ParsedRow {
	fillRow(read, record, row, null, checked);
	return row;
}
