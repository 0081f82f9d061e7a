// Applying a generic recipe: each column means what the recipe says ('region', 'department', 'year',
// 'year:2020', 'indicator', 'indicator:<id>', 'value', 'unit', 'scope', 'code', 'region_en',
// 'indicator_en', 'ignore'); every figure cell (value, year:YYYY, indicator:<id> columns) becomes
// a row of the table `options.table` names. Rows: read = imported + rejected + skipped.
import { cellText } from '../sheet';
import { isTotalLabel } from '../structure/index';
import type {
	ContractRow,
	ImportContext,
	ImportNote,
	ImportProblem,
	Recipe,
	Row,
	Sheet,
	SheetImport
} from '../types';
import { GENERIC_TABLES, type GenericTable, yearOfHeader } from './generic-guess';
import { buildRow, type GenericFact, linkCodedParents } from './generic-tables';
import {
	columnHeaders,
	type FindByMeaning,
	oneLine,
	type ResolvedColumn,
	resolveColumns,
	rowsNumbered
} from './recipe-columns';
import { readFigure } from './recipe-figures';
import { genericNotes, genericProblems, noteAt, notANumber, recipeInvalid } from './recipe-messages';
import { isBlank, sheetLabel, unreadSheet } from './recipe-sheet';

export const GENERIC_ROLES = [
	'region',
	'region_en',
	'department',
	'year',
	'indicator',
	'indicator_en',
	'value',
	'unit',
	'scope',
	'code',
	'ignore'
] as const;
export type GenericRole = (typeof GENERIC_ROLES)[number];

export type GenericMeaning =
	| { readonly kind: 'role'; readonly role: GenericRole }
	| { readonly kind: 'year'; readonly year: number }
	| { readonly kind: 'indicator'; readonly indicator: string };

export function parseGenericMeaning(meaning: string): GenericMeaning | null {
	if ((GENERIC_ROLES as readonly string[]).includes(meaning))
		return { kind: 'role', role: meaning as GenericRole };
	const year = /^year:((?:19|20)\d{2})$/.exec(meaning);
	if (year !== null) return { kind: 'year', year: Number(year[1]) };
	const indicator = /^indicator:([a-z0-9]+(?:_[a-z0-9]+)*)$/.exec(meaning);
	return indicator === null ? null : { kind: 'indicator', indicator: indicator[1] ?? '' };
}

/** A year column of a recipe made on last year's file: the one column whose header is that year. */
const findYear: FindByMeaning = (column, headers) => {
	const wanted = parseGenericMeaning(column.meaning);
	if (wanted?.kind !== 'year') return null;
	const found = headers.filter((header) => yearOfHeader(header.text) === wanted.year);
	return found.length === 1 ? (found[0]?.col ?? null) : null;
};

interface Plan {
	readonly roles: ReadonlyMap<GenericRole, number>;
	readonly figures: readonly { column: ResolvedColumn; meaning: GenericMeaning }[];
}

function planOf(columns: readonly ResolvedColumn[]): Plan {
	const roles = new Map<GenericRole, number>();
	const figures: Plan['figures'][number][] = [];
	for (const column of columns) {
		const meaning = parseGenericMeaning(column.meaning);
		if (meaning === null) continue;
		if (meaning.kind !== 'role') figures.push({ column, meaning });
		else if (meaning.role === 'value') figures.push({ column, meaning });
		else if (!roles.has(meaning.role)) roles.set(meaning.role, column.found);
	}
	return { roles, figures };
}

function text(row: Row, plan: Plan, role: GenericRole): string | null {
	const col = plan.roles.get(role);
	const value = col === undefined ? '' : oneLine(cellText(row, col));
	return value === '' ? null : value;
}

function factsOf(
	row: Row,
	plan: Plan,
	where: { file: string; sheet: string | null },
	tally: { notPublished: number }
) {
	const facts: GenericFact[] = [];
	const problems: ImportProblem[] = [];
	const yearText = text(row, plan, 'year');
	const labels = ['region', 'department', 'code', 'indicator'].map(
		(role) => text(row, plan, role as GenericRole) ?? ''
	);
	for (const { column, meaning } of plan.figures) {
		const cell = row.cells[column.found - 1] ?? null;
		const figure = readFigure(cell);
		const place = { ...where, row: row.n, col: column.found, header: column.header };
		if (figure.kind === 'none') tally.notPublished++;
		if (figure.kind === 'bad') problems.push(notANumber(place, figure.text));
		if (figure.kind !== 'number') continue;
		facts.push({
			place,
			cells: [...labels, oneLine(cell?.text ?? figure.value)],
			value: figure.value,
			percent: figure.percent,
			year: meaning.kind === 'year' ? meaning.year : yearText === null ? null : yearOfHeader(yearText),
			indicatorId: meaning.kind === 'indicator' ? meaning.indicator : null,
			label: text(row, plan, 'indicator'),
			labelEn: text(row, plan, 'indicator_en'),
			unit: text(row, plan, 'unit') ?? column.unit ?? null,
			region: text(row, plan, 'region'),
			regionEn: text(row, plan, 'region_en'),
			department: text(row, plan, 'department'),
			scope: text(row, plan, 'scope'),
			code: text(row, plan, 'code')
		});
	}
	return { facts, problems };
}

function walk(
	sheet: Sheet,
	recipe: Recipe,
	table: GenericTable,
	plan: Plan,
	build: (fact: GenericFact) => ReturnType<typeof buildRow>,
	where: { file: string; sheet: string | null }
) {
	const counts = { read: 0, imported: 0, rejected: 0, skipped: 0 };
	const tally = { notPublished: 0, blank: [] as number[], empty: [] as number[], totals: [] as number[] };
	const rows: ContractRow[] = [];
	const problems: ImportProblem[] = [];
	sheet.eachRow((row) => {
		if (recipe.lastDataRow !== null && row.n > recipe.lastDataRow) return false;
		if (row.n < recipe.firstDataRow) return;
		counts.read++;
		if (isBlank(row)) return void (counts.skipped++, tally.blank.push(row.n));
		// A 合计 row of a table by region is no region's figure: skipped, noted.
		const region = text(row, plan, 'region');
		if (table !== 'spending' && region !== null && isTotalLabel(region))
			return void (counts.skipped++, tally.totals.push(row.n));
		const found = factsOf(row, plan, where, tally);
		const built = found.facts.map(build);
		const bad = [...found.problems, ...built.flatMap((b) => ('problem' in b ? [b.problem] : []))];
		if (bad.length > 0) return void (counts.rejected++, problems.push(...bad));
		if (built.length === 0) return void (counts.skipped++, tally.empty.push(row.n));
		counts.imported++;
		rows.push(...built.flatMap((b) => ('row' in b ? [b.row] : [])));
	});
	return { counts, tally, rows, problems };
}

export function applyGeneric(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = { file: context.file, sheet: sheetLabel(sheet, context) };
	const whole = { ...where, row: null, col: null };
	const table = recipe.options?.['table'];
	if (typeof table !== 'string' || !(GENERIC_TABLES as readonly string[]).includes(table)) {
		const what = {
			zh: `应为 ${GENERIC_TABLES.join('、')} 之一`,
			en: `must be one of ${GENERIC_TABLES.join(', ')}`
		};
		const fix = {
			zh: '在配方 options 中设 "table": "environment"（或 regional_finance、spending）',
			en: 'set "table": "environment" (or regional_finance, spending) in the recipe\'s options'
		};
		return unreadSheet(sheet, recipe, [recipeInvalid(whole, 'options.table', what, fix)], []);
	}
	const headers = columnHeaders(rowsNumbered(sheet, recipe.headerRows));
	const resolved = resolveColumns(recipe, headers, where, findYear);
	const plan = planOf(resolved.columns);
	if (plan.figures.length === 0)
		return unreadSheet(
			sheet,
			recipe,
			[...resolved.problems, genericProblems.noFigureColumn(whole)],
			resolved.notes
		);
	const sourceId = context.sourceId(recipe);
	const walked = walk(
		sheet,
		recipe,
		table as GenericTable,
		plan,
		(fact) => buildRow(table as GenericTable, fact, recipe, context, sourceId),
		where
	);
	const notes: ImportNote[] = [...resolved.notes];
	if (walked.tally.blank.length > 0) notes.push(noteAt(whole, genericNotes.blank(walked.tally.blank)));
	if (walked.tally.totals.length > 0) notes.push(noteAt(whole, genericNotes.totals(walked.tally.totals)));
	if (walked.tally.empty.length > 0) notes.push(noteAt(whole, genericNotes.noFigures(walked.tally.empty)));
	if (walked.tally.notPublished > 0)
		notes.push(noteAt(whole, genericNotes.notPublished(walked.tally.notPublished)));
	const out = table === 'spending' ? linkCodedParents(walked.rows) : walked.rows;
	const rows = out.length === 0 ? {} : { [table]: out };
	return {
		sheet: sheet.name,
		layout: recipe.layout,
		recipe,
		counts: walked.counts,
		rows,
		problems: [...resolved.problems, ...walked.problems],
		notes
	};
}
