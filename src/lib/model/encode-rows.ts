// Contract rows (CSV cells by column name, as the importer makes them) as the two texts the site
// keeps of them: data/<table>.csv's lines, which `npm run data` reads, and the normalised CSV's
// lines, which DuckDB reads typed exactly as the data build types the embedded tables. The import
// worker encodes rows as they are checked; the page encodes the few reference rows; the CLI
// writes --out with the same lines.
import type { CsvRecord } from './csv';
import { refillRow, type RowStores, type TableContext } from './read-table';
import type { TableDef } from './schema';
import { normalisedCsvLines } from './stored';

/** A contract row: CSV cells by column name. */
export type CellRow = Readonly<Record<string, string>>;

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 as data/ files are written: quoted only when needed, quotes doubled, LF endings. */
function contractCell(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV lines in `header`'s column order (each with its line break). */
export function contractCsvLines(header: readonly string[], rows: readonly CellRow[]): string {
	// Loops, not map/join: the import worker writes 10^6 rows through here.
	let text = '';
	for (const row of rows) {
		for (let i = 0; i < header.length; i++)
			text += (i === 0 ? '' : ',') + contractCell(row[header[i] ?? ''] ?? '');
		text += '\n';
	}
	return text;
}

/** The contract's column names, in order: data/<table>.csv's header. */
export function contractHeader(table: TableDef): string[] {
	return table.columns.map((column) => column.name);
}

/**
 * Contract rows → normalised CSV lines, through the data build's own cell parser (parseRow's
 * loop). A cell that does not parse is written as null. `checked`: the rows passed the importer's
 * checkRow, so text cells are taken as they are (refillRow); at 490,000 rows that saves seconds.
 */
export class NormalisedEncoder {
	private readonly context: TableContext;
	private readonly names: readonly string[];
	private readonly record: { line: number; fields: string[] };
	private readonly row: RowStores = {
		line: 0,
		values: {},
		decimals: {},
		raw: {},
		invalid: new Set<string>()
	};
	private readonly one: RowStores[] = [this.row];

	constructor(
		private readonly table: TableDef,
		private readonly checked = false
	) {
		this.names = contractHeader(table);
		this.context = {
			table,
			file: table.name,
			columnIndex: new Map(this.names.map((name, i) => [name, i + 1]))
		};
		this.record = { line: 0, fields: this.names.map(() => '') };
	}

	lines(rows: readonly CellRow[]): string {
		let text = '';
		const { fields } = this.record;
		for (const row of rows) {
			for (let i = 0; i < this.names.length; i++) fields[i] = row[this.names[i] ?? ''] ?? '';
			this.record.line++;
			refillRow(this.context, this.record as CsvRecord, this.row, this.checked);
			text += normalisedCsvLines(this.table, this.one);
		}
		return text;
	}
}
