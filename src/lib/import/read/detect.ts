// What a file is, from its first bytes, cross-checked with its name. Binary signatures are
// unambiguous, so they win over a wrong extension (with a note); text under a workbook or Parquet
// name is refused (it is often a web page saved as .xls, or a CSV renamed), with a fix.
import type { FileFormat, ImportNote, ImportProblem } from '../types';
import { bomOf } from './encoding';
import { readNotes, readProblems, type ContentKind } from './messages';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((byte, i) => bytes[i] === byte);
}

/** A web page (HTML) rather than a table: portals often serve these as ".xls". */
function looksLikeHtml(bytes: Uint8Array): boolean {
	const start = bomOf(bytes)?.length ?? 0;
	const head = new TextDecoder('utf-8')
		.decode(bytes.subarray(start, start + 512))
		.trimStart()
		.toLowerCase();
	return /^(<!doctype html|<html|<table|<\?xml[^>]*>\s*<html)/.test(head);
}

export function contentKind(bytes: Uint8Array): ContentKind {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
		return 'zip';
	if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
	if (startsWith(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
	return looksLikeHtml(bytes) ? 'html' : 'text';
}

export function extensionOf(file: string): string {
	const match = /\.([^./\\]+)$/.exec(file);
	return match === null ? '' : (match[1] as string).toLowerCase();
}

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'et']);

/** Which reader to use: 'cfb' is the Excel reader's OLE2 branch (legacy .xls, encrypted .xlsx). */
export type ReaderKind = 'xlsx' | 'cfb' | 'parquet' | 'text';

export interface Detected {
	readonly reader: ReaderKind;
	readonly notes: ImportNote[];
}

function expectedKinds(format: FileFormat): readonly ContentKind[] {
	if (format === 'xlsx') return ['zip', 'cfb'];
	if (format === 'parquet') return ['parquet'];
	return ['text'];
}

function readerOf(kind: ContentKind): ReaderKind {
	return kind === 'zip' ? 'xlsx' : kind === 'html' ? 'text' : kind;
}

/** The reader for `bytes` named `file`, or the problem that stops reading it. */
export function detect(file: string, bytes: Uint8Array, format?: FileFormat): Detected | ImportProblem {
	const kind = contentKind(bytes);
	if (format !== undefined) {
		if (expectedKinds(format).includes(kind)) return { reader: readerOf(kind), notes: [] };
		return readProblems.typeMismatch(file, format.toUpperCase(), kind);
	}
	const extension = extensionOf(file);
	const binaryName = WORKBOOK_EXTENSIONS.has(extension) || extension === 'parquet';
	if (kind === 'text' || kind === 'html') {
		if (binaryName) return readProblems.typeMismatch(file, `.${extension}`, kind);
		if (kind === 'html') return readProblems.typeMismatch(file, 'CSV', kind);
		return { reader: 'text', notes: [] };
	}
	const fits = kind === 'parquet' ? extension === 'parquet' : WORKBOOK_EXTENSIONS.has(extension);
	const notes = fits || extension === '' ? [] : [readNotes.contentWins(file, extension, kind)];
	return { reader: readerOf(kind), notes };
}
