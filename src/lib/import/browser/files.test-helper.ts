// The files the /import tests drop on the page (and the unit tests import in Node), made in code
// with the project's fixture builders: a standard 支出决算表 as XLSX with merged headers and title
// rows, the same table as a GB18030 CSV, a 三公经费 table as UTF-16 text, and the bad files of
// issue 10 (empty, not a table, password-protected, zip bomb). Figures are the layout tests' own.
import { gb18030Bytes, utf16Bytes } from '../../../../test/fixtures/import/make-text';
import { encryptedXlsxBytes, xlsxBytes } from '../../../../test/fixtures/import/make-xlsx';
import { declaredZip } from '../../../../test/fixtures/import/make-zip';

export const DEPARTMENT = '衡阳市林业局';

/** 决算, 元, codes over 类/款/项 under a merged 科目编码; 合计 does not add up (600,000 + 300,000 ≠ 1,000,000). */
export const EXPENDITURE_ROWS: string[][] = [
	[`${DEPARTMENT}2022年一般公共预算财政拨款支出决算表`, '', '', '', '', '', ''],
	['公开05表', '', '', '', '', '', ''],
	[`编制单位：${DEPARTMENT}`, '', '', '', '', '', '金额单位：元'],
	['科目编码', '', '', '科目名称', '本年支出合计', '基本支出', '项目支出'],
	['类', '款', '项', '', '', '', ''],
	['栏次', '', '', '', '1', '2', '3'],
	['', '', '', '合计', '1,000,000.00', '600,000.00', '300,000.00'],
	['211', '', '', '节能环保支出', '800,000.00', '600,000.00', '200,000.00'],
	['', '01', '', '环境保护管理事务', '500,000.00', '400,000.00', '100,000.00'],
	['', '', '01', '行政运行', '400,000.00', '400,000.00', '-'],
	['', '', '99', '其他环境保护管理事务支出', '100,000.00', '', '100,000.00'],
	['211', '03', '', '污染防治', '300,000.00', '200,000.00', '100,000.00'],
	['注：本表反映部门本年度一般公共预算财政拨款实际支出情况。', '', '', '', '', '', '']
];

/** 三公经费 (budget, 元), one column for last year, an unreadable figure (2O,OOO) and a "—" part. */
export const THREE_PUBLIC_ROWS: string[][] = [
	[`${DEPARTMENT}2023年“三公”经费预算表`, '', ''],
	['单位：元', '', ''],
	['项目', '2022年预算数', '2023年预算数'],
	['合计', '90,000', '85,000'],
	['1.因公出国（境）费', '—', '—'],
	['2.公务接待费', '70,000', '65,000'],
	['3.公务用车购置及运行维护费', '20,000', '20,000'],
	['其中：公务用车购置费', '', ''],
	['公务用车运行维护费', '20,000', '2O,OOO']
];

function csvText(rows: readonly (readonly string[])[], delimiter = ','): string {
	const cell = (text: string) =>
		/[",\r\n]/.test(text) && delimiter === ',' ? `"${text.replaceAll('"', '""')}"` : text;
	return `${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}

/** A ZIP whose central directory declares a 5 GB workbook part (nothing to inflate): a zip bomb's shape. */
const zipBomb = () => declaredZip('xl/workbook.xml', 5 * 2 ** 30);

/** The good files: name → bytes. */
export function goodFiles(): Record<string, Uint8Array> {
	const merges = ['A1:G1', 'A4:C4', 'D4:D6', 'E4:E5', 'F4:F5', 'G4:G5', 'A6:C6'];
	return {
		'linye_2022_expenditure.xlsx': xlsxBytes([{ name: '支出决算表', rows: EXPENDITURE_ROWS, merges }]),
		'linye_2022_expenditure_gbk.csv': gb18030Bytes(csvText(EXPENDITURE_ROWS)),
		'linye_2023_three_public.csv': utf16Bytes(csvText(THREE_PUBLIC_ROWS, '\t'), 'le', true)
	};
}

/** The bad files: name → bytes; each must be refused with a message naming it. */
export function badFiles(): Record<string, Uint8Array> {
	return {
		'empty.csv': new Uint8Array(0),
		'report.xlsx': new TextEncoder().encode('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n'),
		'notes.csv': new TextEncoder().encode('这是一段说明文字，不是表格。\n请查看附件。\n'),
		'locked.xlsx': encryptedXlsxBytes(),
		'bomb.xlsx': zipBomb()
	};
}
