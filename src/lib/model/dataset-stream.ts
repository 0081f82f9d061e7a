// The whole data set validated table by table as its files stream in (referenced tables first,
// TABLE_NAMES order), with the checks across tables settled once every table has been read.
import { TargetIndex, targetName } from './keys';
import { TABLE_NAMES, type TableName } from './names';
import { sortProblems, type Problem } from './problems';
import type { ParsedRow } from './read-table';
import type { ColumnDef } from './schema';
import { TableStream, type FileReport } from './table-stream';
import { TABLES } from './tables';

export interface DatasetResult {
	readonly ok: boolean;
	/** Every problem found, by file, line and column. */
	readonly problems: readonly Problem[];
	/** One per table whose file was read. */
	readonly files: readonly FileReport[];
	/** Lines of rows with a problem, per table (those rows are not loaded). */
	readonly rejected: ReadonlyMap<TableName, ReadonlySet<number>>;
}

function columnsOf(name: TableName): readonly ColumnDef[] {
	return TABLES[name].columns;
}

/** Target indexes of every foreign key of the contract, by target name. */
function targetIndexes(): Map<string, TargetIndex> {
	const indexes = new Map<string, TargetIndex>();
	for (const name of TABLE_NAMES) {
		for (const column of columnsOf(name)) {
			const fk = column.references;
			if (fk !== undefined && !indexes.has(targetName(fk))) {
				indexes.set(targetName(fk), new TargetIndex([...(fk.scope ?? []), fk.column]));
			}
		}
	}
	return indexes;
}

export class DatasetStream {
	private readonly streams = new Map<TableName, TableStream>();
	private readonly indexes = targetIndexes();

	/**
	 * Start reading table `name` from `file` (tables in TABLE_NAMES order). `present` false = no
	 * file (reported as missing); `refused` = the caller already reported the file (not UTF-8, given
	 * twice): the table counts as absent and nothing more is said about it.
	 */
	open(name: TableName, file: string, how: { present: boolean; refused?: boolean }): TableStream {
		const expected = TABLE_NAMES[this.streams.size];
		if (expected !== name) throw new Error(`open tables in load order: expected ${expected}, got ${name}`);
		const stream = this.newStream(name, file, how);
		this.streams.set(name, stream);
		return stream;
	}

	/** The table's file turned out unreadable half way (e.g. not UTF-8): forget what was read. */
	refuse(name: TableName): void {
		const stream = this.streams.get(name);
		if (stream === undefined) return;
		for (const index of this.feeds(name)) index.reset();
		const refused = this.newStream(name, stream.file, { present: false, refused: true });
		refused.end();
		this.streams.set(name, refused);
	}

	finish(): DatasetResult {
		const found: Problem[] = [];
		const files: FileReport[] = [];
		const rejected = new Map<TableName, ReadonlySet<number>>();
		for (const stream of this.streams.values()) stream.finish();
		for (const [name, stream] of this.streams) {
			found.push(...stream.problems());
			if (!stream.present) continue;
			files.push(stream.report());
			rejected.set(name, stream.rejectedLines());
		}
		const problems = sortProblems(found);
		return { ok: problems.length === 0, problems, files, rejected };
	}

	private feeds(name: TableName): TargetIndex[] {
		return [...this.indexes].filter(([key]) => key.startsWith(`${name}:`)).map(([, index]) => index);
	}

	private newStream(name: TableName, file: string, how: { present: boolean; refused?: boolean }) {
		const checks = new Map<string, TargetIndex>();
		for (const column of columnsOf(name)) {
			const index =
				column.references === undefined ? undefined : this.indexes.get(targetName(column.references));
			if (index !== undefined) checks.set(column.name, index);
		}
		return new TableStream(TABLES[name], file, { feeds: this.feeds(name), checks, ...how });
	}
}

/** The rows of a table that are loaded: every parsed row without a problem on its line. */
export function loadedRows(
	rows: readonly ParsedRow[],
	rejected: ReadonlySet<number> | undefined
): ParsedRow[] {
	return rejected === undefined || rejected.size === 0
		? [...rows]
		: rows.filter((row) => !rejected.has(row.line));
}
