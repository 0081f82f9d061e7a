import { afterAll, describe, expect, it } from 'vitest';
import { RULES, ruleById } from './rules';
import { runAudit } from './run';
import type { AuditResult, Finding } from './types';
import { importedRunner, removeImportedBuilds, type ImportRun } from '../../../test/helpers/import-audit';
import {
	INJECTIONS,
	consistentFigures,
	reportRun,
	type ReportFigures
} from '../../../test/fixtures/audit-import/report';

// The rules for the standard 决算/预算 tables and the scoring rules, on a fictitious department's
// disclosure made in code (test/fixtures/audit-import/report.ts) and read by the importer: a
// consistent twin that must raise nothing, one injected inconsistency per rule, and a department
// with every injection at once.

afterAll(removeImportedBuilds);

const TWIN = '衡阳市明镜对照局';
const BAD = '衡阳市明镜测试局';

type Shape = [
	rule: string,
	severity: string,
	variant: string,
	subject: string,
	left: number | null,
	right: number | null
];

/** Project ids are hashes of the name (p_…): shown as P so expectations stay readable. */
function shape(findings: readonly Finding[]): Shape[] {
	return findings
		.map((f): Shape => [
			f.rule_id,
			f.severity,
			f.variant,
			f.subject_key.replace(/^p_[0-9a-f]+/, 'P'),
			f.left.value,
			f.right.value
		])
		.sort((a, b) => `${a[0]} ${a[3]}`.localeCompare(`${b[0]} ${b[3]}`));
}

function injected(...names: string[]): ReportFigures {
	const figures = consistentFigures();
	for (const name of names) {
		const inject = INJECTIONS[name];
		if (inject === undefined) throw new Error(`no injection ${name}`);
		inject(figures);
	}
	return figures;
}

async function audit(runs: ImportRun[]): Promise<AuditResult & { departments: Map<string, string> }> {
	const { run, departments } = await importedRunner(runs);
	return { ...(await runAudit(run)), departments };
}

describe('the consistent twin raises nothing, as XLSX and as CSV', () => {
	for (const xlsx of [true, false]) {
		it(`${xlsx ? 'XLSX' : 'CSV'}: no finding, no failure, every new rule compared something`, async () => {
			const result = await audit([reportRun('twin', TWIN, consistentFigures(), xlsx)]);
			expect(result.failures).toEqual([]);
			expect(shape(result.findings)).toEqual([]);
			const counts = Object.fromEntries(
				result.coverage.map((line) => [`${line.rule_id} ${line.status} ${line.what.en}`, line.n])
			);
			expect(counts).toEqual({
				'parts_sum compared totals against their parts (three public expenses)': 2,
				// 收入: 本年收入合计, 收入总计; 经济分类: 人员经费, 301, 公用经费, 302.
				'parts_sum compared totals against their parts (other lines)': 6,
				// Every primary line with a parent: 22 + 22 功能分类, 4 收入, 8 经济分类, 5 + 5 三公.
				'child_exceeds_parent compared child lines against their parent': 66,
				'function_code_sum compared coded amounts against the sum of their sub-codes': 28,
				'row_total_by_kind compared row totals against the row’s columns': 18,
				'income_equals_expenditure compared summaries (total income against total expenditure)': 1,
				'basic_personnel_public compared basic expenditures against personnel + operating costs': 1,
				'execution_rate compared stated execution rates against executed ÷ budget': 1,
				'restated_spending compared restatements compared with the row the dashboards show': 2,
				'project_vs_line not_compared projects have no line_id': 1,
				'total_across_tables compared restatements of a total compared with another table': 1,
				'total_across_tables not_compared totals printed in one table only': 3,
				'score_over_weight compared scores against their weights': 6,
				'funding_score_vs_rate compared funding scores against weight × execution rate': 1,
				'scores_within_weights compared tables’ score sums against their weight sums': 1,
				'scores_within_weights compared stated total scores against the stated total weight': 1,
				// 23 功能分类 lines and 4 三公 lines have a budget (two 三公 budgets are 0); the 7
				// summary, 10 经济分类 and 2 三公 finals have none.
				'final_over_budget compared final amounts against the same line’s budget': 27,
				'final_over_budget not_compared final amounts without a budget of that year': 19
			});
			const noLine = result.coverage.find((line) => line.rule_id === 'project_vs_line');
			expect(noLine?.reason?.en).toBe(
				'the base-table (附件1) row of the project is unknown: 附件1 vs 附件3 not compared'
			);
			expect(noLine?.departments).toEqual([result.departments.get(TWIN)]);
			expect(noLine?.years).toEqual([2022]);
		}, 30000);
	}
});

// rule → the injection that must make it fire, and exactly what it raises (other rules may also
// fire on the same figure: the wrong cell is in a row and a column).
const ONE_RULE: Record<string, { inject: string; xlsx: boolean; expect: Shape[] }> = {
	function_code_sum: {
		inject: 'sub_code_sum',
		xlsx: true,
		expect: [
			['function_code_sum', 'error', 'short', 'fc_21101', 400, 390],
			['function_code_sum', 'error', 'short', 'fc_21101_basic', 280, 270]
		]
	},
	row_total_by_kind: {
		inject: 'row_columns',
		xlsx: false,
		expect: [['row_total_by_kind', 'error', 'exceeds', 'fc_20805', 50, 55]]
	},
	income_equals_expenditure: {
		inject: 'summary_sides',
		xlsx: true,
		expect: [['income_equals_expenditure', 'error', 'mismatch', 'revenue_total+exp_total', 515, 510]]
	},
	total_across_tables: {
		inject: 'total_two_tables',
		xlsx: false,
		expect: [['total_across_tables', 'warning', 'mismatch', 'total', 500, 505]]
	},
	basic_personnel_public: {
		inject: 'basic_split',
		xlsx: true,
		expect: [['basic_personnel_public', 'error', 'mismatch', 'basic', 300, 305]]
	},
	score_over_weight: {
		inject: 'score_over_weight',
		xlsx: false,
		expect: [['score_over_weight', 'error', 'over', 'P#2', 12, 10]]
	},
	funding_score_vs_rate: {
		inject: 'funding',
		xlsx: true,
		expect: [['funding_score_vs_rate', 'note', 'differs', 'P', 10, 8]]
	},
	scores_within_weights: {
		inject: 'total_over_weight',
		xlsx: false,
		expect: [['scores_within_weights', 'error', 'stated_over', 'P', 105, 100]]
	}
};

describe('each new rule flags its injected inconsistency (and the twin above is its consistent case)', () => {
	it('has a case for every rule the fixture folders do not cover', () => {
		const covered = RULES.filter((rule) => ruleById(rule.id) && rule.id in ONE_RULE).map((r) => r.id);
		expect(covered.sort()).toEqual(Object.keys(ONE_RULE).sort());
	});
	for (const [ruleId, c] of Object.entries(ONE_RULE)) {
		it(`${ruleId}: ${c.inject} (${c.xlsx ? 'XLSX' : 'CSV'})`, async () => {
			const result = await audit([reportRun('one', BAD, injected(c.inject), c.xlsx)]);
			expect(result.failures).toEqual([]);
			expect(shape(result.findings.filter((f) => f.rule_id === ruleId))).toEqual(c.expect);
			for (const f of result.findings) expect(f.department_id).toBe(result.departments.get(BAD));
		}, 30000);
	}
});

// Kinds of inconsistency injected into one department, with what each must raise; a twin with
// the same tables, consistent, is imported into the same folder.
const KINDS: Record<string, Shape[]> = {
	sub_code_sum: [
		['function_code_sum', 'error', 'short', 'fc_21101', 400, 390],
		['function_code_sum', 'error', 'short', 'fc_21101_basic', 280, 270]
	],
	row_columns: [
		['row_total_by_kind', 'error', 'exceeds', 'fc_20805', 50, 55],
		['function_code_sum', 'error', 'exceeds', 'fc_208_project', 30, 35],
		['final_over_budget', 'note', 'over', 'fc_20805_project', 35, 30]
	],
	summary_sides: [['income_equals_expenditure', 'error', 'mismatch', 'revenue_total+exp_total', 515, 510]],
	total_two_tables: [['total_across_tables', 'warning', 'mismatch', 'total', 500, 505]],
	class_two_tables: [['restated_spending', 'warning', 'mismatch', 'fc_211', 450, 455]],
	basic_split: [['basic_personnel_public', 'error', 'mismatch', 'basic', 300, 305]],
	economic_sum: [['parts_sum', 'error', 'exceeds', 'ec_301', 200, 205]],
	three_public_sum: [['parts_sum', 'error', 'exceeds', 'three_public', 22, 25]],
	of_which_exceeds: [['child_exceeds_parent', 'error', 'of_which', 'three_public_vehicle_running', 18, 20]],
	final_over_budget: [
		['final_over_budget', 'note', 'over', 'fc_21103', 50, 40],
		['final_over_budget', 'note', 'over', 'fc_21103_project', 50, 40],
		['final_over_budget', 'note', 'over', 'fc_2110302', 50, 40],
		['final_over_budget', 'note', 'over', 'fc_2110302_project', 50, 40]
	],
	score_over_weight: [
		['score_over_weight', 'error', 'over', 'P#2', 12, 10],
		['scores_within_weights', 'error', 'sum_over', 'P', 102, 100]
	],
	// With score_over_weight: the rows add up to 102, the 总分 row says 105 of 100.
	total_over_weight: [
		['scores_within_weights', 'error', 'stated_over', 'P', 105, 100],
		['score_total', 'error', 'mismatch', 'P', 105, 102]
	],
	funding: [
		['execution_rate', 'error', 'mismatch', 'P', 90, 80],
		['funding_score_vs_rate', 'note', 'differs', 'P', 10, 8]
	]
};

describe(`a fictitious department with ${Object.keys(KINDS).length} kinds of injected inconsistency, and its twin`, () => {
	it('finds every kind, raises nothing else, and nothing at all on the twin', async () => {
		const result = await audit([
			reportRun('bad', BAD, injected(...Object.keys(KINDS)), false),
			reportRun('twin', TWIN, consistentFigures(), true)
		]);
		expect(result.failures).toEqual([]);
		const bad = result.departments.get(BAD);
		expect(result.findings.filter((f) => f.department_id !== bad)).toEqual([]);
		const found = shape(result.findings);
		const expected = Object.values(KINDS).flat();
		const detected = Object.entries(KINDS).filter(([, shapes]) =>
			shapes.some((s) => found.some((f) => JSON.stringify(f) === JSON.stringify(s)))
		);
		const falsePositives = found.filter(
			(f) => !expected.some((s) => JSON.stringify(s) === JSON.stringify(f))
		);
		console.log(
			`recall ${detected.length}/${Object.keys(KINDS).length} kinds; ${falsePositives.length} false positives; ${found.length} findings`
		);
		expect(detected.map(([kind]) => kind)).toEqual(Object.keys(KINDS));
		expect(falsePositives).toEqual([]);
		expect(found.length).toBe(expected.length);
	}, 60000);

	it('names the one part that explains a difference exactly', async () => {
		const figures = injected();
		// 行政运行 left out of 环境保护管理事务: 款 280 + 120 = 400 stated as 120.
		figures.final[2] = ['21101', '环境保护管理事务', '120.00', '0.00', '120.00'];
		const result = await audit([reportRun('named', BAD, figures, true)]);
		const total = result.findings.find(
			(f) => f.rule_id === 'function_code_sum' && f.subject_key === 'fc_21101'
		);
		expect(total?.variant).toBe('exceeds_one_line');
		expect(total?.extra).toMatchObject({ label: { zh: '行政运行' }, value: 280 });
		expect(total?.right.formula).toBe('280.00 + 120.00');
	}, 30000);
});

describe('a 财政拨款 table beside the all-funds tables', () => {
	it('its smaller total is a note naming the subset, and its lines are not restatements that disagree', async () => {
		const figures = consistentFigures();
		figures.appropriation = [
			['', '合计', '480.00', '300.00', '180.00'],
			['211', '节能环保支出', '430.00', '280.00', '150.00'],
			['21101', '环境保护管理事务', '380.00', '280.00', '100.00'],
			['208', '社会保障和就业支出', '50.00', '20.00', '30.00']
		];
		const result = await audit([reportRun('approp', TWIN, figures, false)]);
		expect(result.failures).toEqual([]);
		expect(shape(result.findings)).toEqual([
			['total_across_tables', 'note', 'appropriation_subset', 'total', 500, 480]
		]);
	}, 30000);
});
