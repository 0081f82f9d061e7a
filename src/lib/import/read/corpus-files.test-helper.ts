// The malformed-input corpus (issue 13), generated in memory: CSVs in the contract's own spending
// layout with every RFC 4180 edge case and encoding accident found in published files, and
// workbooks built with SheetJS (formulas, 1,000,000 empty styled rows, macros, external links,
// zip bombs). Nothing is written to the repo.
import { readFileSync } from 'node:fs';
import { CFB, utils, write } from '@e965/xlsx';
import { parquetWriteBuffer } from 'hyparquet-writer';

const SPENDING = readFileSync('data/spending.csv', 'utf8')
	.replace(/^\uFEFF/, '')
	.split(/\r?\n/);
export const HEADER = SPENDING[0]!;
/** Three real rows of data/spending.csv (unchanged: they pass the contract). */
export const GOOD = SPENDING.slice(1, 4);
const utf8 = (text: string) => new TextEncoder().encode(text);
const gb = (text: string): Uint8Array => {
	// GB18030 has no encoder in TextEncoder: map the few CJK characters used here by table.
	const codes: Record<string, number[]> = {
		衡: [0xba, 0xe2],
		阳: [0xd1, 0xf4],
		部: [0xb2, 0xbf],
		门: [0xc3, 0xc5]
	};
	return Uint8Array.from([...text].flatMap((c) => codes[c] ?? [c.charCodeAt(0) & 0x7f]));
};
const cat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) out.set(p, (at += p.length) - p.length);
	return out;
};
const csv = (rows: string[], eol = '\n') => utf8([HEADER, ...rows].join(eol) + eol);
/** A good row with one column replaced (by header name). */
export function rowWith(column: string, value: string, base = GOOD[0]!): string {
	const names = HEADER.split(',');
	const cells = base.split(',');
	const at = names.indexOf(column);
	const quotedValue = /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
	// The good rows have no quoted cells before `excerpt` (the last column): split is safe there.
	return [...cells.slice(0, at), quotedValue, ...cells.slice(at + 1)].join(',');
}

function xlsx(
	rows: unknown[][],
	edit?: (sheet: Record<string, unknown>) => void,
	bookType: 'xlsx' | 'xlsm' = 'xlsx'
): Uint8Array {
	const sheet = utils.aoa_to_sheet(rows) as unknown as Record<string, unknown>;
	edit?.(sheet);
	const book = utils.book_new();
	utils.book_append_sheet(book, sheet as never, '表1');
	return new Uint8Array(write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/** Adds or replaces ZIP parts of a workbook (SheetJS's CFB library writes ZIPs too). */
function withParts(bytes: Uint8Array, parts: Record<string, string | Uint8Array>): Uint8Array {
	const zip = CFB.read(bytes, { type: 'array' });
	for (const [name, content] of Object.entries(parts)) {
		const data = typeof content === 'string' ? utf8(content) : content;
		if (CFB.find(zip, `/${name}`)) CFB.utils.cfb_del(zip, `/${name}`);
		CFB.utils.cfb_add(zip, `/${name}`, data);
	}
	return new Uint8Array(CFB.write(zip, { type: 'array', fileType: 'zip', compression: true }) as ArrayBuffer);
}

function plainZip(): Uint8Array {
	const zip = CFB.utils.cfb_new();
	CFB.utils.cfb_add(zip, 'readme.txt', utf8('not a workbook'));
	return new Uint8Array(CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}

const tableRows = (): unknown[][] => [HEADER.split(','), ...GOOD.map((r) => r.split(','))];

function emptyStyledRows(count: number): Uint8Array {
	const base = xlsx(tableRows());
	const zip = CFB.read(base, { type: 'array' });
	const sheetXml = new TextDecoder().decode(
		CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content as Uint8Array
	);
	const empty = Array.from({ length: count }, (_, i) => `<row r="${i + 5}" s="1" customFormat="1"/>`).join(
		''
	);
	const xml = sheetXml
		.replace('</sheetData>', `${empty}</sheetData>`)
		.replace(/<dimension ref="[^"]+"\/>/, `<dimension ref="A1:T${count + 4}"/>`);
	return withParts(base, { 'xl/worksheets/sheet1.xml': xml });
}

export interface CorpusFile {
	readonly name: string;
	readonly what: string;
	readonly bytes: Uint8Array;
}

export function corpus(): CorpusFile[] {
	const files: [string, string, Uint8Array][] = [
		['ok.csv', 'three good rows, LF', csv(GOOD)],
		['crlf.csv', 'CRLF line ends', csv(GOOD, '\r\n')],
		['cr-only.csv', 'CR-only line ends (classic Mac)', csv(GOOD, '\r')],
		['bom.csv', 'UTF-8 with BOM', cat(Uint8Array.of(0xef, 0xbb, 0xbf), csv(GOOD))],
		['double-bom.csv', 'two BOMs at the start', utf8('\uFEFF\uFEFF' + [HEADER, ...GOOD].join('\n'))],
		['bom-mid-file.csv', 'a stray BOM at the start of row 3', csv([GOOD[0]!, '\uFEFF' + GOOD[1]!, GOOD[2]!])],
		['no-final-newline.csv', 'no line break after the last row', utf8([HEADER, ...GOOD].join('\n'))],
		[
			'blank-lines.csv',
			'blank lines between and after rows',
			csv([GOOD[0]!, '', GOOD[1]!, '', '', GOOD[2]!, '', ''])
		],
		[
			'quoted-comma.csv',
			'a quoted excerpt with commas',
			csv([rowWith('excerpt', '一、部门基本支出, 2264, 1649.05')])
		],
		[
			'quoted-quotes.csv',
			'doubled quotes inside a quoted field',
			csv([rowWith('excerpt', '称"三公"经费 2264')])
		],
		[
			'quoted-newline-excerpt.csv',
			'a line break inside a quoted excerpt',
			csv([rowWith('excerpt', '一、部门基本支出\n2264'), GOOD[1]!])
		],
		[
			'quoted-newline-label.csv',
			'a line break inside a quoted label (allowed)',
			csv([rowWith('line_zh', '部门基本\n支出')])
		],
		[
			'unclosed-quote.csv',
			'an unclosed quote on the last row',
			csv([GOOD[0]!, GOOD[1]!.replace(',basic,', ',"basic,')])
		],
		[
			'text-after-quote.csv',
			'text after a closing quote',
			csv([GOOD[0]!, GOOD[1]!.replace(',basic,', ',"basic"x,')])
		],
		[
			'ragged-short.csv',
			'a row with too few fields',
			csv([GOOD[0]!, GOOD[1]!.split(',').slice(0, 12).join(','), GOOD[2]!])
		],
		['ragged-long.csv', 'a row with too many fields', csv([GOOD[0]!, GOOD[1]! + ',extra,cells', GOOD[2]!])],
		['header-repeated.csv', 'the header repeated mid-file', csv([GOOD[0]!, HEADER, GOOD[1]!])],
		['header-only.csv', 'a header and no rows', csv([])],
		['empty.csv', '0 bytes', new Uint8Array(0)],
		['blank.csv', 'only spaces and line breaks', utf8('  \n\n \r\n')],
		['gbk.csv', 'GB18030/GBK bytes', cat(utf8(HEADER + '\n'), utf8(GOOD[0]! + '\n'), gb('衡阳部门'))],
		[
			'mixed-encoding.csv',
			'UTF-8 file with one GBK line',
			cat(csv(GOOD.slice(0, 2)), gb(rowWith('line_zh', '衡阳部门')), utf8('\n'))
		],
		[
			'utf16le.csv',
			'UTF-16LE with BOM',
			Uint8Array.from([
				0xff,
				0xfe,
				...[...[HEADER, ...GOOD].join('\n')].flatMap((c) => {
					const n = c.charCodeAt(0);
					return [n & 0xff, n >> 8];
				})
			])
		],
		[
			'latin1.csv',
			'Latin-1 bytes (é as 0xE9)',
			cat(
				utf8(HEADER + '\n'),
				Uint8Array.from([...rowWith('line_en', 'caf\u00e9 expenditure')].map((c) => c.charCodeAt(0) & 0xff))
			)
		],
		['nul.csv', 'U+0000 inside a label', csv([rowWith('line_zh', '部门\u0000基本支出'), GOOD[1]!])],
		[
			'bidi.csv',
			'a right-to-left override in a label',
			csv([rowWith('line_en', 'PWN17\u202Egnp.exe'), GOOD[1]!])
		],
		[
			'zero-width.csv',
			'a zero-width space in a label',
			csv([rowWith('line_zh', '部门\u200B基本支出'), GOOD[1]!])
		],
		[
			'long-label.csv',
			'a 100,000-character label',
			csv([rowWith('line_zh', '支'.repeat(100_000)), GOOD[1]!])
		],
		['grouped-number.csv', 'an amount written 1,234.50', csv([rowWith('amount', '1,234.50'), GOOD[1]!])],
		[
			'semicolon.csv',
			'semicolon-delimited',
			utf8([HEADER, ...GOOD].map((l) => l.replaceAll(',', ';')).join('\n') + '\n')
		],
		[
			'tabs.tsv',
			'tab-delimited, named .tsv',
			utf8([HEADER, ...GOOD].map((l) => l.replaceAll(',', '\t')).join('\n') + '\n')
		],
		[
			'page.xls',
			'a web page saved as .xls',
			utf8('<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>')
		],
		['page.csv', 'a web page named .csv', utf8('<html><body>404</body></html>')],
		['text.xlsx', 'a CSV named .xlsx', csv(GOOD)],
		['text.parquet', 'a CSV named .parquet', csv(GOOD)],
		[
			'binary.csv',
			'random binary bytes named .csv',
			Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)
		],
		['not-workbook.xlsx', 'a ZIP that is no workbook', plainZip()],
		['workbook.csv', 'an XLSX named .csv (content wins)', xlsx(tableRows())],
		['ok.xlsx', 'the three rows as a workbook', xlsx(tableRows())],
		[
			'formula.xlsx',
			'an amount as a formula with a cached value',
			xlsx(tableRows(), (s) => {
				s['L2'] = { t: 'n', v: 2264, f: 'SUM(1000,1264)' };
			})
		],
		[
			'formula-no-value.xlsx',
			'a formula saved without its result',
			xlsx(tableRows(), (s) => {
				s['L2'] = { t: 'n', f: 'SUM(1000,1264)' };
			})
		],
		['styled-rows.xlsx', '1,000,000 empty styled rows after the data', emptyStyledRows(1_000_000)],
		[
			'macro.xlsm',
			'an .xlsm with a VBA project',
			withParts(xlsx(tableRows(), undefined, 'xlsm'), {
				'xl/vbaProject.bin': Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3)
			})
		],
		[
			'external-link.xlsx',
			'a workbook with an external link part',
			withParts(xlsx(tableRows()), {
				'xl/externalLinks/externalLink1.xml':
					'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>'
			})
		],
		[
			'spending.parquet.csv',
			'a Parquet file named .csv',
			new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'amount', data: [2264], type: 'DOUBLE' }] }))
		]
	];
	return files.map(([name, what, bytes]) => ({ name, what, bytes }));
}
