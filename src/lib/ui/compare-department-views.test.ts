import { describe, expect, it } from 'vitest';
import type { DepartmentComparison, DepartmentTotal } from '$lib/queries/compare-departments';
import { departmentTotalsView } from './compare-department-views';
import type { DepartmentOption } from './page-data';

const departments = [
	{
		department_id: 'hengyang_eeb',
		name_zh: '衡阳市生态环境局',
		name_en: 'Hengyang Ecology and Environment Bureau'
	},
	{
		department_id: 'jinan_eeb',
		name_zh: '金安区生态环境分局',
		name_en: "Jin'an District Ecology and Environment Sub-bureau"
	},
	{
		department_id: 'qingyuan_eeb',
		name_zh: '清远市生态环境局',
		name_en: 'Qingyuan Ecology and Environment Bureau'
	}
] as DepartmentOption[];

const total = (departmentId: string, year: number, stage: string, value: number): DepartmentTotal => ({
	departmentId,
	year,
	stage,
	budgetShown: stage !== 'final',
	value,
	unit: '万元',
	figure: {
		value,
		unit: '万元',
		decimals: 2,
		citation: { source_id: 's', locator: 'L', excerpt: '', derivation: 'reported', formula: null }
	}
});

// The published totals: Hengyang 2021 final 5393.64 (derived), Jin'an 2021 budget 1250 (no final accounts).
const comparison: DepartmentComparison = {
	totals: [total('hengyang_eeb', 2021, 'final', 5393.64), total('jinan_eeb', 2021, 'budget', 1250)],
	missing: ['qingyuan_eeb']
};

describe('departmentTotalsView', () => {
	it('names the stage of a budget standing in for final accounts on its bar, row and summary', () => {
		const view = departmentTotalsView(comparison, { locale: 'zh-CN', sources: {}, departments });
		type Bar = { itemStyle: { opacity: number }; label: { formatter: () => string } };
		const bars = (view.option.series as { data: Bar[] }[])[0]!.data;
		expect(bars.map((b) => b.label.formatter())).toEqual(['5,393.64', '1,250.00 预算（无决算）']);
		expect(bars.map((b) => b.itemStyle.opacity)).toEqual([1, 0.55]);
		expect(view.table.rows.map((r) => r.slice(0, 4))).toEqual([
			['衡阳市生态环境局', '2021', '决算', '5,393.64'],
			['金安区生态环境分局', '2021', '预算（无决算）', '1,250.00']
		]);
		expect(view.summary).toBe(
			'2 个部门—年度有支出合计：2021 · 衡阳市生态环境局：5,393.64 万元，决算；2021 · 金安区生态环境分局：1,250.00 万元，预算（无决算）。本数据集中没有支出合计的部门：清远市生态环境局。'
		);
	});
});
