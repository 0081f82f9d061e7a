// Limits on what a reader opens, checked before any byte is parsed: the file's size (also from a
// browser File's `size`, before it is read), and in a workbook each ZIP entry's declared size as
// well as their sum. Parts that could act (macros) or reach out (external links) are never run
// or followed: SheetJS reads cached values only; the reader is told the parts were ignored.
import type { ImportNote, ImportProblem } from '../types';
import type { ZipEntry } from './zip';

/** A file larger than this is refused before it is read (bytes). */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
/** One ZIP entry may not unpack to more than this (a sheet's XML), bytes. */
export const DEFAULT_MAX_ENTRY_BYTES = 128 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1048576).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;
const place = (file: string) => ({ file, sheet: null, row: null, col: null });

/** The file's size (from its bytes or a File's claim) against the limit; null when it fits. */
export function fileTooLarge(
	file: string,
	bytes: number,
	limit = DEFAULT_MAX_FILE_BYTES
): ImportProblem | null {
	if (bytes <= limit) return null;
	return {
		place: place(file),
		code: 'file_too_large',
		message: {
			zh: `文件有 ${mb(bytes)}，超过导入上限 ${mb(limit)}，未读取`,
			en: `The file is ${mb(bytes)}, over the ${mb(limit)} import limit; it was not read`
		},
		fix: {
			zh: '只导出需要的工作表或年份（或按年份拆成几个文件）后再导入',
			en: 'Export only the sheets or years needed (or split the file by year) and import those'
		}
	};
}

/** The first ZIP entry whose declared unpacked size is over the per-entry limit. */
export function entryTooLarge(
	file: string,
	entries: readonly ZipEntry[],
	limit = DEFAULT_MAX_ENTRY_BYTES
): ImportProblem | null {
	const entry = entries.find((e) => e.uncompressed > limit);
	if (entry === undefined) return null;
	return {
		place: place(file),
		code: 'xlsx_too_large',
		message: {
			zh: `工作簿中的 ${entry.name} 解压后为 ${mb(entry.uncompressed)}，超过单个部件上限 ${mb(limit)}（可能是压缩炸弹）`,
			en: `${entry.name} in the workbook unpacks to ${mb(entry.uncompressed)}, over the ${mb(limit)} limit for one part (possibly a zip bomb)`
		},
		fix: {
			zh: '删去空白行列和不需要的工作表后另存，或把表格导出为 CSV 再导入',
			en: 'Delete empty rows, columns and unneeded sheets and save again, or export the table as CSV and import that'
		}
	};
}

/** Notes for macro and external-link parts: present in the file, ignored by the reader. */
export function ignoredParts(file: string, entries: readonly ZipEntry[]): ImportNote[] {
	const notes: ImportNote[] = [];
	const macros = entries.filter((e) => /(^|\/)vbaProject\.bin$|^xl\/macrosheets\//i.test(e.name));
	const links = entries.filter((e) => /^xl\/externalLinks\/[^/]+\.xml$/i.test(e.name));
	if (macros.length > 0)
		notes.push({
			place: place(file),
			message: {
				zh: `工作簿含有宏（${macros.map((e) => e.name).join('、')}），已忽略：宏从不运行，只读取单元格中保存的值`,
				en: `The workbook contains macros (${macros.map((e) => e.name).join(', ')}); they were ignored: macros never run, only the values saved in the cells are read`
			}
		});
	if (links.length > 0)
		notes.push({
			place: place(file),
			message: {
				zh: `工作簿有 ${links.length} 个外部链接，已忽略：不打开链接的文件，引用它们的单元格按保存的值读取`,
				en: `The workbook has ${links.length} external link(s); they were ignored: linked files are never opened, cells that use them read as their saved values`
			}
		});
	return notes;
}
