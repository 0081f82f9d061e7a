// The apply() every standard disclosure-table layout runs: the sheet read whole, the table's
// identity resolved (flags → title rows → recipe), each data row turned into line drafts or
// skipped / rejected with every row counted, and spending rows written only when the identity is
// known. A layout gives only what differs: how one row reads and what its columns promise.
import { stageFromText } from '../structure/index';
import type { ImportContext, Recipe, Row, Sheet, SheetImport } from '../types';
import { yearOfColumn, type AmountColumn } from './standard-columns';
import {
	Tally,
	allRows,
	eachDataRow,
	placeOf,
	readAmount,
	resolveIdentity,
	skipNoFigure,
	whereOf,
	type IdentityNeeds,
	type Where
} from './standard-common';
import type { LineSpec } from './standard-labels';
import type { LineDraft } from './standard-lines';
import { standardProblems } from './standard-messages';
import { finishSpending } from './standard-recipe';

/** What a row reader may use: the whole sheet, where it is, the resolved year and the counts. */
export interface RowPlan {
	readonly rows: readonly Row[];
	readonly where: Where;
	/** The table's year as resolved; 0 when unknown (no row is written then). */
	readonly year: number;
	readonly tally: Tally;
}

/** Drafts of one data row; [] when it prints no figure; null when the reader skipped or rejected it. */
export type RowReader = (row: Row) => LineDraft[] | null;

export interface StandardApply {
	readonly sheet: Sheet;
	readonly recipe: Recipe;
	readonly context: ImportContext;
	/** Every amount column names its own stage, so the table need not state one. */
	readonly staged: boolean;
	/** The meaning a problem names when the recipe has no amount column; null when it has one. */
	readonly missing: string | null;
	/** Identity hints only the whole sheet gives (a unit row's name to suggest for --department). */
	readonly hints?: (rows: readonly Row[]) => Partial<IdentityNeeds>;
	/** Made once the identity is resolved, so it can work out per-sheet state (a chosen row, a code carry). */
	readonly reader: (plan: RowPlan) => RowReader;
}

export function applyStandard(args: StandardApply): SheetImport {
	const { sheet, recipe, context } = args;
	const where = whereOf(sheet, context);
	const rows = allRows(sheet);
	const tally = new Tally();
	const headerStage = stageFromText(recipe.columns.map((column) => column.header).join(' '));
	const needs = { stage: !args.staged, unit: true, headerStage, ...args.hints?.(rows) };
	const resolved = resolveIdentity({ rows, recipe, context, where, needs });
	const problems = [...resolved.problems];
	if (args.missing !== null) problems.push(standardProblems.columnMissing(where, args.missing));
	const read = args.reader({ rows, where, year: resolved.recipe.year ?? 0, tally });
	const drafts: LineDraft[] = [];
	eachDataRow(rows, recipe, where, tally, (row) => {
		const found = read(row);
		if (found === null) return;
		if (found.length === 0) return skipNoFigure(tally, where, row);
		tally.take();
		drafts.push(...found);
	});
	return finishSpending({ sheet, resolved, problems, tally, drafts });
}

/** A row read in parts (side-by-side blocks, the two sides of a 收支总表): null as soon as one part is. */
export function allParts<T>(
	parts: readonly T[],
	draftsOf: (part: T) => LineDraft[] | null
): LineDraft[] | null {
	const found: LineDraft[] = [];
	for (const part of parts) {
		const drafts = draftsOf(part);
		if (drafts === null) return null;
		found.push(...drafts);
	}
	return found;
}

export interface Value<C> {
	readonly column: C;
	readonly text: string;
	readonly raw: string;
}

/**
 * The printed figures of a row's amount columns, blanks and "-" left out; null when a cell is not
 * a number: the whole row is rejected then (one figure misread would skew the table's sums).
 */
export function readValues<C extends { readonly col: number; readonly header: string }>(
	row: Row,
	columns: readonly C[],
	where: Where,
	tally: Tally
): Value<C>[] | null {
	const values: Value<C>[] = [];
	for (const column of columns) {
		const cell = readAmount(row, column.col, where, column.header);
		if (cell.kind === 'bad') {
			tally.reject([cell.problem]);
			return null;
		}
		if (cell.kind === 'value') values.push({ column, text: cell.text, raw: cell.raw });
	}
	return values;
}

/** The draft fields one amount cell gives: the figure, its cell, the column's stage and year. */
export function amountFields(row: Row, value: Value<AmountColumn>, plan: { where: Where; year: number }) {
	const { column } = value;
	const year = yearOfColumn(column, plan.year);
	return {
		stage: column.stage,
		amount: value.text,
		place: placeOf(plan.where, row.n, column.col, column.header),
		...(year === undefined ? {} : { year })
	};
}

/** A 'line:<id>[:<stage>]' column (one line per column) with the spec its id names. */
export interface LineColumn<S> {
	readonly col: number;
	readonly header: string;
	readonly spec: S;
	/** The stage part as written (undefined when the meaning has none). */
	readonly stage: string | undefined;
}

export function lineColumns<S>(recipe: Recipe, specOf: (id: string) => S | null): LineColumn<S>[] {
	return recipe.columns.flatMap(({ col, header, meaning }) => {
		const [kind, id, stage] = meaning.split(':');
		const spec = kind === 'line' ? specOf(id ?? '') : null;
		return spec === null ? [] : [{ col, header, spec, stage }];
	});
}

/** The draft fields a line's spec gives: its id, parent and relation, English name and category. */
export function specFields(spec: LineSpec) {
	return {
		line_id: spec.id,
		parent: spec.parent,
		relation: spec.relation,
		line_en: spec.en,
		category: spec.category
	};
}
