// The header block of a published table: 1–6 rows under the title block, joined top to bottom
// ('本年收入 / 事业收入 / 金额'), a horizontally merged group cell read over every column it
// covers. XLSX readers fill merged ranges already; a CSV transcription shows a group's text in
// its first cell and blanks after it, so those blanks are filled here when sub-headers sit below.
import { cellText } from '../sheet';
import type { Row } from '../types';
import { readNumber } from './numbers';
import { compact, distinctTexts, filledTexts, labelParts, oneLine } from './text';
import { titleRows } from './title';
import { isTotalLabel } from './totals';

export const MAX_HEADER_ROWS = 6;

export interface HeaderBlock {
	/** Source rows of the header, top to bottom. */
	readonly rows: readonly number[];
	/** First row after the header (the first data row), or null when the sheet ends first. */
	readonly firstDataRow: number | null;
	/** Joined header text per column (index 0 = column 1); '' where a column has no header. */
	readonly columns: readonly string[];
}

/** A 栏次 / 行次 row numbers the columns (1, 2, 3 …): part of the header, not a header text. */
export function isColumnNumberRow(row: Row): boolean {
	const first = distinctTexts(filledTexts(row.cells))[0] ?? '';
	return /^(?:栏次|行次|栏号)$/.test(compact(first));
}

function isYearLike(text: string): boolean {
	const cell = readNumber(text);
	return cell.kind === 'number' && cell.decimals === 0 && cell.value >= 1900 && cell.value <= 2100;
}

/** A row that starts the data: a figure in some cell, a 合计 label, or a numbered / coded row label. */
export function isDataRow(row: Row): boolean {
	if (isColumnNumberRow(row)) return false;
	const texts = filledTexts(row.cells);
	if (texts.some((text) => readNumber(text).kind === 'number' && !isYearLike(text))) return true;
	// A row label with blank figures: a code and a name, or one 合计 / numbered label; header
	// rows under a group hold several words (小计, 一般公共预算 …).
	const words = texts.filter((text) => oneLine(text) !== '');
	const first = words[0] ?? '';
	if (/^\d{3,9}$/.test(compact(first)) && !isYearLike(first)) return words.length <= 2;
	if (words.length !== 1) return false;
	return isTotalLabel(first) || labelParts(first).core !== compact(first);
}

/** The header rows: from the first row under the title block until the first data row. */
export function detectHeader(rows: readonly Row[]): HeaderBlock | null {
	const title = new Set(titleRows(rows).map((row) => row.n));
	const after = rows.filter((row) => !title.has(row.n) && rowHasText(row));
	const start = after[0];
	if (start === undefined) return null;
	const header: Row[] = [start];
	let firstDataRow: number | null = null;
	for (const row of after.slice(1)) {
		if (isDataRow(row)) {
			firstDataRow = row.n;
			break;
		}
		if (header.length >= MAX_HEADER_ROWS) {
			firstDataRow = row.n;
			break;
		}
		header.push(row);
	}
	return { rows: header.map((row) => row.n), firstDataRow, columns: joinHeader(header) };
}

function rowHasText(row: Row): boolean {
	return row.cells.some((cell) => cell !== null && oneLine(cell.text) !== '');
}

/** The reader already filled merged ranges (XLSX): blanks in the header are real blanks then. */
function mergesFilled(rows: readonly Row[]): boolean {
	return rows.some((row) => row.cells.some((cell) => cell?.mergedFrom !== undefined));
}

/** Columns up to the last one with text (XLSX rows may carry thousands of empty formatted cells). */
function usedWidth(rows: readonly Row[]): number {
	let width = 0;
	for (const row of rows) {
		for (let c = row.cells.length; c > width; c--) {
			if (oneLine(row.cells[c - 1]?.text ?? '') !== '') {
				width = c;
				break;
			}
		}
	}
	return width;
}

/** Header texts per row and column, CSV group blanks filled from the left where sub-headers sit below. */
function headerGrid(rows: readonly Row[]): string[][] {
	const width = usedWidth(rows);
	const grid = rows.map((row) => {
		const numbers = isColumnNumberRow(row);
		return Array.from({ length: width }, (_, i) => (numbers ? '' : oneLine(cellText(row, i + 1))));
	});
	if (mergesFilled(rows)) return grid;
	// below[r][c]: some row under r has text in column c.
	const below = grid.map(() => new Array<boolean>(width).fill(false));
	for (let r = grid.length - 2; r >= 0; r--) {
		for (let c = 0; c < width; c++) below[r]![c] = below[r + 1]![c]! || (grid[r + 1]![c] ?? '') !== '';
	}
	const parent = new Array<string>(width).fill('');
	grid.forEach((line, r) => {
		for (let c = 1; c < width; c++) {
			if (line[c] !== '' || line[c - 1] === '' || !below[r]![c] || !below[r]![c - 1]) continue;
			if (parent[c] === parent[c - 1]) line[c] = line[c - 1] ?? '';
		}
		for (let c = 0; c < width; c++) parent[c] = `${parent[c]}\u0001${line[c]}`;
	});
	return grid;
}

/** Joined header per column: parts top to bottom, a part repeated by a vertical merge kept once. */
export function joinHeader(rows: readonly Row[]): string[] {
	const grid = headerGrid(rows);
	const width = grid[0]?.length ?? 0;
	return Array.from({ length: width }, (_, c) => {
		const parts: string[] = [];
		for (const line of grid) {
			const text = line[c] ?? '';
			if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
		}
		return parts.join(' / ');
	});
}
