import { describe, expect, it } from 'vitest';
import type { Row, Workbook } from '../types';
import { openWorkbook } from './index';
import { encryptedXlsxBytes, xlsxBytes, type FixtureSheet } from '../../../../test/fixtures/import/make-xlsx';

function rowsOf(workbook: Workbook | null, sheet = 0): Row[] {
	const rows: Row[] = [];
	workbook?.sheets[sheet]?.eachRow((row) => {
		rows.push(row);
	});
	return rows;
}

const YEARBOOK: FixtureSheet = {
	name: 'Sheet1',
	rows: [
		[],
		['中国2022年地级以上城市数据', null, '地方一般公共预算收支状况（全市）（万元）', null, '环境', null],
		['城 市', 'City', '地方一般公共预算收入', '地方一般公共预算支出', 'PM2.5', '比重'],
		['衡阳市', 'Hengyang', 1911059.0000000002, { formula: 'C4*2', cached: 3822118 }, 64.43 + 1e-14, 0.1234],
		['  株洲市', 'Zhuzhou', 12.5, 0.1 + 0.2, true, null]
	],
	merges: ['A2:B2', 'C2:D2', 'E2:F2'],
	formats: { C4: '#,##0', F4: '0.00%', C5: '0' }
};

const ADVERT: FixtureSheet = {
	name: '更多数据，尽在【某某数据网】',
	rows: [['百度搜索“某某数据网”，获取更多价值数据！'], ['微信公众号：shuju']]
};

describe('openWorkbook on XLSX', () => {
	it('reads cached values, fills merged ranges and cleans float artefacts', async () => {
		const { workbook, problems } = await openWorkbook('yearbook.xlsx', xlsxBytes([YEARBOOK]));
		expect(problems).toEqual([]);
		expect(workbook?.format).toBe('xlsx');
		expect(workbook?.encoding).toBeNull();
		expect(workbook?.sheets.map((s) => [s.name, s.rowCount])).toEqual([['Sheet1', 5]]);
		const rows = rowsOf(workbook);
		expect(rows.map((row) => row.n)).toEqual([1, 2, 3, 4, 5]);
		expect(rows[0]?.cells).toEqual([]);
		const title = {
			text: '中国2022年地级以上城市数据',
			value: '中国2022年地级以上城市数据',
			mergedFrom: { row: 2, col: 1 }
		};
		const group = {
			text: '地方一般公共预算收支状况（全市）（万元）',
			value: '地方一般公共预算收支状况（全市）（万元）',
			mergedFrom: { row: 2, col: 3 }
		};
		expect(rows[1]?.cells.slice(0, 4)).toEqual([title, title, group, group]);
		expect(rows[1]?.cells[5]).toMatchObject({ text: '环境', mergedFrom: { row: 2, col: 5 } });
		expect(rows[3]?.cells).toEqual([
			{ text: '衡阳市', value: '衡阳市' },
			{ text: 'Hengyang', value: 'Hengyang' },
			{ text: '1,911,059', value: 1911059 },
			{ text: '3822118', value: 3822118, formula: true },
			{ text: '64.43', value: 64.43 },
			{ text: '12.34%', value: 0.1234 }
		]);
	});

	it('shows the number, not a format that rounds it, and keeps strings as stated', async () => {
		const rows = rowsOf((await openWorkbook('yearbook.xlsx', xlsxBytes([YEARBOOK]))).workbook);
		expect(rows[4]?.cells).toEqual([
			{ text: '  株洲市', value: '  株洲市' },
			{ text: 'Zhuzhou', value: 'Zhuzhou' },
			{ text: '12.5', value: 12.5 },
			{ text: '0.3', value: 0.3 },
			{ text: 'TRUE', value: true }
		]);
	});

	it('reads every sheet, and leaves out hidden, empty and advert sheets with a note', async () => {
		const bytes = xlsxBytes([
			YEARBOOK,
			{ name: 'Notes', rows: [['注：本表数据来源于 http://www.stats.gov.cn'], [1], [2]] },
			{ name: 'Secret', rows: [['x']], hidden: true },
			{ name: 'Blank', rows: [] },
			ADVERT
		]);
		const { workbook } = await openWorkbook('book.xlsx', bytes);
		expect(workbook?.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Notes']);
		expect(workbook?.notes.map((n) => [n.place.sheet, n.message.en])).toEqual([
			['Secret', 'Sheet "Secret" is hidden and was left out'],
			['Blank', 'Sheet "Blank" is empty and was left out'],
			[
				'更多数据，尽在【某某数据网】',
				'Sheet "更多数据，尽在【某某数据网】" is a third-party advert ("百度搜索“某某数据网”，获取更多价值数据！ 微信公众号：shuju"), not data, and was left out'
			]
		]);
		expect(rowsOf(workbook, 1).map((row) => row.cells.map((cell) => cell?.value))).toEqual([
			['注：本表数据来源于 http://www.stats.gov.cn'],
			[1],
			[2]
		]);
	});

	it('notes formula cells saved without a cached result and reads them as empty', async () => {
		const bytes = xlsxBytes([
			{
				name: 'S',
				rows: [
					['a', 'b'],
					[1, { formula: 'A2+1', cached: '' }]
				]
			}
		]);
		const { workbook } = await openWorkbook('f.xlsx', bytes);
		expect(rowsOf(workbook)[1]?.cells).toEqual([{ text: '1', value: 1 }]);
	});

	it('reads a legacy .xls (BIFF8 in an OLE2 container) with a note', async () => {
		const { workbook, problems } = await openWorkbook('old.xls', xlsxBytes([YEARBOOK], 'xls'));
		expect(problems).toEqual([]);
		expect(workbook?.notes.map((n) => n.message.en)).toEqual([
			'Read as a legacy Excel 97–2003 (.xls) workbook'
		]);
		expect(rowsOf(workbook)[3]?.cells[2]).toEqual({ text: '1,911,059', value: 1911059 });
	});

	it('refuses a password-protected workbook (an OLE2 container, not a ZIP)', async () => {
		const bytes = encryptedXlsxBytes();
		expect(Array.from(bytes.slice(0, 8))).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		const { workbook, problems } = await openWorkbook('locked.xlsx', bytes);
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['xlsx_encrypted']);
		expect(problems[0]?.fix.zh).toContain('取消"用密码加密"');
	});

	it('refuses a workbook whose entries unpack beyond the limit (zip bomb guard)', async () => {
		const bytes = xlsxBytes([YEARBOOK]);
		const { workbook, problems } = await openWorkbook('big.xlsx', bytes, {
			limits: { maxUncompressedBytes: 2048 }
		});
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['xlsx_too_large']);
		expect((await openWorkbook('big.xlsx', bytes)).workbook).not.toBeNull();
	});
});
