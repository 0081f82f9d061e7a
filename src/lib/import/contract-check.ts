// Every imported row is checked cell by cell against the contract before it is counted as
// imported: a layout's slip (or a user's recipe) cannot put a row in data/ that `npm run data` refuses.
import { TABLES, parseCell, type Bilingual, type ColumnDef, type TableName } from '../model/index';
import { contractProblem } from './messages';
import type { ContractRow, ImportProblem, SourcePlace } from './types';

/** Defaults every fact row gets when the layout leaves them out. */
const DEFAULTS: Readonly<Record<string, string>> = { is_primary: 'true', derivation: 'reported' };

/** The row with every contract column present, in contract order (missing nullable cells empty). */
/**
 * The file row a contract row was read from, for rows whose locator cites another document (a
 * table already in the contract's shape carries its original source's locator, not its own row).
 */
const SOURCE_ROWS = new WeakMap<ContractRow, number>();

export function rememberSourceRow(row: ContractRow, n: number): ContractRow {
	SOURCE_ROWS.set(row, n);
	return row;
}

export function completeRow(table: TableName, row: ContractRow): ContractRow {
	const columns: readonly ColumnDef[] = TABLES[table].columns;
	// Most rows are complete already (contract tables, layouts that fill every column): no copy.
	if (columns.every((column) => row[column.name] !== undefined)) return row;
	const complete: Record<string, string> = {};
	for (const column of TABLES[table].columns as readonly ColumnDef[]) {
		complete[column.name] = row[column.name] ?? DEFAULTS[column.name] ?? '';
	}
	const n = SOURCE_ROWS.get(row);
	return n === undefined ? complete : rememberSourceRow(complete, n);
}

/** Where a row's problem is: its remembered file row, else the row its locator names. */
function placeOfRow(file: string, sheet: string | null, row: ContractRow): SourcePlace {
	const place = placeOfLocator(file, sheet, row['locator'] ?? '');
	const n = SOURCE_ROWS.get(row);
	return n === undefined ? place : { ...place, row: n };
}

/** The source row a locator names (`… / R45 / …`), so a contract problem points back into the file. */
export function placeOfLocator(file: string, sheet: string | null, locator: string): SourcePlace {
	const match = / \/ R(\d+)(?: \/ |$)/.exec(locator);
	return { file, sheet, row: match ? Number(match[1]) : null, col: null };
}

const KNOWN = new Map<TableName, ReadonlySet<string>>();

function knownColumns(table: TableName): ReadonlySet<string> {
	let known = KNOWN.get(table);
	if (known === undefined)
		KNOWN.set(table, (known = new Set(TABLES[table].columns.map((column) => column.name))));
	return known;
}

export function checkRow(
	table: TableName,
	row: ContractRow,
	where: { file: string; sheet: string | null }
): ImportProblem[] {
	const columns: readonly ColumnDef[] = TABLES[table].columns;
	const known = knownColumns(table);
	let problems: ImportProblem[] | null = null;
	// The place is worked out only for a row that has a problem (most rows have none).
	const add = (column: string, issue: { message: Bilingual; fix: Bilingual }) => {
		const place = placeOfRow(where.file, where.sheet, row);
		(problems ??= []).push(contractProblem(place, table, column, issue));
	};
	for (const name in row) {
		if (!known.has(name)) {
			add(name, {
				message: { zh: `契约中没有 ${name} 列`, en: `the contract has no column ${name}` },
				fix: { zh: '从配方中删去该列的含义', en: "remove that column's meaning from the recipe" }
			});
		}
	}
	for (const column of columns) {
		const result = parseCell(column, row[column.name] ?? '');
		if (!result.ok) add(column.name, result.issue);
	}
	return problems ?? NO_PROBLEMS;
}

const NO_PROBLEMS: ImportProblem[] = [];
