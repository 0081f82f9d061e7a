// Small sheet helpers shared by the yearbook, NBS, generic and contract-table layouts.
import type { ImportContext, ImportNote, ImportProblem, Recipe, Row, Sheet, SheetImport } from '../types';

/** The sheet name as provenance shows it: XLSX sheets by name, CSV/TSV/Parquet none (the file is the sheet). */
export function sheetLabel(sheet: Sheet, context: ImportContext): string | null {
	return /\.xls[xm]?$/i.test(context.file) ? sheet.name : null;
}

export function isBlank(row: Row): boolean {
	return row.cells.every((cell) => cell === null || cell.text.trim() === '');
}

/** Data rows (non-blank, from the recipe's first data row on) of a sheet none of which could be read. */
export function unreadSheet(
	sheet: Sheet,
	recipe: Recipe,
	problems: ImportProblem[],
	notes: ImportNote[]
): SheetImport {
	let read = 0;
	sheet.eachRow((row) => {
		if (recipe.lastDataRow !== null && row.n > recipe.lastDataRow) return false;
		if (row.n >= recipe.firstDataRow && !isBlank(row)) read++;
	});
	const counts = { read, imported: 0, rejected: read, skipped: 0 };
	return { sheet: sheet.name, layout: recipe.layout, recipe, counts, rows: {}, problems, notes };
}
