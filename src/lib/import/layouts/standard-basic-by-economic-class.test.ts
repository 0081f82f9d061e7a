import { describe, expect, it } from 'vitest';
import { standardBasicByEconomicClass as layout } from './standard-basic-by-economic-class';
import { standardExpenditureByFunction } from './standard-expenditure-by-function';
import { TREE, gridSheet, readWith, spendingOf, testContext } from './standard-fixtures.test-helper';

const COLUMNS = [...TREE, 'category', 'economic_class', 'stage', 'amount', 'unit'];

describe('standard_basic_by_economic_class: 人员经费 | 公用经费 blocks side by side', () => {
	const file = 'hy_2022_basic.csv';
	const sheet = gridSheet(
		file,
		`
2022年一般公共预算财政拨款基本支出决算表|||||
编制单位：衡阳市生态环境局|||||单位：万元
人员经费|||公用经费||
科目编码|科目名称|决算数|科目编码|科目名称|决算数
301|工资福利支出|100.00|302|商品和服务支出|40.00
30101|基本工资|60.00|30201|办公费|10.00
30102|津贴补贴|40.00|30211|差旅费|-
303|对个人和家庭的补助|20.00|310|资本性支出|5.00
人员经费合计||120.00|公用经费合计||45.00
`
	);
	const context = testContext(file);
	const { fit, apply } = readWith(layout, sheet, context);

	it('recognises the blocks and not the 功能分类 layout', () => {
		expect(fit?.score).toBe(0.95);
		expect(standardExpenditureByFunction.recognise(sheet, context)).toBeNull();
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '人员经费 / 科目编码', meaning: 'code' },
			{ col: 2, header: '人员经费 / 科目名称', meaning: 'name' },
			{ col: 3, header: '人员经费 / 决算数', meaning: 'amount:personnel:final' },
			{ col: 4, header: '公用经费 / 科目编码', meaning: 'code' },
			{ col: 5, header: '公用经费 / 科目名称', meaning: 'name' },
			{ col: 6, header: '公用经费 / 决算数', meaning: 'amount:public_operating:final' }
		]);
		expect(fit?.recipe).toMatchObject({
			year: 2022,
			stage: 'final',
			unit: '万元',
			department: { name_zh: '衡阳市生态环境局' }
		});
	});

	it('writes ec_ lines under their class and group, totals as basic_personnel / basic_public_operating', () => {
		const result = apply();
		expect(result.counts).toEqual({ read: 5, imported: 5, rejected: 0, skipped: 0 });
		expect(spendingOf(result, COLUMNS)).toEqual([
			['ec_301', 'basic_personnel', 'part', 'basic', '301', 'final', '100.00', '万元'],
			['ec_302', 'basic_public_operating', 'part', 'basic', '302', 'final', '40.00', '万元'],
			['ec_30101', 'ec_301', 'part', 'basic', '30101', 'final', '60.00', '万元'],
			['ec_30201', 'ec_302', 'part', 'basic', '30201', 'final', '10.00', '万元'],
			['ec_30102', 'ec_301', 'part', 'basic', '30102', 'final', '40.00', '万元'],
			['ec_303', 'basic_personnel', 'part', 'basic', '303', 'final', '20.00', '万元'],
			['ec_310', 'basic_public_operating', 'part', 'basic', '310', 'final', '5.00', '万元'],
			['basic_personnel', '', '', 'basic', '', 'final', '120.00', '万元'],
			['basic_public_operating', '', '', 'basic', '', 'final', '45.00', '万元']
		]);
		expect(result.rows.spending?.[3]).toMatchObject({
			line_zh: '办公费',
			line_en: 'office expenses (30201)',
			locator: `${file} / R6 / C6 / 公用经费 / 决算数`,
			excerpt: '30201 … 办公费 … 10.00'
		});
		// basic is not in this table: the group lines are written without a parent, and the note says so.
		expect(result.notes.map((n) => n.message.en)).toEqual([
			'basic_personnel: its parent line basic is not in the table, so it is written without a parent',
			'basic_public_operating: its parent line basic is not in the table, so it is written without a parent'
		]);
	});
});

describe('standard_basic_by_economic_class: one code column with 合计 / 人员经费 / 公用经费 columns', () => {
	const file = 'basic_budget.csv';
	const sheet = gridSheet(
		file,
		`
某县生态环境分局2023年基本支出预算表||||
单位：元||||
科目编码|科目名称|合计|人员经费|公用经费
|合计|1,500.00|1,000.00|600.00
301|工资福利支出|1,000.00|1,000.00|
30101|基本工资|800.00|800.00|
302|商品和服务支出|500.00||500.00
`
	);
	const context = testContext(file);

	it('reads the 合计 row as basic with its two parts (stated 1,000 + 600 ≠ 1,500 kept)', () => {
		const { fit, apply } = readWith(layout, sheet, context);
		expect(fit?.recipe.stage).toBe('budget');
		const result = apply();
		expect(result.counts).toEqual({ read: 4, imported: 4, rejected: 0, skipped: 0 });
		expect(spendingOf(result, [...TREE, 'line_zh', 'amount', 'unit'])).toEqual([
			['basic', '', '', '合计', '1500.00', '元'],
			['basic_personnel', 'basic', 'part', '人员经费', '1000.00', '元'],
			['basic_public_operating', 'basic', 'part', '公用经费', '600.00', '元'],
			['ec_301', 'basic_personnel', 'part', '工资福利支出', '1000.00', '元'],
			['ec_30101', 'ec_301', 'part', '基本工资', '800.00', '元'],
			['ec_302', 'basic_public_operating', 'part', '商品和服务支出', '500.00', '元']
		]);
		expect(context.departments).toEqual(['某县生态环境分局']);
	});
});
