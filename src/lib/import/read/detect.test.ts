import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index';
import { utf8Bytes } from '../../../../test/fixtures/import/make-text';
import { plainZipBytes, xlsxBytes } from '../../../../test/fixtures/import/make-xlsx';

const SHEET = {
	name: 'S',
	rows: [
		['城市', 'PM2.5'],
		['衡阳市', 29]
	]
};

describe('openWorkbook: format from the bytes, checked against the name', () => {
	it('calls an empty file empty', async () => {
		const { workbook, problems } = await openWorkbook('a.xlsx', new Uint8Array());
		expect(workbook).toBeNull();
		expect(problems.map((p) => [p.code, p.place])).toEqual([
			['file_empty', { file: 'a.xlsx', sheet: null, row: null, col: null }]
		]);
		expect(problems[0]?.message.zh).toBe('文件是空的（0 字节或只有空白）');
	});

	it('refuses a .xlsx that is not a ZIP, with a fix', async () => {
		const { workbook, problems } = await openWorkbook('table.xlsx', utf8Bytes('a,b\n1,2\n'));
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['file_type_mismatch']);
		expect(problems[0]?.message.en).toBe(
			'The file is named or declared as .xlsx, but its content is plain text (CSV/TSV)'
		);
		expect(problems[0]?.fix.en).toContain('Rename the file to match its content');
	});

	it('says so when a ".xls" is a web page', async () => {
		const { problems } = await openWorkbook(
			'决算.xls',
			utf8Bytes('<html><body><table><tr><td>1</td></tr></table>', true)
		);
		expect(problems.map((p) => p.code)).toEqual(['file_type_mismatch']);
		expect(problems[0]?.message.zh).toBe('文件按名称应为 .xls，但内容是网页（HTML）');
		expect(problems[0]?.fix.zh).toContain('另存为 .xlsx 或 .csv');
	});

	it('reads a workbook named .csv as a workbook, with a note', async () => {
		const { workbook, problems } = await openWorkbook('export.csv', xlsxBytes([SHEET]));
		expect(problems).toEqual([]);
		expect(workbook?.format).toBe('xlsx');
		expect(workbook?.notes[0]?.message.en).toBe(
			'The file is named .csv but its content is an Excel workbook (ZIP archive); it was read as such'
		);
	});

	it('refuses a ZIP archive that holds no workbook', async () => {
		const { workbook, problems } = await openWorkbook('data.zip', plainZipBytes());
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['file_type_mismatch']);
		expect(problems[0]?.fix.en).toBe('Unzip it and import the .xlsx or .csv files it holds');
	});

	it('checks a format stated by the caller against the bytes', async () => {
		const wrong = await openWorkbook('x.dat', utf8Bytes('a,b\n'), { format: 'parquet' });
		expect(wrong.problems.map((p) => p.code)).toEqual(['file_type_mismatch']);
		const right = await openWorkbook('x.dat', utf8Bytes('a\tb\n1\t2\n'), { format: 'tsv' });
		expect(right.workbook?.delimiter).toBe('\t');
	});

	it('refuses a damaged ZIP', async () => {
		const bytes = xlsxBytes([SHEET]).slice(0, 200);
		const { problems } = await openWorkbook('cut.xlsx', bytes);
		expect(problems.map((p) => [p.code, p.message.en])).toEqual([
			['file_unreadable', 'The file cannot be read: the ZIP archive is damaged']
		]);
	});
});
