import { describe, expect, it } from 'vitest';
import { STANDARD_LAYOUTS } from './standard';
import { gridSheet, readWith, spendingOf, testContext } from './standard-fixtures.test-helper';
import { standardIncomeExpenditureSummary as layout } from './standard-income-expenditure-summary';

describe('standard_income_expenditure_summary: two-sided 收入支出决算总表', () => {
	const file = 'hy_2017_summary.csv';
	// 类 names as printed in 2017 (医疗卫生与计划生育支出 is today's 卫生健康支出, code 210).
	const sheet = gridSheet(
		file,
		`
衡阳市生态环境局2017年收入支出决算总表|||
单位：万元|||
收入||支出|
项目|决算数|项目|决算数
一、一般公共预算财政拨款收入|1,000.00|一、一般公共服务支出|100.00
二、其他收入|50.00|二、医疗卫生与计划生育支出|30.00
三、事业收入|-|三、节能环保支出|900.00
|||
本年收入合计|1,050.00|本年支出合计|1,030.00
上年结转|20.00|结转下年|40.00
收入总计|1,070.00|支出总计|1,070.00
`
	);
	const context = testContext(file);
	const { fit, apply } = readWith(layout, sheet, context);

	it('is recognised as the summary and no other standard layout fits better', () => {
		expect(fit?.score).toBe(0.95);
		const scores = STANDARD_LAYOUTS.map((other) => [other.id, other.recognise(sheet, context)?.score ?? 0]);
		const best = [...scores].sort((a, b) => Number(b[1]) - Number(a[1]))[0];
		expect(best?.[0]).toBe('standard_income_expenditure_summary');
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '收入 / 项目', meaning: 'name:income' },
			{ col: 2, header: '收入 / 决算数', meaning: 'amount:income:final' },
			{ col: 3, header: '支出 / 项目', meaning: 'name:expenditure' },
			{ col: 4, header: '支出 / 决算数', meaning: 'amount:expenditure:final' }
		]);
	});

	it('reads income lines and 类 lines by name, totals as stated', () => {
		const result = apply();
		expect(result.counts).toEqual({ read: 7, imported: 6, rejected: 0, skipped: 1 });
		expect(
			spendingOf(result, [
				'line_id',
				'parent_line_id',
				'category',
				'functional_code',
				'line_zh',
				'stage',
				'amount'
			])
		).toEqual([
			[
				'revenue_general_public',
				'revenue_current_total',
				'revenue',
				'',
				'一般公共预算财政拨款收入',
				'final',
				'1000.00'
			],
			['fc_201', 'total', 'function', '201', '一般公共服务支出', 'final', '100.00'],
			['revenue_other', 'revenue_current_total', 'revenue', '', '其他收入', 'final', '50.00'],
			['fc_210', 'total', 'function', '210', '医疗卫生与计划生育支出', 'final', '30.00'],
			['fc_211', 'total', 'function', '211', '节能环保支出', 'final', '900.00'],
			['revenue_current_total', 'revenue_total', 'revenue', '', '本年收入合计', 'final', '1050.00'],
			['total', '', 'total', '', '本年支出合计', 'final', '1030.00'],
			['revenue_carryover', 'revenue_total', 'revenue', '', '上年结转', 'final', '20.00'],
			['exp_carry_forward', '', 'total', '', '结转下年', 'final', '40.00'],
			['revenue_total', '', 'revenue', '', '收入总计', 'final', '1070.00'],
			['exp_total', '', 'total', '', '支出总计', 'final', '1070.00']
		]);
		expect(result.rows.spending?.[3]).toMatchObject({
			line_en: 'health (210)',
			locator: `${file} / R6 / C4 / 支出 / 决算数`,
			excerpt: '二、医疗卫生与计划生育支出 … 30.00',
			department_id: 'hengyang_eeb',
			fiscal_year: '2017'
		});
		expect(result.notes.map((n) => n.place.row)).toEqual([8]);
	});
});
