import { describe, expect, it } from 'vitest';
import { standardExpenditureByFunction as layout } from './standard-expenditure-by-function';
import {
	TREE,
	gridSheet,
	mergedSheet,
	readWith,
	spendingOf,
	testContext
} from './standard-fixtures.test-helper';

const FILE = 'hy_2022_expenditure.csv';

// 决算, 元, title and unit rows, codes split over 类/款/项 under a merged 科目编码, a 栏次 row, a
// 合计 row that does not add up (600,000 + 300,000 ≠ 1,000,000), "-" and blank cells, a footnote.
const SPLIT = gridSheet(
	FILE,
	`
衡阳市生态环境局2022年一般公共预算财政拨款支出决算表||||||
公开05表||||||
编制单位：衡阳市生态环境局||||||金额单位：元
科目编码|||科目名称|本年支出合计|基本支出|项目支出
类|款|项||||
栏次||||1|2|3
|||合计|1,000,000.00|600,000.00|300,000.00
211|||节能环保支出|800,000.00|600,000.00|200,000.00
|01||环境保护管理事务|500,000.00|400,000.00|100,000.00
||01|行政运行|400,000.00|400,000.00|-
||99|其他环境保护管理事务支出|100,000.00||100,000.00
211|03||污染防治|300,000.00|200,000.00|100,000.00
注：本表反映部门本年度一般公共预算财政拨款实际支出情况。||||||
`
);

const COLUMNS = [...TREE, 'category', 'functional_code', 'stage', 'amount', 'unit'];

describe('standard_expenditure_by_function: codes split over 类/款/项', () => {
	const context = testContext(FILE);
	const { fit, apply } = readWith(layout, SPLIT, context);

	it('recognises the table and records what it saw', () => {
		expect(fit?.score).toBe(0.95);
		expect(fit?.recipe).toMatchObject({
			layout: 'standard_expenditure_by_function',
			sheet: null,
			headerRows: [4, 5, 6],
			firstDataRow: 7,
			lastDataRow: 12,
			unit: '元',
			department: { name_zh: '衡阳市生态环境局' },
			year: 2022,
			stage: 'final'
		});
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '科目编码 / 类', meaning: 'code:class' },
			{ col: 2, header: '科目编码 / 款', meaning: 'code:section' },
			{ col: 3, header: '科目编码 / 项', meaning: 'code:item' },
			{ col: 4, header: '科目名称', meaning: 'name' },
			{ col: 5, header: '本年支出合计', meaning: 'amount:total' },
			{ col: 6, header: '基本支出', meaning: 'amount:basic' },
			{ col: 7, header: '项目支出', meaning: 'amount:project' }
		]);
	});

	it('writes one line per filled amount, keyed on the code, the 合计 row kept as stated', () => {
		const result = apply();
		expect(result.problems).toEqual([]);
		// The footnote (row 13) is below lastDataRow: not a data row, not counted.
		expect(result.counts).toEqual({ read: 6, imported: 6, rejected: 0, skipped: 0 });
		expect(spendingOf(result, COLUMNS)).toEqual([
			['total', '', '', 'total', '', 'final', '1000000.00', '元'],
			['basic', 'total', 'part', 'basic', '', 'final', '600000.00', '元'],
			['project', 'total', 'part', 'project', '', 'final', '300000.00', '元'],
			['fc_211', 'total', 'part', 'function', '211', 'final', '800000.00', '元'],
			['fc_211_basic', 'fc_211', 'part', 'basic', '', 'final', '600000.00', '元'],
			['fc_211_project', 'fc_211', 'part', 'project', '', 'final', '200000.00', '元'],
			['fc_21101', 'fc_211', 'part', 'function', '21101', 'final', '500000.00', '元'],
			['fc_21101_basic', 'fc_21101', 'part', 'basic', '', 'final', '400000.00', '元'],
			['fc_21101_project', 'fc_21101', 'part', 'project', '', 'final', '100000.00', '元'],
			['fc_2110101', 'fc_21101', 'part', 'function', '2110101', 'final', '400000.00', '元'],
			['fc_2110101_basic', 'fc_2110101', 'part', 'basic', '', 'final', '400000.00', '元'],
			['fc_2110199', 'fc_21101', 'part', 'function', '2110199', 'final', '100000.00', '元'],
			['fc_2110199_project', 'fc_2110199', 'part', 'project', '', 'final', '100000.00', '元'],
			['fc_21103', 'fc_211', 'part', 'function', '21103', 'final', '300000.00', '元'],
			['fc_21103_basic', 'fc_21103', 'part', 'basic', '', 'final', '200000.00', '元'],
			['fc_21103_project', 'fc_21103', 'part', 'project', '', 'final', '100000.00', '元']
		]);
		expect(result.rows.spending?.[9]).toEqual({
			department_id: 'hengyang_eeb',
			fiscal_year: '2022',
			line_id: 'fc_2110101',
			parent_line_id: 'fc_21101',
			parent_relation: 'part',
			line_zh: '行政运行',
			line_en: 'functional classification 2110101',
			functional_code: '2110101',
			economic_class: '',
			category: 'function',
			stage: 'final',
			amount: '400000.00',
			unit: '元',
			share_pct_stated: '',
			derivation: 'reported',
			formula: '',
			is_primary: 'true',
			source_id: 'src_test',
			locator: 'hy_2022_expenditure.csv / R10 / C5 / 本年支出合计',
			excerpt: '01 … 行政运行 … 400,000.00'
		});
		expect(result.rows.spending?.[3]?.line_en).toBe('energy conservation and environmental protection (211)');
		expect(result.notes.map((n) => [n.place.row, n.message.en])).toEqual([
			[13, 'rows 13: footnotes below the table, not data']
		]);
		expect(context.departments).toContain('衡阳市生态环境局');
	});

	it('reads next year’s file with the same recipe, taking the year from its title', () => {
		const next = gridSheet(
			FILE,
			`
衡阳市生态环境局2023年一般公共预算财政拨款支出决算表||||||
公开05表||||||
编制单位：衡阳市生态环境局||||||金额单位：元
科目编码|||科目名称|本年支出合计|基本支出|项目支出
类|款|项||||
栏次||||1|2|3
|||合计|10.00|10.00|
211|||节能环保支出|10.00|10.00|
`
		);
		const result = layout.apply(next, fit!.recipe, testContext(FILE));
		expect(spendingOf(result, ['line_id', 'fiscal_year', 'amount'])).toEqual([
			['total', '2023', '10.00'],
			['basic', '2023', '10.00'],
			['fc_211', '2023', '10.00'],
			['fc_211_basic', '2023', '10.00']
		]);
		expect(result.notes.map((n) => n.message.en)).toContain('year 2023 used (the recipe said 2022)');
	});
});

describe('standard_expenditure_by_function: code and name merged in one cell, XLSX merges, flags', () => {
	// XLSX-like: the reader filled the merged 项目 header (^ = merged with the cell above).
	const sheet = mergedSheet('支出预算表', [
		['项目', '', '本年预算'],
		['^', '', '小计'],
		['合计', '', '3,475.89'],
		['208 社会保障和就业支出', '', '709.01'],
		['2080501 行政单位离退休', '', '5l8.27'],
		['144046001 某局本级', '', '3,475.89']
	]);
	const file = 'budget.xlsx';

	it('finds the code in front of the name and asks for the department, year and stage', () => {
		const context = testContext(file);
		const { fit, apply } = readWith(layout, sheet, context);
		expect(fit?.recipe.columns).toEqual([
			{ col: 1, header: '项目', meaning: 'name' },
			{ col: 3, header: '本年预算 / 小计', meaning: 'amount:total:budget' }
		]);
		const result = apply();
		expect(result.problems.map((p) => [p.code, p.place.row, p.place.col])).toEqual([
			['department_unknown', null, null],
			['year_unknown', null, null],
			['unit_unknown', null, null],
			['not_a_number', 5, 3]
		]);
		expect(result.problems[0]?.fix.en).toBe(
			"pass --department NAME (or fill in the recipe's department.name_zh)"
		);
		expect(result.problems[3]?.message.zh).toBe('C 列“5l8.27”不是数字，这一行没有导入');
		expect(result.rows).toEqual({});
		expect(result.counts).toEqual({ read: 4, imported: 0, rejected: 3, skipped: 1 });
	});

	it('writes the rows once the flags and the recipe give what the table does not say', () => {
		const context = testContext(file, { department: '生态环境部长江流域生态环境监督管理局', year: 2023 });
		const { fit, apply } = readWith(layout, sheet, context);
		const result = apply({ ...fit!.recipe, unit: '万元' });
		expect(result.counts).toEqual({ read: 4, imported: 2, rejected: 1, skipped: 1 });
		expect(spendingOf(result, ['line_id', 'parent_line_id', 'stage', 'amount', 'unit', 'locator'])).toEqual([
			['total', '', 'budget', '3475.89', '万元', 'budget.xlsx / 支出预算表 / R3 / C / 本年预算 / 小计'],
			['fc_208', 'total', 'budget', '709.01', '万元', 'budget.xlsx / 支出预算表 / R4 / C / 本年预算 / 小计']
		]);
		expect(result.problems.map((p) => p.code)).toEqual(['not_a_number']);
		expect(result.notes.map((n) => [n.place.row, n.message.en])).toEqual([
			[6, 'row "144046001" is not a 功能分类 code (3/5/7 digits; a unit code?), skipped: 某局本级']
		]);
	});
});
