// Excel workbooks → Workbook: XLSX/XLSM/XLSB/ODS (ZIP) and legacy .xls (CFB) through SheetJS
// (@e965/xlsx, the SheetJS CE 0.20.3 release). Before SheetJS unpacks anything, the ZIP's
// central directory is checked against the size limit (zip bombs) and a CFB container is checked
// for encryption streams (a password-protected .xlsx is a CFB, not a ZIP).
import { CFB, read, type WorkBook } from '@e965/xlsx';
import type { ImportNote, ImportProblem, Sheet, Workbook } from '../types';
import { memorySheet } from '../sheet';
import { advertExcerpt, contentOf, isAdvert } from './adverts';
import { readNotes, readProblems } from './messages';
import { sheetRows } from './xlsx-sheet';
import { isWorkbookZip, unpackedSize, zipEntries } from './zip';
import { entryTooLarge, ignoredParts } from './limits';

export interface XlsxRead {
	readonly workbook: Workbook | null;
	readonly problems: ImportProblem[];
}

const failed = (problem: ImportProblem): XlsxRead => ({ workbook: null, problems: [problem] });

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function parse(file: string, bytes: Uint8Array): WorkBook | ImportProblem {
	try {
		return read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellDates: false });
	} catch (error) {
		const detail = message(error);
		return /password/i.test(detail) ? readProblems.encrypted(file) : readProblems.unreadable(file, detail);
	}
}

/** The data sheets, leaving out hidden, empty and advert sheets (each with a note). */
function dataSheets(file: string, book: WorkBook, notes: ImportNote[]): Sheet[] {
	const sheets: Sheet[] = [];
	book.SheetNames.forEach((name, i) => {
		const worksheet = book.Sheets[name];
		if (worksheet === undefined) return;
		if ((book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0) {
			notes.push(readNotes.sheetHidden(file, name));
			return;
		}
		const lastRow = rangeEnd(worksheet['!ref']);
		const { rows, formulasWithoutValue } = sheetRows(worksheet, lastRow);
		const content = contentOf(rows);
		if (content.cells === 0) notes.push(readNotes.sheetEmpty(file, name));
		else if (isAdvert(name, content)) notes.push(readNotes.sheetAdvert(file, name, advertExcerpt(content)));
		else sheets.push(memorySheet(name, rows));
		if (content.cells > 0 && formulasWithoutValue > 0) {
			notes.push(readNotes.formulaWithoutValue(file, name, formulasWithoutValue));
		}
	});
	return sheets;
}

/** 0-based last row of an A1 range ("A1:HU331" → 330); -1 for no range. */
function rangeEnd(ref: string | undefined): number {
	const match = /(\d+)$/.exec(ref ?? '');
	return match === null ? -1 : Number(match[1]) - 1;
}

function workbookOf(file: string, book: WorkBook, notes: ImportNote[]): Workbook {
	const sheets = dataSheets(file, book, notes);
	return { file, format: 'xlsx', encoding: null, delimiter: null, sheets, notes };
}

export interface XlsxReadOptions {
	readonly maxUncompressedBytes: number;
	/** One entry's declared unpacked size; default DEFAULT_MAX_ENTRY_BYTES. */
	readonly maxEntryBytes?: number;
	readonly notes: readonly ImportNote[];
}

/** A ZIP-based workbook (XLSX, XLSM, XLSB, ODS). */
export function readXlsx(file: string, bytes: Uint8Array, options: XlsxReadOptions): XlsxRead {
	const entries = zipEntries(bytes);
	if (entries === null)
		return failed(
			readProblems.unreadable(file, { zh: 'ZIP 压缩包已损坏', en: 'the ZIP archive is damaged' })
		);
	if (!isWorkbookZip(entries)) return failed(readProblems.zipNotWorkbook(file));
	const total = unpackedSize(entries);
	if (total > options.maxUncompressedBytes) {
		return failed(readProblems.tooLarge(file, total, options.maxUncompressedBytes));
	}
	const oversized = entryTooLarge(file, entries, options.maxEntryBytes);
	if (oversized) return failed(oversized);
	const book = parse(file, bytes);
	if (!('SheetNames' in book)) return failed(book);
	return {
		workbook: workbookOf(file, book, [...options.notes, ...ignoredParts(file, entries)]),
		problems: []
	};
}

interface CfbContainer {
	readonly FullPaths: readonly string[];
}

function cfbStreams(bytes: Uint8Array): string[] | null {
	try {
		const container = CFB.read(bytes, { type: 'array' }) as CfbContainer;
		return container.FullPaths.map((path) => path.replace(/^.*\//, '').replace(/\/$/, ''));
	} catch {
		return null;
	}
}

/**
 * A CFB (OLE2) container: an encrypted OOXML workbook (EncryptionInfo + EncryptedPackage
 * streams) is refused; a legacy .xls (Workbook/Book stream) is read with a note.
 */
export function readCfb(file: string, bytes: Uint8Array, options: XlsxReadOptions): XlsxRead {
	const streams = cfbStreams(bytes);
	if (streams === null)
		return failed(
			readProblems.unreadable(file, { zh: 'OLE2/CFB 文件已损坏', en: 'the OLE2/CFB container is damaged' })
		);
	if (streams.includes('EncryptedPackage') || streams.includes('EncryptionInfo')) {
		return failed(readProblems.encrypted(file));
	}
	if (!streams.includes('Workbook') && !streams.includes('Book')) {
		return failed(
			readProblems.unreadable(file, {
				zh: '这是 Office 文件，但不是 Excel 工作簿',
				en: 'it is an Office file but not an Excel workbook'
			})
		);
	}
	if (bytes.byteLength > options.maxUncompressedBytes) {
		return failed(readProblems.tooLarge(file, bytes.byteLength, options.maxUncompressedBytes));
	}
	const book = parse(file, bytes);
	if (!('SheetNames' in book)) return failed(book);
	return { workbook: workbookOf(file, book, [...options.notes, readNotes.legacyXls(file)]), problems: [] };
}
