// Sheets held in memory (XLSX, Parquet, tests): rows as arrays, visited in order.
import type { Cell, Row, Sheet } from './types';

/** A cell from text alone (CSV fields, test tables): empty text is an empty cell. */
export function textCell(text: string): Cell | null {
	return text === '' ? null : { text, value: null };
}

/** A sheet over rows already in memory; `firstRow` is the source number of the first row. */
export function memorySheet(name: string, rows: readonly Row[]): Sheet {
	return {
		name,
		rowCount: rows.length,
		eachRow(visit) {
			for (const row of rows) if (visit(row) === false) return;
		}
	};
}

/** A sheet from plain text rows, numbered from `firstRow` (1 by default). Handy in tests. */
export function sheetFromText(name: string, rows: readonly (readonly string[])[], firstRow = 1): Sheet {
	return memorySheet(
		name,
		rows.map((cells, i) => ({ n: firstRow + i, cells: cells.map(textCell) }))
	);
}

/** The first `limit` rows of a sheet (for recognising its layout). */
export function headRows(sheet: Sheet, limit: number): Row[] {
	const rows: Row[] = [];
	sheet.eachRow((row) => {
		rows.push(row);
		return rows.length < limit;
	});
	return rows;
}

/** Cell text, '' for an empty cell or a column past the row's end. */
export function cellText(row: Row, col: number): string {
	return row.cells[col - 1]?.text ?? '';
}
