// Primary keys and foreign keys, checked as rows stream by: only key strings and line numbers are
// kept, never the rows (a row whose key cells did not parse is kept: it already has a problem).
import { KeyTable } from './key-table';
import { danglingReference, duplicateKey, selfReference } from './messages-rows';
import type { TableName } from './names';
import type { Problem, ProblemColumn } from './problems';
import { problemAt, type ParsedRow, type TableContext } from './read-table';
import type { CellValue } from './rows';
import type { ColumnDef, ForeignKey } from './schema';

export function columnOf(read: TableContext, name: string): ProblemColumn | null {
	const index = read.columnIndex.get(name);
	return index === undefined ? null : { index, name };
}

/** True when every named cell parsed (possibly to null). */
export function parsedAll(row: ParsedRow, names: readonly string[]): boolean {
	return names.every((name) => !row.invalid.has(name));
}

function show(value: CellValue | undefined): string {
	return value === null || value === undefined ? '' : String(value);
}

/** `department_id=hengyang_eeb, fiscal_year=2022` */
export function keyText(row: ParsedRow, names: readonly string[]): string {
	return names.map((name) => `${name}=${show(row.values[name])}`).join(', ');
}

/**
 * The cells' values as one string, the same for equal values: the JSON of the values' array. Each
 * value goes through JSON.stringify, which makes a new string: a key holding the parsed cell
 * itself would keep the whole piece of the file it was cut from alive as long as the key.
 */
export function keyOf(row: ParsedRow, names: readonly string[]): string {
	let key = '[';
	for (let i = 0; i < names.length; i++) {
		const value = row.values[names[i] ?? ''] ?? null;
		key += (i === 0 ? '' : ',') + JSON.stringify(value);
	}
	return key + ']';
}

/** A copy of `text` that holds no reference to the larger string it was cut from. */
export function detached(text: string): string {
	return JSON.parse(JSON.stringify(text)) as string;
}

/** Duplicate primary keys, reported on the later line with the first one's line. */
export class PrimaryKeyCheck {
	private readonly firstLine = new KeyTable();

	constructor(
		private readonly read: TableContext,
		private readonly problems: Problem[]
	) {}

	row(row: ParsedRow): void {
		const key = this.read.table.primaryKey;
		if (!parsedAll(row, key)) return;
		const id = keyOf(row, key);
		const first = this.firstLine.get(id);
		if (first === 0) this.firstLine.set(id, row.line);
		else
			this.problems.push(
				problemAt({ file: this.read.file, line: row.line }, duplicateKey(keyText(row, key), first))
			);
	}
}

/** The keys (`scope…, column`) a foreign key may point at, collected from the target table. */
export class TargetIndex {
	known = new KeyTable();
	/** Target rows whose key cells did not parse: they might be the row referred to. */
	unparsed: ParsedRow[] = [];
	complete = false;
	usable = false;
	file = '';

	constructor(readonly names: readonly string[]) {}

	row(row: ParsedRow): void {
		const column = this.names[this.names.length - 1] ?? '';
		if (!parsedAll(row, this.names)) this.unparsed.push(row);
		else if (row.values[column] !== null) this.known.set(keyOf(row, this.names), 1);
	}

	/** Forget every key (the target's file was refused). */
	reset(): void {
		this.known = new KeyTable();
		this.unparsed = [];
		this.usable = false;
	}
}

/** `table.column` with its scope: the name of the target index a foreign key needs. */
export function targetName(fk: ForeignKey): string {
	return `${fk.table}:${[...(fk.scope ?? []), fk.column].join(',')}`;
}

/** What a reference check needs of a row once the row is gone. */
interface Reference {
	readonly line: number;
	readonly key: string;
	/** Values of the scope columns and the column, in the target's order. */
	readonly values: readonly CellValue[];
	readonly value: string;
	readonly scope: string;
}

function mightMatch(
	candidate: ParsedRow,
	reference: { fk: ForeignKey; values: readonly CellValue[] }
): boolean {
	const targetNames = [...(reference.fk.scope ?? []), reference.fk.column];
	return targetNames.every(
		(name, i) => candidate.invalid.has(name) || candidate.values[name] === reference.values[i]
	);
}

/**
 * One foreign-key column: a row is checked as it comes when the target already holds the key or
 * is complete; otherwise (a parent line further down, a table read later) the check waits.
 */
export class ReferenceCheck {
	private readonly pending: Reference[] = [];
	private readonly fk: ForeignKey;

	constructor(
		private readonly read: TableContext & { readonly column: ColumnDef; readonly ownTable: TableName },
		private readonly target: TargetIndex,
		private readonly problems: Problem[]
	) {
		this.fk = read.column.references ?? { table: read.ownTable, column: read.column.name };
	}

	row(row: ParsedRow): void {
		const { column } = this.read;
		const value = row.values[column.name];
		const names = [...(this.fk.scope ?? []), column.name];
		if (value === null || value === undefined || !parsedAll(row, names)) return;
		if (this.fk.table === this.read.ownTable && value === row.values[this.fk.column]) {
			const where = { file: this.read.file, line: row.line, column: columnOf(this.read, column.name) };
			this.problems.push(problemAt(where, selfReference(column.name, this.fk.column)));
			return;
		}
		const key = keyOf(row, names);
		if (this.target.known.has(key)) return;
		const values = names.map((name) => row.values[name] ?? null);
		const reference = {
			line: row.line,
			key,
			values,
			value: String(value),
			scope: keyText(row, this.fk.scope ?? [])
		};
		if (this.target.complete) this.resolve(reference);
		else this.pending.push(reference);
	}

	/** Check the references that waited; the target table has been read by now. */
	finish(): void {
		for (const reference of this.pending.splice(0)) this.resolve(reference);
	}

	private resolve(reference: Reference): void {
		const { target, fk } = this;
		if (!target.usable || target.known.has(reference.key)) return;
		if (target.unparsed.some((candidate) => mightMatch(candidate, { fk, values: reference.values }))) return;
		const column = this.read.column.name;
		const where = { file: this.read.file, line: reference.line, column: columnOf(this.read, column) };
		const args = {
			value: reference.value,
			column: fk.column,
			targetFile: target.file,
			scope: reference.scope
		};
		this.problems.push(problemAt(where, danglingReference(args)));
	}
}
