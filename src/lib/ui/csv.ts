/**
 * The CSV writer for exports: RFC 4180 quoting, CRLF line ends, typed cells. A number cell is
 * written as a plain number (no grouping, no unit, no float noise: 2264, -1950.46) and is never
 * touched by formula neutralisation, so a spreadsheet can sum the column; a number with known
 * published decimals keeps them (161.30). A text cell starting
 * with = + - @, tab or carriage return is prefixed with `'` (OWASP ASVS 1.2.10) so a spreadsheet
 * shows it as text instead of running it. Pure, so it is tested without a browser.
 */

/** A number with its published decimals: `161.30` stays `161.30` (a number to any reader). */
export interface FixedCell {
	value: number;
	decimals: number;
}

export type CsvCell = string | number | null | FixedCell;

/** A number cell at the published precision when known (0–20 decimals), else plain. */
export function fixedCell(value: number, decimals: number | null | undefined): number | FixedCell {
	return typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20
		? { value, decimals }
		: value;
}

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
	if (typeof cell === 'number') return numberCell(cell);
	if (typeof cell === 'object') return Number.isFinite(cell.value) ? cell.value.toFixed(cell.decimals) : '';
	return quoteCell(neutraliseCell(cell));
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
