import { describe, expect, it } from 'vitest';
import { headRows, memorySheet, sheetFromText } from '../sheet';
import type { Row } from '../types';
import { detectHeader, joinHeader } from './header';
import { tableStructure } from './index';

const rowsOf = (grid: string[][]) => headRows(sheetFromText('t.csv', grid), 100);

describe('detectHeader', () => {
	it('joins a three-row header with CSV group blanks filled and vertical merges kept once', () => {
		const rows = rowsOf([
			['单位：万元', '', '', '', '', ''],
			['单位名称', '合计', '本年收入', '', '', '使用结余'],
			['', '', '小计', '事业收入', '', ''],
			['', '', '', '金额', '其中:财政专户', ''],
			['本级', '10', '9', '5', '1', '1']
		]);
		expect(detectHeader(rows)).toEqual({
			rows: [2, 3, 4],
			firstDataRow: 5,
			columns: [
				'单位名称',
				'合计',
				'本年收入 / 小计',
				'本年收入 / 事业收入 / 金额',
				'本年收入 / 事业收入 / 其中:财政专户',
				'使用结余'
			]
		});
	});

	it('reads 类/款/项 under a merged 科目编码 and keeps a 栏次 row in the header without its numbers', () => {
		const rows = rowsOf([
			['科目编码', '', '', '科目名称', '本年支出合计', '基本支出'],
			['类', '款', '项', '', '', ''],
			['栏次', '', '', '', '1', '2'],
			['', '', '', '合计', '100', '60']
		]);
		const header = detectHeader(rows);
		expect(header?.rows).toEqual([1, 2, 3]);
		expect(header?.firstDataRow).toBe(4);
		expect(header?.columns).toEqual([
			'科目编码 / 类',
			'科目编码 / 款',
			'科目编码 / 项',
			'科目名称',
			'本年支出合计',
			'基本支出'
		]);
	});

	it('does not fill blanks when the reader already filled merged cells (XLSX)', () => {
		const cell = (text: string, mergedFrom?: { row: number; col: number }) =>
			text === '' ? null : { text, value: null, ...(mergedFrom ? { mergedFrom } : {}) };
		const rows: Row[] = [
			{ n: 1, cells: [cell('项目'), cell('预算数'), cell('预算数', { row: 1, col: 2 }), cell('')] },
			{ n: 2, cells: [cell('项目', { row: 1, col: 1 }), cell('小计'), cell('基本'), cell('备注')] }
		];
		expect(joinHeader(rows)).toEqual(['项目', '预算数 / 小计', '预算数 / 基本', '备注']);
		const sheet = memorySheet('s', [...rows, { n: 3, cells: [cell('合计'), cell('5'), cell('5'), null] }]);
		expect(detectHeader(headRows(sheet, 10))?.firstDataRow).toBe(3);
	});

	it('starts the data at a 合计 row or a numbered label even when its figures are blank', () => {
		expect(
			detectHeader(
				rowsOf([
					['项目', '预算数'],
					['合计', ''],
					['1.公务接待费', '8']
				])
			)?.firstDataRow
		).toBe(2);
		expect(
			detectHeader(
				rowsOf([
					['项目', '预算数'],
					['1.因公出国(境)费用', ''],
					['合计', '8']
				])
			)?.firstDataRow
		).toBe(2);
	});
});

describe('tableStructure', () => {
	it('ends the data before the footnotes', () => {
		const structure = tableStructure(
			rowsOf([
				['2022年支出决算表', ''],
				['单位：万元', ''],
				['项目', '决算数'],
				['合计', '5'],
				['一、基本支出', '5'],
				['', ''],
				['注：本表反映部门本年度的支出情况。', ''],
				['数据来源：部门决算', '']
			])
		);
		expect(structure.title.rows).toEqual([1, 2]);
		expect(structure.header?.rows).toEqual([3]);
		expect(structure.header?.firstDataRow).toBe(4);
		expect(structure.footnoteRow).toBe(7);
		expect(structure.lastDataRow).toBe(5);
	});
});
