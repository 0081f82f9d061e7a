import Papa from 'papaparse';

/** One CSV record with the 1-based file line it starts on. */
export interface CsvRecord {
	readonly line: number;
	readonly fields: readonly string[];
}

export interface CsvSyntaxError {
	readonly line: number;
	readonly code: 'MissingQuotes' | 'InvalidQuotes' | 'Other';
}

export interface CsvParse {
	readonly records: readonly CsvRecord[];
	readonly errors: readonly CsvSyntaxError[];
}

/** Strip a UTF-8 BOM and turn CRLF / CR line breaks into LF (line numbers are unchanged). */
export function normaliseCsvText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function countNewlines(text: string, range: { from: number; to: number }): number {
	const { from, to } = range;
	let count = 0;
	for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
	return count;
}

function syntaxCode(code: string): CsvSyntaxError['code'] {
	return code === 'MissingQuotes' || code === 'InvalidQuotes' ? code : 'Other';
}

/**
 * Parse RFC 4180 CSV (comma, double quotes) into records, every record carrying the file line
 * it starts on. PapaParse's own error `row` is a record index, not a file line, once quoted
 * newlines occur, so lines are counted here from the cursor PapaParse reports after each record.
 * Blank lines are returned as records (a single empty field) so callers can list them.
 */
export function parseCsv(text: string): CsvParse {
	// PapaParse drops a U+FEFF at the start of its input, so a second BOM (a stray one, left by
	// joining files) would vanish from the first cell and shift every offset: keep it in the cell,
	// where the text check refuses it with its line and column.
	const normalised = normaliseCsvText(text);
	const stray = /^\uFEFF*/.exec(normalised)![0];
	const input = normalised.slice(stray.length);
	const records: CsvRecord[] = [];
	const errors: CsvSyntaxError[] = [];
	let start = 0;
	let line = 1;
	Papa.parse<string[]>(input, {
		delimiter: ',',
		newline: '\n',
		quoteChar: '"',
		escapeChar: '"',
		header: false,
		skipEmptyLines: false,
		step: (result) => {
			// PapaParse reports an empty record after a final line break: not a line of the file.
			if (start >= input.length) return;
			const end = result.meta.cursor;
			const fields =
				records.length === 0 && stray
					? [stray + (result.data[0] ?? ''), ...result.data.slice(1)]
					: result.data;
			records.push({ line, fields });
			for (const error of result.errors) errors.push({ line, code: syntaxCode(error.code) });
			line += countNewlines(input, { from: start, to: end });
			start = end;
		}
	});
	return { records, errors };
}

/** A CSV's header and its non-blank records as objects (column → cell text), in file order. */
export function csvObjects(text: string): { header: string[] | null; rows: Record<string, string>[] } {
	const [head, ...records] = parseCsv(text).records;
	const header = head ? [...head.fields] : null;
	const rows = records
		.filter((record) => record.fields.some((field) => field !== ''))
		.map((record) => Object.fromEntries((header ?? []).map((name, i) => [name, record.fields[i] ?? ''])));
	return { header, rows };
}
