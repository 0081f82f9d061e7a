import { describe, expect, it } from 'vitest';
import { sheetFromText, headRows } from '../sheet';
import { detectTitle, departmentFromText, stageFromText, unitFromText, yearFromText } from './title';
import { isTotalLabel, totalKind } from './totals';
import { labelParts, withoutNumbering } from './text';

const rowsOf = (grid: string[][]) => headRows(sheetFromText('t.csv', grid), 100);

describe('title words', () => {
	it('unitFromText reads unit statements and bracketed units', () => {
		expect(unitFromText('单位：万元')).toBe('万元');
		expect(unitFromText('金额单位：元')).toBe('元');
		expect(unitFromText('单位:亿元')).toBe('亿元');
		expect(unitFromText('编制单位：衡阳市生态环境局　　单位：万元')).toBe('万元');
		expect(unitFromText('项目资金(万元)')).toBe('万元');
		expect(unitFromText('单位：千元')).toBe('千元');
		expect(unitFromText('单位名称')).toBeNull();
		expect(unitFromText('2014年“三公”经费预算财政拨款情况统计表')).toBeNull();
	});

	it('yearFromText takes the first year named', () => {
		expect(yearFromText('2014年“三公”经费预算财政拨款情况统计表')).toBe(2014);
		expect(yearFromText('（２０２２年度）')).toBe(2022);
		expect(yearFromText('收支总表')).toBeNull();
	});

	it('stageFromText ignores fund names that contain 预算', () => {
		expect(stageFromText('一般公共预算财政拨款支出决算表')).toBe('final');
		expect(stageFromText('2014年“三公”经费预算财政拨款情况统计表')).toBe('budget');
		expect(stageFromText('部门收支预算总表')).toBe('budget');
		expect(stageFromText('政府性基金预算结转资金')).toBeNull();
		expect(stageFromText('年初预算数与决算数')).toBeNull();
	});

	it('departmentFromText reads labelled fields and the start of titles', () => {
		expect(departmentFromText('编制单位：衡阳市生态环境局')).toBe('衡阳市生态环境局');
		expect(departmentFromText('部门名称:大竹县科技局 单位:万元')).toBe('大竹县科技局');
		expect(departmentFromText('衡阳市生态环境局2022年部门决算支出决算表')).toBe('衡阳市生态环境局');
		expect(departmentFromText('长江流域生态环境监督管理局收支预算总表')).toBe('长江流域生态环境监督管理局');
		expect(departmentFromText('2014年“三公”经费预算财政拨款情况统计表')).toBeNull();
		expect(departmentFromText('单位：万元')).toBeNull();
	});
});

describe('totals and labels', () => {
	it('recognises total labels with spacing, numbering and prefixes', () => {
		for (const label of [
			'合计',
			'合 计',
			'小计',
			'总计',
			'本年收入合计',
			'收 入 总 计',
			'支出总计',
			'人员经费合计',
			'年度资金总额:',
			'“三公”经费合计'
		]) {
			expect(isTotalLabel(label), label).toBe(true);
		}
		for (const label of [
			'社会保障和就业支出',
			'合计数说明如下并不是合计行的长文字',
			'上年结转',
			'2.公务接待费'
		]) {
			expect(isTotalLabel(label), label).toBe(false);
		}
		expect(totalKind('上年结转小计')).toBe('subtotal');
		expect(totalKind('收 入 总 计')).toBe('grand_total');
		expect(totalKind('合　计')).toBe('total');
	});

	it('labelParts sets numbering and 其中 apart', () => {
		expect(labelParts('其中:(1)公务用车运行维护费')).toEqual({ core: '公务用车运行维护费', ofWhich: true });
		expect(labelParts('1.因公出国(境)费用')).toEqual({ core: '因公出国(境)费用', ofWhich: false });
		expect(labelParts('一、社会保障和就业支出')).toEqual({ core: '社会保障和就业支出', ofWhich: false });
		expect(labelParts('（二）项目支出')).toEqual({ core: '项目支出', ofWhich: false });
	});
});

describe('detectTitle', () => {
	it('reads title, unit, department, year and stage above the header', () => {
		const title = detectTitle(
			rowsOf([
				['衡阳市生态环境局2022年一般公共预算财政拨款支出决算表', '', ''],
				['公开05表', '', ''],
				['编制单位：衡阳市生态环境局', '', '金额单位：元'],
				['', '', ''],
				['科目编码', '科目名称', '合计'],
				['211', '节能环保支出', '1,000.00']
			])
		);
		expect(title).toEqual({
			rows: [1, 2, 3],
			title: '衡阳市生态环境局2022年一般公共预算财政拨款支出决算表',
			unit: '元',
			unitRow: 3,
			department: '衡阳市生态环境局',
			year: 2022,
			stage: 'final',
			texts: [
				{ row: 1, text: '衡阳市生态环境局2022年一般公共预算财政拨款支出决算表' },
				{ row: 2, text: '公开05表' },
				{ row: 3, text: '编制单位：衡阳市生态环境局' },
				{ row: 3, text: '金额单位：元' }
			]
		});
	});

	it('finds no title when the header is the first row', () => {
		const title = detectTitle(
			rowsOf([
				['项 目', '预算数'],
				['合计', '46']
			])
		);
		expect(title.rows).toEqual([]);
		expect(title.title).toBeNull();
		expect(title.unit).toBeNull();
	});
});

describe('withoutNumbering', () => {
	it('keeps the printed name without its numbering', () => {
		expect(withoutNumbering('一、社会保障和就业支出')).toBe('社会保障和就业支出');
		expect(withoutNumbering('其中:(1)公务用车运行维护费')).toBe('公务用车运行维护费');
		expect(withoutNumbering('1.因公出国（境）费用')).toBe('因公出国（境）费用');
		expect(withoutNumbering('合 计')).toBe('合 计');
		expect(withoutNumbering('年度资金总额:')).toBe('年度资金总额');
		expect(withoutNumbering('2080501')).toBe('2080501');
	});
});
