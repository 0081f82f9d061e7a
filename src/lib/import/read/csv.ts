// CSV/TSV bytes → a Workbook with one streaming Sheet: decoded once, then each eachRow call walks
// the text record by record. Opening scans the text once (no cells built) to count the records
// and find syntax errors, so they are reported before any row is used.
import type { Cell, ImportNote, ImportProblem, Row, Sheet, TextEncoding, Workbook } from '../types';
import { textCell } from '../sheet';
import { scanCsv, type CsvIssue } from './csv-scan';
import { decodeText } from './encoding';
import { tableTooLarge } from './limits';
import { readNotes, readProblems } from './messages';

export const DELIMITERS = [',', '\t', ';', '|'] as const;

const SNIFF_CHARS = 65536;
const SNIFF_RECORDS = 200;

/**
 * The delimiter that splits the first records into the most rows of one same width (2 or more
 * fields). Metadata lines above the header (one field) and notes below do not outvote it.
 */
export function sniffDelimiter(text: string, preferred: string = ','): string {
	const sample = text.slice(0, SNIFF_CHARS);
	const order = [preferred, ...DELIMITERS.filter((d) => d !== preferred)];
	let best = preferred;
	let bestScore = 0;
	for (const delimiter of order) {
		const widths = new Map<number, number>();
		let records = 0;
		scanCsv(sample, delimiter, (fields) => {
			if (fields.length > 1) widths.set(fields.length, (widths.get(fields.length) ?? 0) + 1);
			return ++records < SNIFF_RECORDS;
		});
		const score = Math.max(0, ...widths.values());
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

/** A row from CSV fields: empty field → null cell; trailing empty cells left off. */
export function rowOfFields(fields: readonly string[], n: number): Row {
	let end = fields.length;
	while (end > 0 && fields[end - 1] === '') end--;
	const cells: (Cell | null)[] = new Array<Cell | null>(end);
	for (let i = 0; i < end; i++) cells[i] = textCell(fields[i] as string);
	return { n, cells };
}

function baseName(file: string): string {
	return file.replace(/^.*[\\/]/, '');
}

export function csvSheet(name: string, text: string, delimiter: string, rowCount: number | null): Sheet {
	return {
		name,
		rowCount,
		eachRow(visit) {
			scanCsv(text, delimiter, (fields, line) => visit(rowOfFields(fields, line)));
		},
		eachRowFrom(from, visit) {
			scanCsv(
				text,
				delimiter,
				(fields, line, next) => visit(rowOfFields(fields, line), next),
				undefined,
				from
			);
		}
	};
}

function syntaxProblems(file: string, issues: readonly CsvIssue[], limit: number): ImportProblem[] {
	const listed = issues
		.slice(0, limit)
		.map((issue) =>
			issue.kind === 'unclosed_quote'
				? readProblems.unclosedQuote(file, issue.line)
				: readProblems.textAfterQuote(file, issue.line)
		);
	if (issues.length > limit) listed.push(readProblems.moreSyntax(file, issues.length - limit));
	return listed;
}

export interface CsvReadOptions {
	readonly encoding?: TextEncoding;
	readonly delimiter?: string;
	/** The file is named (or declared) .tsv: tab, without sniffing. */
	readonly tabByName: boolean;
	readonly maxProblems: number;
	/** Rows and columns the file may hold (default limits.ts DEFAULT_MAX_ROWS / _COLUMNS). */
	readonly limits?: { readonly rows: number; readonly columns: number };
}

/** The caller's delimiter, else tab for a file named .tsv, else the sniffed one. */
function delimiterOf(
	text: string,
	options: CsvReadOptions
): { delimiter: string; how: 'given' | 'name' | 'sniffed' } {
	const given = options.delimiter;
	if (given !== undefined && given.length === 1 && !'"\r\n'.includes(given))
		return { delimiter: given, how: 'given' };
	if (options.tabByName) return { delimiter: '\t', how: 'name' };
	return { delimiter: sniffDelimiter(text), how: 'sniffed' };
}

export interface CsvRead {
	readonly workbook: Workbook | null;
	readonly problems: ImportProblem[];
}

export function readCsv(file: string, bytes: Uint8Array, options: CsvReadOptions): CsvRead {
	const decoded = decodeText(bytes, options.encoding);
	const text = decoded.text;
	if (text.trim() === '') return { workbook: null, problems: [readProblems.empty(file)] };
	const problems: ImportProblem[] = [];
	if (decoded.undecoded > 0) problems.push(readProblems.encodingUnknown(file, decoded.undecoded));
	const { delimiter, how } = delimiterOf(text, options);
	const issues: CsvIssue[] = [];
	const shape = { rows: 0, widest: 0, widestLine: 0 };
	const rowCount = scanCsv(
		text,
		delimiter,
		(fields, line) => {
			if (fields.length > shape.widest) Object.assign(shape, { widest: fields.length, widestLine: line });
		},
		(issue) => issues.push(issue)
	);
	shape.rows = rowCount;
	const oversized = tableTooLarge(file, shape, options.limits);
	if (oversized) return { workbook: null, problems: [oversized] };
	problems.push(...syntaxProblems(file, issues, options.maxProblems));
	const notes: ImportNote[] = [
		readNotes.encoding(file, decoded.encoding, decoded.reason),
		readNotes.delimiter(file, delimiter, how)
	];
	const workbook: Workbook = {
		file,
		format: delimiter === '\t' ? 'tsv' : 'csv',
		encoding: decoded.encoding,
		delimiter,
		sheets: [csvSheet(baseName(file), text, delimiter, rowCount)],
		notes
	};
	return { workbook, problems };
}
