// The ZIP central directory, read without inflating anything: entry names (is this a workbook?)
// and the declared uncompressed sizes, summed to refuse zip bombs before the XLSX library
// unpacks them. ZIP64 sizes are read from their extra field.

export interface ZipEntry {
	readonly name: string;
	readonly uncompressed: number;
	/** Where the entry's data are and how they are packed (zip-inflate.ts measures them). */
	readonly data?: { readonly method: number; readonly compressed: number; readonly localHeader: number };
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

function u64(view: DataView, at: number): number {
	return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function findEndRecord(view: DataView): number {
	const last = view.byteLength - 22;
	const first = Math.max(0, last - 65535);
	for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
	return -1;
}

/** Offset and entry count of the central directory, from the end record (or its ZIP64 twin). */
function directoryOf(view: DataView, end: number): { offset: number; entries: number } | null {
	let offset = view.getUint32(end + 16, true);
	let entries = view.getUint16(end + 10, true);
	const locator = end - 20;
	if (
		(offset === MAX32 || entries === 0xffff) &&
		locator >= 0 &&
		view.getUint32(locator, true) === ZIP64_LOCATOR
	) {
		const record = u64(view, locator + 8);
		if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
		entries = u64(view, record + 32);
		offset = u64(view, record + 48);
	}
	return offset < view.byteLength ? { offset, entries } : null;
}

/** The uncompressed size, from the ZIP64 extra field when the 32-bit field is saturated. */
function sizeOf(view: DataView, header: number, extra: { from: number; to: number }): number {
	const size = view.getUint32(header + 24, true);
	if (size !== MAX32) return size;
	for (let at = extra.from; at + 4 <= extra.to;) {
		const id = view.getUint16(at, true);
		const length = view.getUint16(at + 2, true);
		if (id === 0x0001 && length >= 8) return u64(view, at + 4);
		at += 4 + length;
	}
	return Infinity;
}

/** The entries listed in the central directory; null when the bytes are no readable ZIP. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
	if (bytes.byteLength < 22) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEndRecord(view);
	if (end < 0) return null;
	const directory = directoryOf(view, end);
	if (directory === null) return null;
	const names = new TextDecoder('utf-8');
	const entries: ZipEntry[] = [];
	let at = directory.offset;
	for (let i = 0; i < directory.entries; i++) {
		if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const nameEnd = at + 46 + nameLength;
		if (nameEnd + extraLength > view.byteLength) return null;
		const name = names.decode(bytes.subarray(at + 46, nameEnd));
		const uncompressed = sizeOf(view, at, { from: nameEnd, to: nameEnd + extraLength });
		const data = {
			method: view.getUint16(at + 10, true),
			compressed: view.getUint32(at + 20, true),
			localHeader: view.getUint32(at + 42, true)
		};
		entries.push({ name, uncompressed, data });
		at = nameEnd + extraLength + commentLength;
	}
	return entries;
}

/** Sum of the declared uncompressed sizes. */
export function unpackedSize(entries: readonly ZipEntry[]): number {
	return entries.reduce((sum, entry) => sum + entry.uncompressed, 0);
}

/** XLSX/XLSM/XLSB (parts under xl/) or ODS (content.xml): what the XLSX library reads. */
export function isWorkbookZip(entries: readonly ZipEntry[]): boolean {
	return entries.some(
		(entry) => /^xl\/[^/]*workbook[^/]*\.(xml|bin)$/i.test(entry.name) || entry.name === 'content.xml'
	);
}
