// Readers: a file's bytes → a Workbook of Sheets of Rows (CSV/TSV with encoding and delimiter
// detected, XLSX and legacy .xls through SheetJS, Parquet through hyparquet). Pure TypeScript,
// the same in Node (CLI, data build) and in a browser worker.
//
// The result carries both a workbook and problems: `workbook` is null when the file cannot be
// read at all (empty, wrong type, encrypted, too large…); problems can also come with a workbook
// (CSV syntax errors, undecodable bytes), where the rows are still read and the problem says
// where and how they were read.
import type { FileFormat, ImportProblem, TextEncoding, Workbook } from '../types';
import { readCsv } from './csv';
import { detect, extensionOf } from './detect';
import { readProblems } from './messages';
import { readParquet } from './parquet';
import { readCfb, readXlsx } from './xlsx';
import { DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_FILE_BYTES, fileTooLarge } from './limits';

export interface ReadLimits {
	/** Refuse a workbook whose ZIP entries unpack to more than this (bytes). Default 200 MB. */
	readonly maxUncompressedBytes?: number;
	/** Refuse a file larger than this (bytes). Default 256 MB. */
	readonly maxFileBytes?: number;
	/** Refuse a workbook with one ZIP entry declared larger than this (bytes). Default 128 MB. */
	readonly maxEntryBytes?: number;
	/** CSV syntax problems listed one by one before a summary. Default 50. */
	readonly maxProblems?: number;
}

export interface ReadOptions {
	/** Read as this format instead of detecting it (the bytes must still fit). */
	readonly format?: FileFormat;
	/** CSV/TSV: decode with this encoding instead of detecting it. */
	readonly encoding?: TextEncoding;
	/** CSV/TSV: one character; sniffed (comma, tab, semicolon, |) when absent. */
	readonly delimiter?: string;
	readonly limits?: ReadLimits;
}

export interface ReadResult {
	readonly workbook: Workbook | null;
	readonly problems: readonly ImportProblem[];
}

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
const DEFAULT_MAX_PROBLEMS = 50;

/** Open `bytes` (the content of `file`) as a Workbook. */
export async function openWorkbook(
	file: string,
	bytes: Uint8Array,
	options: ReadOptions = {}
): Promise<ReadResult> {
	if (bytes.byteLength === 0) return { workbook: null, problems: [readProblems.empty(file)] };
	const tooLarge = fileTooLarge(
		file,
		bytes.byteLength,
		options.limits?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
	);
	if (tooLarge) return { workbook: null, problems: [tooLarge] };
	const detected = detect(file, bytes, options.format);
	if ('code' in detected) return { workbook: null, problems: [detected] };
	const limits = {
		maxUncompressedBytes: options.limits?.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
		maxEntryBytes: options.limits?.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES,
		notes: detected.notes
	};
	switch (detected.reader) {
		case 'xlsx':
			return readXlsx(file, bytes, limits);
		case 'cfb':
			return readCfb(file, bytes, limits);
		case 'parquet':
			return readParquet(file, bytes, detected.notes);
		case 'text': {
			const tabByName =
				options.format === 'tsv' || (options.format === undefined && extensionOf(file) === 'tsv');
			return readCsv(file, bytes, {
				encoding: options.encoding,
				delimiter: options.delimiter,
				tabByName,
				maxProblems: options.limits?.maxProblems ?? DEFAULT_MAX_PROBLEMS
			});
		}
	}
}

export { sniffDelimiter } from './csv';
export { fileTooLarge, DEFAULT_MAX_FILE_BYTES } from './limits';
export { scanCsv } from './csv-scan';
export { decodeText } from './encoding';
