/**
 * The CSV writer for exports: RFC 4180 quoting, CRLF line ends, and formula neutralisation
 * (OWASP ASVS 1.2.10): a cell starting with = + - @, tab or carriage return is prefixed with `'`
 * so a spreadsheet shows it as text instead of running it. Pure, so it is tested without a browser.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (optionally signed, grouped, with an exponent): data, not a formula. */
const PLAIN_NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * A cell a spreadsheet will not evaluate: `=1+1` → `'=1+1`, `-14.9%` → `'-14.9%`; a negative
 * number stays a number (`-5383.36`), or a spreadsheet could no longer sum the column.
 */
export function neutraliseCell(cell: string): string {
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Quotes a cell when it holds a comma, a quote or a line break (quotes doubled). */
export function quoteCell(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of text cells → CSV text (no BOM). Every cell is neutralised, then quoted. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return (
		rows.map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(',')).join('\r\n') + '\r\n'
	);
}

/** A table as shown (header row, then body rows) → CSV text. */
export function tableToCsv(table: {
	columns: readonly string[];
	rows: readonly (readonly string[])[];
}): string {
	return toCsv([table.columns, ...table.rows]);
}

/**
 * The file's bytes: a UTF-8 byte-order mark first, because spreadsheet programs otherwise read
 * Chinese UTF-8 as a local code page.
 */
export const CSV_BOM = '\uFEFF';
