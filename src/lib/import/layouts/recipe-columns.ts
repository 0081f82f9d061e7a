// Header text per column, read the way a person reads a multi-row header: the group header over
// several columns, then the column's own label (zh, en, unit), then the scope (全市 / 市辖区).
// Recipes name their columns by this text, so a recipe finds its columns again when the next
// edition moves them (matched by header text, never by position alone).
import { cellText } from '../sheet';
import type { ImportNote, ImportProblem, Recipe, RecipeColumn, Row, Sheet, SourcePlace } from '../types';
import { NOTE_COLUMN_MOVED, columnMissing } from './recipe-messages';

/** One header part: the text of one header cell over a column, with the row it sits in. */
export interface HeaderPart {
	readonly row: number;
	readonly text: string;
	/** The same text fills three or more neighbouring columns of that row: a group header. */
	readonly group: boolean;
}

export interface ColumnHeader {
	readonly col: number;
	readonly parts: readonly HeaderPart[];
	/** Parts joined top to bottom, whitespace collapsed. */
	readonly text: string;
}

/** Whitespace (newlines, runs of padding spaces) collapsed to one space. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Text compared across files: full-width made ASCII, spaces and table numbers (2-9) dropped. */
export function headerKey(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/^\d+-\d+/, '')
		.toLowerCase();
}

/** The source rows with the given numbers (in sheet order), stopping after the last one. */
export function rowsNumbered(sheet: Sheet, numbers: readonly number[]): Row[] {
	const wanted = new Set(numbers);
	const last = Math.max(0, ...numbers);
	const rows: Row[] = [];
	sheet.eachRow((row) => {
		if (wanted.has(row.n)) rows.push(row);
		return row.n < last;
	});
	return rows;
}

function isGroupCell(row: Row, col: number, text: string): boolean {
	let span = 1;
	for (let c = col - 1; c >= 1 && oneLine(cellText(row, c)) === text; c--) span++;
	for (let c = col + 1; oneLine(cellText(row, c)) === text; c++) span++;
	return span >= 3;
}

/** Header parts of every column that has header text, from the given header rows. */
export function columnHeaders(headerRows: readonly Row[]): ColumnHeader[] {
	const width = Math.max(0, ...headerRows.map((row) => row.cells.length));
	const headers: ColumnHeader[] = [];
	for (let col = 1; col <= width; col++) {
		const parts: HeaderPart[] = [];
		for (const row of headerRows) {
			const text = oneLine(cellText(row, col));
			// A vertical merge repeats the text downwards: one part, not two.
			if (text === '' || parts[parts.length - 1]?.text === text) continue;
			parts.push({ row: row.n, text, group: isGroupCell(row, col, text) });
		}
		if (parts.length > 0) headers.push({ col, parts, text: parts.map((part) => part.text).join(' ') });
	}
	return headers;
}

export interface ResolvedColumn extends RecipeColumn {
	/** The column of this sheet the recipe column was found in. */
	readonly found: number;
}

/** A layout's own way to find a column whose header text changed (aliases), or null. */
export type FindByMeaning = (column: RecipeColumn, headers: readonly ColumnHeader[]) => number | null;

/**
 * Where each of the recipe's columns is in this sheet: at its number when the header text there
 * is the same; else in the one column with the same header text (a note says it moved); else,
 * when the layout knows aliases for its meaning, in the column they find (a note again); else a
 * problem. Columns meaning 'ignore' are not looked for.
 */
export function resolveColumns(
	recipe: Recipe,
	headers: readonly ColumnHeader[],
	where: Omit<SourcePlace, 'row' | 'col'>,
	findByMeaning?: FindByMeaning
): { columns: ResolvedColumn[]; notes: ImportNote[]; problems: ImportProblem[] } {
	const byCol = new Map(headers.map((header) => [header.col, header]));
	const columns: ResolvedColumn[] = [];
	const notes: ImportNote[] = [];
	const problems: ImportProblem[] = [];
	for (const column of recipe.columns) {
		if (column.meaning === 'ignore') continue;
		const key = headerKey(column.header);
		const here = byCol.get(column.col);
		if (here === undefined ? key === '' : headerKey(here.text) === key) {
			columns.push({ ...column, found: column.col });
			continue;
		}
		const same = headers.filter((header) => headerKey(header.text) === key);
		const how = same.length === 1 ? 'header' : 'meaning';
		const found = same.length === 1 ? (same[0]?.col ?? null) : (findByMeaning?.(column, headers) ?? null);
		const place = { ...where, row: null, col: found ?? column.col, header: column.header };
		if (found === null) problems.push(columnMissing(place, column));
		else {
			columns.push({ ...column, found });
			notes.push({ place, message: NOTE_COLUMN_MOVED(column, found, byCol.get(found)?.text ?? '', how) });
		}
	}
	return { columns, notes, problems };
}
