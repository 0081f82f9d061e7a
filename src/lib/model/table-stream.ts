// One table's file validated piece by piece (pieces of whole records, see csv-pieces.ts): cells
// and rows as they come, checks across rows on the keys they keep. Line numbers are those of the
// whole file.
import { parseCsv, type CsvRecord } from './csv';
import { checkHeader } from './header';
import { PrimaryKeyCheck, ReferenceCheck, type TargetIndex } from './keys';
import { csvSyntax, fieldCount, fileEmpty, fileMissing, headerNotFirst } from './messages-file';
import type { Problem } from './problems';
import { isBlank, parseRow, problemAt, type ParsedRow, type TableContext } from './read-table';
import { ruleChecks, type RowCheck } from './rules';
import type { TableDef } from './schema';

/** Rows read = rows loaded + rows rejected + rows skipped (header not counted). */
export interface FileReport {
	readonly table: TableDef['name'];
	readonly file: string;
	readonly rowsRead: number;
	readonly rowsLoaded: number;
	readonly rowsRejected: number;
	readonly rowsSkipped: number;
	/** Blank lines, skipped. */
	readonly skippedLines: readonly number[];
}

/** The target indexes a table feeds (it is their target) and checks against (its foreign keys). */
export interface TableTargets {
	readonly feeds: readonly TargetIndex[];
	readonly checks: ReadonlyMap<string, TargetIndex>;
}

type State = 'header' | 'rows' | 'counting';

export class TableStream {
	readonly present: boolean;
	usable = false;
	private state: State = 'header';
	private context: TableContext;
	private width = 0;
	private linesBefore = 0;
	private recordsRead = 0;
	private parsedRows = 0;
	private readonly skippedLines: number[] = [];
	/** Header, CSV syntax and field-count problems: not on parsed rows. */
	private readonly base: Problem[] = [];
	/** Problems of parsed rows: cells, then keys, references and rules. */
	private readonly cells: Problem[] = [];
	private readonly keyProblems: Problem[] = [];
	private readonly referenceProblems: Problem[] = [];
	private readonly ruleProblems: Problem[] = [];
	private checks: { row(row: ParsedRow): void }[] = [];
	private references: ReferenceCheck[] = [];
	private rules: RowCheck[] = [];

	constructor(
		readonly table: TableDef,
		readonly file: string,
		private readonly targets: TableTargets & { readonly present: boolean; readonly refused?: boolean }
	) {
		this.present = targets.present;
		this.context = { table, file, columnIndex: new Map() };
		if (!this.present && targets.refused !== true)
			this.base.push(problemAt({ file, line: null }, fileMissing(this.columnNames())));
	}

	/** Whole records of the file, in order; returns the rows parsed from them (problems or not). */
	push(text: string): ParsedRow[] {
		if (text === '') return [];
		const { records, errors } = parseCsv(text);
		const offset = this.linesBefore;
		this.linesBefore += countLines(text);
		const syntaxLines = new Set(errors.map((error) => error.line + offset));
		for (const error of errors) {
			this.base.push(problemAt({ file: this.file, line: error.line + offset }, csvSyntax(error.code)));
		}
		const rows: ParsedRow[] = [];
		for (const record of records) {
			const row = this.record({ line: record.line + offset, fields: record.fields }, syntaxLines);
			if (row !== null) rows.push(row);
		}
		return rows;
	}

	private record(record: CsvRecord, syntaxLines: ReadonlySet<number>): ParsedRow | null {
		if (this.state === 'header') {
			this.header(record);
			return null;
		}
		this.recordsRead++;
		if (this.state === 'counting') return null;
		if (isBlank(record)) this.skippedLines.push(record.line);
		else if (syntaxLines.has(record.line)) {
			// Reported once as a CSV syntax problem; its cells are not trustworthy.
		} else if (record.fields.length !== this.width) {
			this.base.push(
				problemAt({ file: this.file, line: record.line }, fieldCount(record.fields.length, this.width))
			);
		} else return this.row(record);
		return null;
	}

	private header(record: CsvRecord): void {
		if (isBlank(record)) {
			this.base.push(problemAt({ file: this.file, line: record.line }, headerNotFirst(this.columnNames())));
			this.state = 'counting';
			return;
		}
		const header = checkHeader(this.table, this.file, record.fields);
		this.base.push(...header.problems);
		this.context = { ...this.context, columnIndex: header.columnIndex };
		this.width = record.fields.length;
		this.usable = header.usable;
		this.state = 'rows';
		for (const index of this.targets.feeds) {
			index.usable = this.usable;
			index.file = this.file;
		}
		if (this.usable) this.startChecks();
	}

	private startChecks(): void {
		const keys = new PrimaryKeyCheck(this.context, this.keyProblems);
		for (const column of this.table.columns) {
			const fk = column.references;
			const target = fk === undefined ? undefined : this.targets.checks.get(column.name);
			if (target === undefined) continue;
			const read = { ...this.context, column, ownTable: this.table.name };
			this.references.push(new ReferenceCheck(read, target, this.referenceProblems));
		}
		this.rules = ruleChecks(this.context, this.ruleProblems);
		this.checks = [keys, ...this.references, ...this.rules];
	}

	private row(record: CsvRecord): ParsedRow {
		const { row, problems } = parseRow(this.context, record);
		this.parsedRows++;
		this.cells.push(...problems);
		for (const index of this.targets.feeds) index.row(row);
		for (const check of this.checks) check.row(row);
		return row;
	}

	/** The file has been read: rules settle what waited; the table is complete as a target. */
	end(): void {
		if (this.present && this.state === 'header') {
			this.base.push(problemAt({ file: this.file, line: null }, fileEmpty(this.columnNames())));
		}
		for (const rule of this.rules) rule.finish();
		for (const index of this.targets.feeds) index.complete = true;
	}

	/** Every table has been read: references that waited for a later table are checked. */
	finish(): void {
		for (const reference of this.references) reference.finish();
	}

	problems(): Problem[] {
		return [
			...this.base,
			...this.cells,
			...this.keyProblems,
			...this.referenceProblems,
			...this.ruleProblems
		];
	}

	/** Lines of parsed rows that have a problem: those rows are not loaded. */
	rejectedLines(): Set<number> {
		const lines = new Set<number>();
		for (const problems of [this.cells, this.keyProblems, this.referenceProblems, this.ruleProblems]) {
			for (const problem of problems) if (problem.line !== null) lines.add(problem.line);
		}
		return lines;
	}

	report(): FileReport {
		const skipped = this.skippedLines.length;
		const loaded = this.usable ? this.parsedRows - this.rejectedLines().size : 0;
		return {
			table: this.table.name,
			file: this.file,
			rowsRead: this.recordsRead,
			rowsLoaded: loaded,
			rowsRejected: this.recordsRead - skipped - loaded,
			rowsSkipped: skipped,
			skippedLines: this.skippedLines
		};
	}

	private columnNames(): string[] {
		return this.table.columns.map((column) => column.name);
	}
}

function countLines(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (char === 0x0a) count++;
		else if (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a) count++;
	}
	return count;
}
