import { describe, expect, it } from 'vitest';
import { TREE, gridSheet, readWith, spendingOf, testContext } from './standard-fixtures.test-helper';
import { standardIncomeByUnit as layout } from './standard-income-by-unit';

describe('standard_income_by_unit: 收入决算表 with a 合计 row and two units', () => {
	const file = 'income_by_unit.csv';
	const sheet = gridSheet(
		file,
		`
衡阳市生态环境局2022年收入决算表||||||
金额单位：元||||||
单位名称|合计|上年结转|本年收入||||
||小计|小计|一般公共预算拨款|事业收入||
|||||金额|其中:财政专户
合计|1,200.00|200.00|1,000.00|900.00|100.00|40.00
衡阳市生态环境局本级|1,000.00|200.00|800.00|800.00|-|-
衡阳市环境监测站|200.00||200.00|100.00|100.00|40.00
`
	);
	const { fit, apply } = readWith(layout, sheet, testContext(file));

	it('reads the three-row header into income lines', () => {
		expect(fit?.recipe.headerRows).toEqual([3, 4, 5]);
		expect(fit?.recipe.stage).toBe('final');
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '单位名称', meaning: 'name' },
			{ col: 2, header: '合计', meaning: 'line:revenue_total' },
			{ col: 3, header: '上年结转 / 小计', meaning: 'line:revenue_carryover' },
			{ col: 4, header: '本年收入 / 小计', meaning: 'line:revenue_current_total' },
			{ col: 5, header: '本年收入 / 一般公共预算拨款', meaning: 'line:revenue_general_public' },
			{ col: 6, header: '本年收入 / 事业收入 / 金额', meaning: 'line:revenue_institution' },
			{
				col: 7,
				header: '本年收入 / 事业收入 / 其中:财政专户',
				meaning: 'line:revenue_institution_special_account'
			}
		]);
	});

	it('takes the department’s lines from the 合计 row and says why the unit rows are left out', () => {
		const result = apply();
		expect(result.counts).toEqual({ read: 3, imported: 1, rejected: 0, skipped: 2 });
		expect(spendingOf(result, [...TREE, 'stage', 'amount', 'unit'])).toEqual([
			['revenue_total', '', '', 'final', '1200.00', '元'],
			['revenue_carryover', 'revenue_total', 'part', 'final', '200.00', '元'],
			['revenue_current_total', 'revenue_total', 'part', 'final', '1000.00', '元'],
			['revenue_general_public', 'revenue_current_total', 'part', 'final', '900.00', '元'],
			['revenue_institution', 'revenue_current_total', 'part', 'final', '100.00', '元'],
			['revenue_institution_special_account', 'revenue_institution', 'of_which', 'final', '40.00', '元']
		]);
		expect(result.notes.map((n) => [n.place.row, n.message.en])).toEqual([
			[7, 'row of the unit "衡阳市生态环境局本级"; the department\'s figures come from row 6'],
			[8, 'row of the unit "衡阳市环境监测站"; the department\'s figures come from row 6']
		]);
	});
});
