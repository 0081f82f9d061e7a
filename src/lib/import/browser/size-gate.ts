// The size gate: a file over its format's limit is refused before a byte of it is read.
// CSV/TSV/Parquet: 200 MB, the same bound the XLSX reader puts on a workbook's unpacked parts
// (read/index.ts DEFAULT_MAX_UNCOMPRESSED_BYTES); a 100 MB CSV already takes ~0.5 GB of the
// worker's heap (the text, decoded, plus its contract rows). XLSX: 50 MB, because SheetJS holds
// the whole workbook as cell objects, roughly ten times the file's size.
import type { Bilingual } from '../../model/index';
import type { ImportProblem } from '../types';

export const MB = 1024 * 1024;
export const SIZE_LIMITS = { text: 200 * MB, xlsx: 50 * MB } as const;

/** The limit by the name's extension (the bytes are not looked at: that is the point). */
export function sizeLimit(name: string): number {
	return /\.(xlsx|xlsm|xls)$/i.test(name) ? SIZE_LIMITS.xlsx : SIZE_LIMITS.text;
}

function mb(bytes: number): string {
	return (bytes / MB).toFixed(1).replace(/\.0$/, '');
}

/** A problem naming the file, its size and the limit, or null when the file may be read. */
export function sizeRefusal(name: string, bytes: number): ImportProblem | null {
	const limit = sizeLimit(name);
	if (bytes <= limit) return null;
	const message: Bilingual = {
		zh: `文件 ${mb(bytes)} MB，超过本页可读取的 ${mb(limit)} MB 上限，未读取`,
		en: `the file is ${mb(bytes)} MB, over this page's ${mb(limit)} MB limit; it was not read`
	};
	const fix: Bilingual = {
		zh: '请拆分为较小的文件（例如按年份或部门），或在本机用 npm run import 导入',
		en: 'split it into smaller files (e.g. by year or department), or import it locally with npm run import'
	};
	return { code: 'file_too_large', place: { file: name, sheet: null, row: null, col: null }, message, fix };
}
