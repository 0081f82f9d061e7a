// Recipes of the standard layouts: what the recogniser saw (header rows, first data row, column
// meanings, and the unit, department, year and stage the title rows state) as plain JSON, and the
// SheetImport an apply() returns.
import { headRows } from '../sheet';
import { tableStructure, type TableStructure } from '../structure/index';
import type {
	ContractRows,
	ImportContext,
	ImportNote,
	ImportProblem,
	LayoutId,
	Recipe,
	RecipeColumn,
	Sheet,
	SheetImport
} from '../types';
import { whereOf, type Resolved, type Tally } from './standard-common';
import { spendingRows, type LineDraft } from './standard-lines';

/** Rows a recogniser looks at: enough for title, header and a standard table's first rows. */
export const HEAD_ROWS = 80;

export interface Sniffed {
	readonly structure: TableStructure;
	readonly rows: ReturnType<typeof headRows>;
}

// Five standard layouts look at the same sheet in turn: its structure is worked out once.
const sniffed = new WeakMap<Sheet, Sniffed | null>();

export function sniff(sheet: Sheet): Sniffed | null {
	if (sniffed.has(sheet)) return sniffed.get(sheet) ?? null;
	const rows = headRows(sheet, HEAD_ROWS);
	const structure = tableStructure(rows);
	const found =
		structure.header === null || structure.header.firstDataRow === null ? null : { structure, rows };
	sniffed.set(sheet, found);
	return found;
}

/** What a recogniser starts from: the sniffed sheet, its header texts, and the table's year. */
export interface Candidate extends Sniffed {
	readonly sheet: Sheet;
	readonly context: ImportContext;
	readonly headers: readonly string[];
	/** The caller's year, else the title's: a column naming another year is marked against it. */
	readonly year: number | null;
}

export function candidate(sheet: Sheet, context: ImportContext): Candidate | null {
	const sniffed = sniff(sheet);
	if (sniffed === null) return null;
	const { structure } = sniffed;
	const headers = structure.header?.columns ?? [];
	return { ...sniffed, sheet, context, headers, year: context.year ?? structure.title.year };
}

export interface RecipeArgs {
	readonly layout: LayoutId;
	readonly sheet: Sheet;
	readonly context: ImportContext;
	readonly structure: TableStructure;
	readonly columns: readonly RecipeColumn[];
	/** Stage the header words give when the title says none (收支总表: 预算数). */
	readonly headerStage?: 'budget' | 'final' | null;
	readonly options?: Recipe['options'];
}

export function standardRecipe(args: RecipeArgs): Recipe {
	const { structure, context } = args;
	const { title, header } = structure;
	const department = context.department ?? title.department;
	const lastDataRow = structure.footnoteRow === null ? null : structure.lastDataRow;
	return {
		version: 1,
		layout: args.layout,
		sheet: whereOf(args.sheet, context).sheet,
		headerRows: header?.rows ?? [],
		firstDataRow: header?.firstDataRow ?? 1,
		lastDataRow,
		unit: title.unit,
		department: department === null ? null : { name_zh: department },
		year: context.year ?? title.year,
		stage: context.stage ?? title.stage ?? args.headerStage ?? null,
		source: { id: null, kind: null, title_zh: title.title },
		columns: args.columns,
		...(args.options === undefined ? {} : { options: args.options })
	};
}

/** Joined header texts as recipe columns, each with the meaning `meaningOf` gives it. */
export function recipeColumns(
	headers: readonly string[],
	meaningOf: (header: string, col: number) => string
): RecipeColumn[] {
	return headers.flatMap((header, i) =>
		header === '' ? [] : [{ col: i + 1, header, meaning: meaningOf(header, i + 1) }]
	);
}

export function sheetImport(args: {
	sheet: Sheet;
	recipe: Recipe;
	tally: Tally;
	rows: ContractRows;
	problems?: readonly ImportProblem[];
	notes?: readonly ImportNote[];
}): SheetImport {
	const { tally } = args;
	return {
		sheet: args.sheet.name,
		layout: args.recipe.layout,
		recipe: args.recipe,
		counts: tally.counts(),
		rows: args.rows,
		problems: [...(args.problems ?? []), ...tally.problems],
		notes: [...(args.notes ?? []), ...tally.notes]
	};
}

/**
 * The sheet's result once every row is read: spending rows when the table's identity is known,
 * else no rows at all (every row that would have been imported counts as rejected).
 */
export function finishSpending(args: {
	sheet: Sheet;
	resolved: Resolved;
	problems: readonly ImportProblem[];
	tally: Tally;
	drafts: readonly LineDraft[];
}): SheetImport {
	const { sheet, resolved, problems, tally } = args;
	if (resolved.identity === null || problems.length > resolved.problems.length)
		return unidentified({ sheet, resolved, tally, problems });
	const notes = [...resolved.notes];
	const spending = spendingRows(args.drafts, resolved.identity, notes);
	return sheetImport({ sheet, recipe: resolved.recipe, tally, rows: { spending }, problems, notes });
}

/**
 * No row can be written (the table's department, year, stage or unit is unknown, or a column is
 * missing): the sheet's result has no rows, and every row counted as imported is rejected.
 */
export function unidentified(args: {
	sheet: Sheet;
	resolved: Resolved;
	tally: Tally;
	problems?: readonly ImportProblem[];
}): SheetImport {
	const { sheet, resolved, tally } = args;
	tally.rejectAll();
	const problems = args.problems ?? resolved.problems;
	return sheetImport({ sheet, recipe: resolved.recipe, tally, rows: {}, problems, notes: resolved.notes });
}
