// One SheetJS worksheet → rows of Cells as a reader of the table reads them: cached values of
// formula cells (never evaluated here), numbers cleaned of float artefacts, formatted text kept
// when it shows the same number, and every cell of a merged range filled from its top-left.
import { SSF, type CellObject, type Range, type WorkSheet } from '@e965/xlsx';
import type { Cell, Row } from '../types';
import { cleanNumber, displayedNumber } from './numbers';

type MutableCell = { -readonly [K in keyof Cell]: Cell[K] };

export interface SheetRows {
	readonly rows: Row[];
	/** Formula cells saved without a cached result (read as empty). */
	readonly formulasWithoutValue: number;
}

function isDateFormat(format: CellObject['z']): boolean {
	return typeof format === 'string' && format !== 'General' && SSF.is_date(format) === true;
}

function valueCell(cell: CellObject): MutableCell | null {
	const { v } = cell;
	switch (cell.t) {
		case 'n': {
			if (typeof v !== 'number') return null;
			const value = cleanNumber(v);
			return { text: displayedNumber(value, cell.w, isDateFormat(cell.z)), value };
		}
		case 's': {
			const text = typeof v === 'string' ? v : (cell.w ?? '');
			return text === '' ? null : { text, value: text };
		}
		case 'b':
			return typeof v === 'boolean' ? { text: cell.w ?? (v ? 'TRUE' : 'FALSE'), value: v } : null;
		case 'e':
			// SheetJS marks a formula saved without a result as an error cell with no value: it is
			// a missing result (counted and noted), not a #N/A the sheet shows.
			if (v === undefined && typeof cell.f === 'string') return null;
			return { text: cell.w ?? '#N/A', value: null };
		case 'd': {
			const text = cell.w ?? (v instanceof Date ? v.toISOString() : String(v ?? ''));
			return text === '' ? null : { text, value: text };
		}
		default:
			return null;
	}
}

/** A SheetJS cell as a Cell; `missing` counts formula cells that carry no cached value. */
function toCell(cell: CellObject | undefined, missing: { count: number }): MutableCell | null {
	if (cell === undefined) return null;
	const converted = valueCell(cell);
	const formula = typeof cell.f === 'string' && cell.f !== '';
	if (formula && converted === null && cell.t !== 's') missing.count++;
	if (converted !== null && formula) converted.formula = true;
	return converted;
}

/** Every cell of each merged range takes the top-left's text and value, with `mergedFrom`. */
function fillMerges(grid: (MutableCell | null)[][], merges: readonly Range[]): void {
	for (const merge of merges) {
		const top = grid[merge.s.r]?.[merge.s.c];
		if (top === null || top === undefined) continue;
		const mergedFrom = { row: merge.s.r + 1, col: merge.s.c + 1 };
		for (let r = merge.s.r; r <= merge.e.r; r++) {
			const cells = (grid[r] ??= []);
			for (let c = merge.s.c; c <= merge.e.c; c++) cells[c] = { ...top, mergedFrom };
		}
	}
}

function trimmed(cells: readonly (MutableCell | null | undefined)[]): (Cell | null)[] {
	let end = cells.length;
	while (end > 0 && (cells[end - 1] ?? null) === null) end--;
	const out: (Cell | null)[] = new Array<Cell | null>(end);
	for (let c = 0; c < end; c++) out[c] = cells[c] ?? null;
	return out;
}

/** Rows 1 … last row of the sheet's range (empty rows included, with no cells). */
export function sheetRows(sheet: WorkSheet, lastRow: number): SheetRows {
	const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
	const missing = { count: 0 };
	const grid: (MutableCell | null)[][] = [];
	for (let r = 0; r <= lastRow; r++) {
		const source = data[r] ?? [];
		const cells: (MutableCell | null)[] = new Array<MutableCell | null>(source.length);
		for (let c = 0; c < source.length; c++) cells[c] = toCell(source[c], missing);
		grid.push(cells);
	}
	fillMerges(grid, sheet['!merges'] ?? []);
	const rows = grid.map((cells, r) => ({ n: r + 1, cells: trimmed(cells) }));
	return { rows, formulasWithoutValue: missing.count };
}
