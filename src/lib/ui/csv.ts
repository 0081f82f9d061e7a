/**
 * The CSV writer for exports: RFC 4180 quoting, CRLF line ends, typed cells. A number cell is
 * written as a plain number (no grouping, no unit, no float noise: 2264, -1950.46) and is never
 * touched by formula neutralisation, so a spreadsheet can sum the column. A text cell starting
 * with = + - @, tab or carriage return is prefixed with `'` (OWASP ASVS 1.2.10) so a spreadsheet
 * shows it as text instead of running it. Pure, so it is tested without a browser.
 */

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will not evaluate: `=1+1` → `'=1+1`, `-14.9%` → `'-14.9%`. */
export function neutraliseCell(cell: string): string {
	return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A number as data: 15 significant digits (5393.639999999999 → 5393.64), empty when not finite. */
export function numberCell(value: number): string {
	return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
}

/** Quotes a cell when it holds a comma, a quote or a line break (quotes doubled). */
export function quoteCell(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function cellText(cell: CsvCell): string {
	if (cell === null) return '';
	return typeof cell === 'number' ? numberCell(cell) : quoteCell(neutraliseCell(cell));
}

/** Rows of typed cells → CSV text (no BOM). Text cells are neutralised, then quoted. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n';
}

/**
 * The file's bytes: a UTF-8 byte-order mark first, because spreadsheet programs otherwise read
 * Chinese UTF-8 as a local code page.
 */
export const CSV_BOM = '\uFEFF';
