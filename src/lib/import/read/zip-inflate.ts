// What a ZIP's entries really unpack to, measured before the XLSX library unpacks anything: each
// entry is inflated as a stream (DecompressionStream, the same in browsers and Node) and counted,
// stopping as soon as it passes its declared size. The directory's sizes are the file's own claim;
// a zip bomb that understates them is caught here, before it can fill the tab's memory.
import type { ImportProblem } from '../types';
import type { ZipEntry } from './zip';

const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Bytes a raw-deflate stream unpacks to, counted up to `cap` + 1 (then it stops reading). */
async function inflatedUpTo(data: Uint8Array, cap: number): Promise<number> {
	const stream = new Blob([data as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	let count = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return count;
		count += value.byteLength;
		if (count > cap) {
			await reader.cancel();
			return count;
		}
	}
}

/** The entry's packed bytes (after its local header), or null when the header is not where it says. */
function packedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
	const data = entry.data;
	if (data === undefined) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = data.localHeader;
	if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) return null;
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	if (start + data.compressed > bytes.byteLength) return null;
	return bytes.subarray(start, start + data.compressed);
}

function lying(file: string, entry: ZipEntry, actual: number): ImportProblem {
	return {
		place: { file, sheet: null, row: null, col: null },
		code: 'xlsx_too_large',
		message: {
			zh: `工作簿中的 ${entry.name} 声称解压后为 ${entry.uncompressed} 字节，实际至少 ${actual} 字节：文件谎报了大小（压缩炸弹），未读取`,
			en: `${entry.name} in the workbook claims to unpack to ${entry.uncompressed} bytes but unpacks to at least ${actual}: the file misstates its size (a zip bomb); it was not read`
		},
		fix: {
			zh: '用 Excel 或 WPS 打开后重新另存为 .xlsx（或导出为 CSV）再导入；来路不明的文件请勿打开',
			en: 'Open it in Excel or WPS and save it again as .xlsx (or export it as CSV), then import that; do not open files of unknown origin'
		}
	};
}

/**
 * The first entry that unpacks to more than it declares, as a problem; null when every entry keeps
 * to its declared size (the declared sizes were already checked against the limits).
 */
export async function misstatedEntry(
	file: string,
	bytes: Uint8Array,
	entries: readonly ZipEntry[]
): Promise<ImportProblem | null> {
	for (const entry of entries) {
		const packed = packedBytes(bytes, entry);
		if (packed === null || entry.data === undefined) continue;
		let actual: number;
		if (entry.data.method === STORED) actual = packed.byteLength;
		else if (entry.data.method === DEFLATED) {
			try {
				actual = await inflatedUpTo(packed, entry.uncompressed);
			} catch {
				continue; // a damaged stream: the XLSX library reports the damage in its own words
			}
		} else continue;
		if (actual > entry.uncompressed) return lying(file, entry, actual);
	}
	return null;
}
