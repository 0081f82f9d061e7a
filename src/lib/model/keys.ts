import { danglingReference, duplicateKey, selfReference } from './messages-rows';
import type { TableName } from './names';
import type { Problem, ProblemColumn } from './problems';
import { problemAt, type ParsedRow, type TableRead } from './read-table';
import type { CellValue } from './rows';
import type { ColumnDef, ForeignKey } from './schema';

export function columnOf(read: TableRead, name: string): ProblemColumn | null {
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

function keyOf(row: ParsedRow, names: readonly string[]): string {
	return JSON.stringify(names.map((name) => row.values[name] ?? null));
}

export function checkPrimaryKey(read: TableRead): Problem[] {
	const key = read.table.primaryKey;
	const firstLine = new Map<string, number>();
	const problems: Problem[] = [];
	for (const row of read.rows) {
		if (!parsedAll(row, key)) continue;
		const id = keyOf(row, key);
		const first = firstLine.get(id);
		if (first === undefined) firstLine.set(id, row.line);
		else
			problems.push(problemAt({ file: read.file, line: row.line }, duplicateKey(keyText(row, key), first)));
	}
	return problems;
}

interface TargetIndex {
	readonly known: ReadonlySet<string>;
	/** Target rows whose key cells did not parse: they might be the row referred to. */
	readonly unparsed: readonly ParsedRow[];
}

function targetIndex(target: TableRead, fk: ForeignKey): TargetIndex {
	const names = [...(fk.scope ?? []), fk.column];
	const known = new Set<string>();
	const unparsed: ParsedRow[] = [];
	for (const row of target.rows) {
		if (!parsedAll(row, names)) unparsed.push(row);
		else if (row.values[fk.column] !== null) known.add(keyOf(row, names));
	}
	return { known, unparsed };
}

function mightMatch(
	candidate: ParsedRow,
	reference: { row: ParsedRow; fk: ForeignKey; column: string }
): boolean {
	const { row, fk, column } = reference;
	const pairs: [string, string][] = [
		...(fk.scope ?? []).map((name): [string, string] => [name, name]),
		[fk.column, column]
	];
	return pairs.every(
		([targetName, name]) =>
			candidate.invalid.has(targetName) || candidate.values[targetName] === row.values[name]
	);
}

function checkColumnReferences(
	read: TableRead,
	reference: { column: ColumnDef; target: TableRead }
): Problem[] {
	const { column, target } = reference;
	const fk = column.references;
	if (fk === undefined) return [];
	const scope = fk.scope ?? [];
	const names = [...scope, column.name];
	const index = targetIndex(target, fk);
	const problems: Problem[] = [];
	for (const row of read.rows) {
		const value = row.values[column.name];
		if (value === null || value === undefined || !parsedAll(row, names)) continue;
		const where = { file: read.file, line: row.line, column: columnOf(read, column.name) };
		if (fk.table === read.table.name && value === row.values[fk.column]) {
			problems.push(problemAt(where, selfReference(column.name, fk.column)));
		} else if (!index.known.has(keyOf(row, names))) {
			if (index.unparsed.some((candidate) => mightMatch(candidate, { row, fk, column: column.name })))
				continue;
			const args = {
				value: String(value),
				column: fk.column,
				targetFile: target.file,
				scope: keyText(row, scope)
			};
			problems.push(problemAt(where, danglingReference(args)));
		}
	}
	return problems;
}

/** Every foreign key of `read` against the tables it references (skipped if unreadable). */
export function checkReferences(read: TableRead, reads: ReadonlyMap<TableName, TableRead>): Problem[] {
	const problems: Problem[] = [];
	for (const column of read.table.columns) {
		const target = column.references === undefined ? undefined : reads.get(column.references.table);
		if (target?.usable) problems.push(...checkColumnReferences(read, { column, target }));
	}
	return problems;
}
