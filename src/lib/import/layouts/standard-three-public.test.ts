import { describe, expect, it } from 'vitest';
import { TREE, gridSheet, readWith, spendingOf, testContext } from './standard-fixtures.test-helper';
import { standardThreePublic as layout } from './standard-three-public';

const COLUMNS = [...TREE, 'fiscal_year', 'stage', 'amount', 'unit', 'locator', 'excerpt'];

describe('standard_three_public: one row per part (部门预算), 元, a column for last year', () => {
	const file = 'dazhu_2015_three_public.csv';
	const sheet = gridSheet(
		file,
		`
大竹县科技局2015年“三公”经费预算表||
单位：元||
项目|2014年预算数|2015年预算数
合计|90,000|85,000
1.因公出国（境）费|—|—
2.公务接待费|70,000|65,000
3.公务用车购置及运行维护费|20,000|20,000
其中：公务用车购置费||
公务用车运行维护费|20,000|2O,OOO
`
	);
	const { fit, apply } = readWith(layout, sheet, testContext(file));

	it('recognises the table by its parts and reads each column’s stage and year', () => {
		expect(fit?.score).toBe(0.95);
		expect(fit?.recipe).toMatchObject({
			unit: '元',
			year: 2015,
			stage: 'budget',
			department: { name_zh: '大竹县科技局' }
		});
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '项目', meaning: 'name' },
			{ col: 2, header: '2014年预算数', meaning: 'amount:value:budget:prev' },
			{ col: 3, header: '2015年预算数', meaning: 'amount:value:budget' }
		]);
	});

	it('keeps every stated figure, skips "—" and blank rows, rejects the unreadable one', () => {
		const result = apply();
		expect(result.counts).toEqual({ read: 6, imported: 3, rejected: 1, skipped: 2 });
		expect(spendingOf(result, COLUMNS)).toEqual([
			[
				'three_public',
				'',
				'',
				'2014',
				'budget',
				'90000',
				'元',
				`${file} / R4 / C2 / 2014年预算数`,
				'合计 … 90,000'
			],
			[
				'three_public',
				'',
				'',
				'2015',
				'budget',
				'85000',
				'元',
				`${file} / R4 / C3 / 2015年预算数`,
				'合计 … 85,000'
			],
			[
				'three_public_receptions',
				'three_public',
				'part',
				'2014',
				'budget',
				'70000',
				'元',
				`${file} / R6 / C2 / 2014年预算数`,
				'2.公务接待费 … 70,000'
			],
			[
				'three_public_receptions',
				'three_public',
				'part',
				'2015',
				'budget',
				'65000',
				'元',
				`${file} / R6 / C3 / 2015年预算数`,
				'2.公务接待费 … 65,000'
			],
			[
				'three_public_vehicles',
				'three_public',
				'part',
				'2014',
				'budget',
				'20000',
				'元',
				`${file} / R7 / C2 / 2014年预算数`,
				'3.公务用车购置及运行维护费 … 20,000'
			],
			[
				'three_public_vehicles',
				'three_public',
				'part',
				'2015',
				'budget',
				'20000',
				'元',
				`${file} / R7 / C3 / 2015年预算数`,
				'3.公务用车购置及运行维护费 … 20,000'
			]
		]);
		expect(result.rows.spending?.map((row) => row.line_zh)).toContain('公务用车购置及运行维护费');
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({
			code: 'not_a_number',
			place: { file, sheet: null, row: 9, col: 3, header: '2015年预算数' }
		});
		expect(result.notes.map((n) => n.place.row)).toEqual([5, 8]);
	});
});

describe('standard_three_public: one column per part under 预算数 / 决算数 (部门决算)', () => {
	const file = 'hy_2022_three_public.csv';
	// 3-row header with merged groups; the 预算数 合计 52 does not add up (6 + 24 + 20 = 50): kept as stated.
	const sheet = gridSheet(
		file,
		`
衡阳市生态环境局2022年一般公共预算财政拨款“三公”经费支出决算表|||||||||||
单位：万元|||||||||||
预算数||||||决算数|||||
合计|因公出国（境）费|公务用车购置及运行费|||公务接待费|合计|因公出国（境）费|公务用车购置及运行费|||公务接待费
||小计|公务用车购置费|公务用车运行费||||小计|公务用车购置费|公务用车运行费|
52|6|24|0|24|20|28.98|0|22.49|17.99|4.5|6.49
`
	);
	const { fit, apply } = readWith(layout, sheet, testContext(file));

	it('reads the columns as lines with their stage', () => {
		expect(fit?.recipe.options).toEqual({ orientation: 'columns' });
		expect(fit?.recipe.headerRows).toEqual([3, 4, 5]);
		expect(fit?.recipe.columns.map((column) => column.meaning)).toEqual([
			'line:three_public:budget',
			'line:three_public_overseas:budget',
			'line:three_public_vehicles:budget',
			'line:three_public_vehicle_purchase:budget',
			'line:three_public_vehicle_running:budget',
			'line:three_public_receptions:budget',
			'line:three_public:final',
			'line:three_public_overseas:final',
			'line:three_public_vehicles:final',
			'line:three_public_vehicle_purchase:final',
			'line:three_public_vehicle_running:final',
			'line:three_public_receptions:final'
		]);
	});

	it('writes one spending row per cell, 其中 rows as of_which, 0 kept as a published 0', () => {
		const result = apply();
		expect(result.counts).toEqual({ read: 1, imported: 1, rejected: 0, skipped: 0 });
		expect(spendingOf(result, [...TREE, 'stage', 'amount', 'line_zh'])).toEqual([
			['three_public', '', '', 'budget', '52', '合计'],
			['three_public_overseas', 'three_public', 'part', 'budget', '6', '因公出国（境）费'],
			['three_public_vehicles', 'three_public', 'part', 'budget', '24', '公务用车购置及运行费'],
			['three_public_vehicle_purchase', 'three_public_vehicles', 'of_which', 'budget', '0', '公务用车购置费'],
			['three_public_vehicle_running', 'three_public_vehicles', 'of_which', 'budget', '24', '公务用车运行费'],
			['three_public_receptions', 'three_public', 'part', 'budget', '20', '公务接待费'],
			['three_public', '', '', 'final', '28.98', '合计'],
			['three_public_overseas', 'three_public', 'part', 'final', '0', '因公出国（境）费'],
			['three_public_vehicles', 'three_public', 'part', 'final', '22.49', '公务用车购置及运行费'],
			[
				'three_public_vehicle_purchase',
				'three_public_vehicles',
				'of_which',
				'final',
				'17.99',
				'公务用车购置费'
			],
			['three_public_vehicle_running', 'three_public_vehicles', 'of_which', 'final', '4.5', '公务用车运行费'],
			['three_public_receptions', 'three_public', 'part', 'final', '6.49', '公务接待费']
		]);
		expect(result.rows.spending?.[9]).toMatchObject({
			department_id: 'hengyang_eeb',
			fiscal_year: '2022',
			category: 'three_public',
			unit: '万元',
			locator: `${file} / R6 / C10 / 决算数 / 公务用车购置及运行费 / 公务用车购置费`,
			excerpt: '决算数 / 公务用车购置及运行费 / 公务用车购置费 … 17.99'
		});
	});
});
