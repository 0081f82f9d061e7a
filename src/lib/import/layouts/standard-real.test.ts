// The six real tables in ../shared/real/standard-tables: each recognised as its layout, the key
// figures of its README asserted exactly, and what is left out (the unit code row, blank rows)
// reported in a note.
import { describe, expect, it } from 'vitest';
import {
	HAVE_STANDARD_TABLES,
	REAL_FILES,
	SKIP_MESSAGE,
	realSheet
} from '../structure/real-files.test-helper';
import type { TableName } from '../../model/index';
import { checkRow, completeRow } from '../contract-check';
import { recognise } from '../import';
import type { ContractRow, SheetImport } from '../types';
import { STANDARD_LAYOUTS } from './standard';
import { columnsOf, spendingOf, testContext } from './standard-fixtures.test-helper';

async function importReal(file: string, flags: Parameters<typeof testContext>[1], unit?: string) {
	const sheet = await realSheet(file);
	const context = testContext(file, flags);
	const best = recognise(sheet, STANDARD_LAYOUTS, context);
	if (best === null) throw new Error(`${file}: no layout`);
	const recipe = unit === undefined ? best.recipe : { ...best.recipe, unit };
	return { layout: best.layout.id, recipe: best.recipe, result: best.layout.apply(sheet, recipe, context) };
}

function amountOf(result: SheetImport, lineId: string): string | undefined {
	return result.rows.spending?.find((row: ContractRow) => row.line_id === lineId)?.amount;
}

/** Contract problems of every row an import wrote (what `npm run data` would refuse). */
function contractProblems(file: string, result: SheetImport): string[] {
	return Object.entries(result.rows).flatMap(([table, rows]) =>
		(rows ?? []).flatMap((row) =>
			checkRow(table as TableName, completeRow(table as TableName, row), { file, sheet: null }).map(
				(problem) => problem.message.en
			)
		)
	);
}

const CHANGJIANG = {
	department: '生态环境部长江流域生态环境监督管理局',
	year: 2020,
	stage: 'budget' as const
};

describe.skipIf(!HAVE_STANDARD_TABLES)(
	`real standard tables${HAVE_STANDARD_TABLES ? '' : ` (${SKIP_MESSAGE})`}`,
	() => {
		it('收支总表 (Changjiang): summary layout, income and 类 figures as printed', async () => {
			const { layout, recipe, result } = await importReal(REAL_FILES.summary, CHANGJIANG, '万元');
			expect(layout).toBe('standard_income_expenditure_summary');
			expect(recipe.stage).toBe('budget');
			expect(result.problems).toEqual([]);
			expect(result.counts).toEqual({ read: 12, imported: 7, rejected: 0, skipped: 5 });
			expect(amountOf(result, 'revenue_general_public')).toBe('2280.32');
			expect(amountOf(result, 'revenue_other')).toBe('1165.57');
			expect(amountOf(result, 'revenue_current_total')).toBe('3445.89');
			expect(amountOf(result, 'revenue_carryover')).toBe('30.00');
			expect(amountOf(result, 'revenue_total')).toBe('3475.89');
			expect(amountOf(result, 'exp_total')).toBe('3475.89');
			expect(amountOf(result, 'total')).toBe('3475.89');
			expect(
				columnsOf(
					result.rows.spending?.filter((row) => row.category === 'function'),
					['line_id', 'functional_code', 'amount']
				)
			).toEqual([
				['fc_208', '208', '709.01'],
				['fc_211', '211', '2482.84'],
				['fc_221', '221', '284.04']
			]);
			expect(
				result.notes.filter((n) => n.message.en === 'blank row, skipped').map((n) => n.place.row)
			).toEqual([9, 13]);
		});

		it('收支总表 without flags: the year and department are asked for, the stage comes from 预算数', async () => {
			const { result } = await importReal(REAL_FILES.summary, {});
			expect(result.problems.map((p) => p.code)).toEqual([
				'department_unknown',
				'year_unknown',
				'unit_unknown'
			]);
			expect(result.rows).toEqual({});
			expect(result.counts).toEqual({ read: 12, imported: 0, rejected: 7, skipped: 5 });
		});

		it('收入总表 by unit (Changjiang): the only unit row gives the department’s income lines', async () => {
			const { layout, result } = await importReal(REAL_FILES.byUnit, CHANGJIANG, '万元');
			expect(layout).toBe('standard_income_by_unit');
			expect(result.counts).toEqual({ read: 1, imported: 1, rejected: 0, skipped: 0 });
			expect(spendingOf(result, ['line_id', 'parent_line_id', 'amount'])).toEqual([
				['revenue_total', '', '3475.89'],
				['revenue_carryover', 'revenue_total', '30.00'],
				['revenue_carryover_other', 'revenue_carryover', '30.00'],
				['revenue_current_total', 'revenue_total', '3445.89'],
				['revenue_general_public', 'revenue_current_total', '2280.32'],
				['revenue_affiliate_remittance', 'revenue_current_total', '1160.00'],
				['revenue_other', 'revenue_current_total', '5.57']
			]);
			expect(result.rows.spending?.[5]?.locator).toBe(
				`${REAL_FILES.byUnit} / R4 / C17 / 本年收入 / 附属单位上缴收入`
			);
		});

		it('支出总表 (Changjiang): 208 = 20805 = 709.01, 2080501 518.27, the unit code row left out with a note', async () => {
			const { layout, result } = await importReal(REAL_FILES.byFunction, CHANGJIANG, '万元');
			expect(layout).toBe('standard_expenditure_by_function');
			expect(result.counts).toEqual({ read: 5, imported: 4, rejected: 0, skipped: 1 });
			expect(spendingOf(result, ['line_id', 'parent_line_id', 'functional_code', 'amount'])).toEqual([
				['total', '', '', '3475.89'],
				['basic', 'total', '', '2394.43'],
				['project', 'total', '', '1081.46'],
				['fc_208', 'total', '208', '709.01'],
				['fc_208_basic', 'fc_208', '', '709.01'],
				['fc_20805', 'fc_208', '20805', '709.01'],
				['fc_20805_basic', 'fc_20805', '', '709.01'],
				['fc_2080501', 'fc_20805', '2080501', '518.27'],
				['fc_2080501_basic', 'fc_2080501', '', '518.27']
			]);
			expect(result.notes.map((n) => [n.place.row, n.message.en])).toEqual([
				[
					3,
					'row "144046001" is not a 功能分类 code (3/5/7 digits; a unit code?), skipped: 生态环境部长江流域生态环境监督管理局本级'
				]
			]);
		});

		it('支出总表 without flags: --department is suggested from the unit row', async () => {
			const { result } = await importReal(REAL_FILES.byFunction, {});
			expect(result.problems[0]?.message.zh).toBe(
				'不知道这张表属于哪个部门：标题行没有写部门名称（表中印有“生态环境部长江流域生态环境监督管理局”）'
			);
		});

		it('三公 budget tables (Dazhou 46, Dazhu 9): totals and parts as printed, blank rows not read as 0', async () => {
			const dazhou = await importReal(REAL_FILES.dazhou, { department: '达州市环城公路养护中心' });
			expect(dazhou.layout).toBe('standard_three_public');
			expect(dazhou.recipe).toMatchObject({ year: 2014, stage: 'budget', unit: '万元' });
			expect(dazhou.result.counts).toEqual({ read: 6, imported: 4, rejected: 0, skipped: 2 });
			expect(
				spendingOf(dazhou.result, ['line_id', 'parent_relation', 'fiscal_year', 'stage', 'amount', 'unit'])
			).toEqual([
				['three_public', '', '2014', 'budget', '46', '万元'],
				['three_public_receptions', 'part', '2014', 'budget', '8', '万元'],
				['three_public_vehicles', 'part', '2014', 'budget', '38', '万元'],
				['three_public_vehicle_running', 'of_which', '2014', 'budget', '38', '万元']
			]);
			const dazhu = await importReal(REAL_FILES.dazhu, { department: '大竹县科技局' });
			expect(dazhu.layout).toBe('standard_three_public');
			expect(spendingOf(dazhu.result, ['line_id', 'amount', 'locator'])).toEqual([
				['three_public', '9', `${REAL_FILES.dazhu} / R4 / C2 / 本年预算数`],
				['three_public_receptions', '7', `${REAL_FILES.dazhu} / R6 / C2 / 本年预算数`],
				['three_public_vehicles', '2', `${REAL_FILES.dazhu} / R7 / C2 / 本年预算数`],
				['three_public_vehicle_running', '2', `${REAL_FILES.dazhu} / R9 / C2 / 本年预算数`]
			]);
			expect(dazhu.result.notes.map((n) => n.place.row)).toEqual([5, 8]);
		});

		it('Xianning 转移支付 self-evaluation: one projects row, 2380.91 full-year budget, 0 executed, 0 rate', async () => {
			const { layout, recipe, result } = await importReal(REAL_FILES.xianning, {
				department: '咸宁市生态环境局',
				year: 2021
			});
			expect(layout).toBe('self_assessment_project');
			expect(recipe.unit).toBe('万元');
			expect(result.counts).toEqual({ read: 8, imported: 1, rejected: 0, skipped: 7 });
			expect(result.rows.projects).toHaveLength(1);
			expect(result.rows.projects?.[0]).toMatchObject({
				department_id: 'xianning_eeb',
				fiscal_year: '2021',
				name_zh: '2021年第一批中央大气污染防治资金',
				competent_dept_zh: '咸宁市生态环境局',
				implementing_dept_zh: '大气环境科',
				budget_initial: '',
				budget_full_year: '2380.91',
				executed: '0',
				execution_rate_stated: '0',
				unit: '万元',
				outcome_zh: '正在进行招标意向公示,预计三月中旬开展公开招标',
				locator: `${REAL_FILES.xianning} / R4`
			});
			expect(result.rows.projects?.[0]?.goal_zh).toMatch(/^采用技术领先的监测设备及监控平台/);
			expect(result.rows.indicators).toEqual([]);
			const funding = result.notes
				.filter((n) => /funding detail row/.test(n.message.en))
				.map((n) => n.message.en);
			expect(funding).toEqual([
				'funding detail row, no contract column for it: 其中:中央资金 … 871 … 0 … 0',
				'funding detail row, no contract column for it: 省级资金 … 0 … 0 … 0',
				'funding detail row, no contract column for it: 地方资金 … 1509.91 … 0 … 0',
				'funding detail row, no contract column for it: 其他资金 … 0 … 0 … 0'
			]);
			expect(result.notes.map((n) => n.message.en)).toContain(
				'the indicator table has no rows after its header (the file ends there): no indicators to import'
			);
		});

		it('every row written from the real tables fits the data contract', async () => {
			const imports = [
				[REAL_FILES.summary, (await importReal(REAL_FILES.summary, CHANGJIANG, '万元')).result],
				[REAL_FILES.byUnit, (await importReal(REAL_FILES.byUnit, CHANGJIANG, '万元')).result],
				[REAL_FILES.byFunction, (await importReal(REAL_FILES.byFunction, CHANGJIANG, '万元')).result],
				[
					REAL_FILES.dazhou,
					(await importReal(REAL_FILES.dazhou, { department: '达州市环城公路养护中心' })).result
				],
				[REAL_FILES.dazhu, (await importReal(REAL_FILES.dazhu, { department: '大竹县科技局' })).result],
				[
					REAL_FILES.xianning,
					(await importReal(REAL_FILES.xianning, { department: '咸宁市生态环境局', year: 2021 })).result
				]
			] as const;
			for (const [file, result] of imports) expect(contractProblems(file, result), file).toEqual([]);
			expect(imports.reduce((sum, [, result]) => sum + (result.rows.spending?.length ?? 0), 0)).toBe(34);
		});

		it('--unit (context.unit) gives the unit a table does not state', async () => {
			const sheet = await realSheet(REAL_FILES.byFunction);
			const context = { ...testContext(REAL_FILES.byFunction, CHANGJIANG), unit: '万元' };
			const best = recognise(sheet, STANDARD_LAYOUTS, context);
			const result = best!.layout.apply(sheet, best!.recipe, context);
			expect(result.problems).toEqual([]);
			expect(result.rows.spending?.[0]).toMatchObject({ line_id: 'total', amount: '3475.89', unit: '万元' });
		});

		it('Xianning without flags: asks for the year, pointing at the 2021 in the project name', async () => {
			const { result } = await importReal(REAL_FILES.xianning, {});
			expect(result.problems.map((p) => p.code)).toEqual(['department_unknown', 'year_unknown']);
			expect(result.problems[1]?.message.en).toBe(
				'the year is not known: the title rows state none (the text mentions 2021)'
			);
		});
	}
);
