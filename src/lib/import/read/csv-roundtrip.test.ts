import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../model/csv';
import { CSV_BOM, quoteCell, toCsv } from '../../ui/csv';
import type { Row } from '../types';
import { readCsv } from './csv';

// Property: what the project's CSV writer (src/lib/ui/csv.ts: RFC 4180 quoting, CRLF, BOM)
// writes, the importer's CSV reader and the data build's reader read back identically. Cells are
// drawn from an alphabet weighted towards what breaks CSV: quotes, commas, CR, LF, BOM, tabs,
// formula starters, Chinese text and astral characters.
const AWKWARD = [
	'"',
	',',
	'\r',
	'\n',
	'\r\n',
	'\uFEFF',
	'\t',
	';',
	'|',
	'=',
	'-',
	'+',
	'@',
	' ',
	"'",
	'万元',
	'衡阳',
	'𠀋',
	'a',
	'1',
	'.'
];
const cellArb = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.array(fc.constantFrom(...AWKWARD), { maxLength: 8 }).map((parts) => parts.join(''))
	},
	// U+FFFD is left out: the reader rightly reports it as a sign of an earlier failed decoding.
	{
		weight: 1,
		arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replaceAll('\uFFFD', '?'))
	}
);
/** A table of 2–6 columns and 1–15 rows whose first column is never empty (an all-empty row is a blank line). */
const tableArb = fc.integer({ min: 2, max: 6 }).chain((width) =>
	fc.array(
		fc
			.tuple(
				cellArb.filter((c) => c !== ''),
				fc.array(cellArb, { minLength: width - 1, maxLength: width - 1 })
			)
			.map(([first, rest]) => [first, ...rest]),
		{ minLength: 1, maxLength: 15 }
	)
);

/** The writer without neutralisation (quoting and line ends only): the raw round trip. */
const writeRaw = (rows: string[][]) => rows.map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';

function importerRead(text: string, width: number): string[][] {
	const { workbook, problems } = readCsv('prop.csv', new TextEncoder().encode(text), {
		delimiter: ',',
		tabByName: false,
		maxProblems: 50
	});
	expect(problems).toEqual([]);
	const rows: Row[] = [];
	workbook!.sheets[0]!.eachRow((row) => void rows.push(row));
	return rows.map((row) => Array.from({ length: width }, (_, i) => row.cells[i]?.text ?? ''));
}

describe('CSV writer → reader round trip (fast-check)', () => {
	it('the importer reads back exactly what was written (BOM first, CRLF rows)', () => {
		fc.assert(
			fc.property(tableArb, (rows) => {
				expect(importerRead(CSV_BOM + writeRaw(rows), rows[0]!.length)).toEqual(rows);
			}),
			{ numRuns: 400 }
		);
	});
	it('toCsv (with formula neutralisation) reads back as the neutralised cells', () => {
		fc.assert(
			fc.property(tableArb, (rows) => {
				const written = toCsv(rows);
				const read = importerRead(CSV_BOM + written, rows[0]!.length);
				expect(toCsv(read)).toBe(written);
			}),
			{ numRuns: 300 }
		);
	});
	it('the data build reader (npm run data) reads back the same fields, line breaks as LF', () => {
		fc.assert(
			fc.property(tableArb, (rows) => {
				const { records, errors } = parseCsv(CSV_BOM + writeRaw(rows));
				expect(errors).toEqual([]);
				const lf = rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')));
				expect(records.map((r) => r.fields)).toEqual(lf);
			}),
			{ numRuns: 300 }
		);
	});
});
