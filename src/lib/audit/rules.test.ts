import { afterAll, describe, expect, it } from 'vitest';
import { RULES, ruleById } from './rules';
import { runAudit } from './run';
import type { Finding } from './types';
import { fixtureRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';

// Every rule against two small fixtures built by the site's own data build
// (test/fixtures/audit/<rule>/flag and …/clean, overlaid on …/base): the rule must raise exactly
// the findings listed here on `flag`, and nothing on `clean`. Rows come from data/*.csv; where a
// figure was edited to make a case, test/fixtures/audit/README.md says which.

type Expected = [
	severity: string,
	variant: string,
	subject: string,
	left: number | null,
	right: number | null
];

const FLAGGED: Record<string, Expected[]> = {
	parts_sum: [
		['error', 'exceeds', 'project', 888.43, 2838.89],
		['error', 'exceeds_one_line', 'project_business', 251.71, 267.41],
		['error', 'short', 'three_public', 18.4, 17.57]
	],
	child_exceeds_parent: [
		['error', 'part', 'project_municipal', 888.43, 2587.18],
		['error', 'of_which', 'revenue_fines', 1250, 1300]
	],
	application_by_expenditure: [['error', 'mismatch', 'application_total', 2559.05, 2549.05]],
	staffing_parts: [['error', 'mismatch', 'authorised_total', 151, 152]],
	sections_by_class: [
		['error', 'exceeds', 'whole_city/2019-05', 27, 29],
		['note', 'short', 'whole_city/year', 44, 42]
	],
	execution_rate: [
		['error', 'mismatch', 'air_monitoring_network', 100, 97.39],
		['error', 'mismatch', 'emission_reduction', 100, 97.63]
	],
	execution_rounded_up: [['note', 'rounded', 'emission_trading_center', 100, 99.7]],
	control_rate: [['error', 'mismatch', 'control_rate', 72.85, 76.82]],
	share_of_parent: [['error', 'mismatch', 'basic', 15.61, 14.61]],
	yoy_change: [
		['error', 'mismatch', 'enforcement_fines', 20, 14.15],
		['error', 'mismatch', 'pm25/whole_city/year', -10, -6.45]
	],
	restated_spending: [['warning', 'mismatch', 'basic', 2966.94, 2966.49]],
	project_vs_line: [
		['warning', 'mismatch', 'key_source_monitoring_center', 25, 15.23],
		['warning', 'mismatch', 'vehicle_center_temp_staff', 24, 24.8]
	],
	indicator_vs_environment: [
		['warning', 'mismatch', 'good_air_ratio', 95, 87.9],
		['warning', 'mismatch', 'pm10', 49, 48]
	],
	staffing_restated: [['warning', 'mismatch', 'actual_staff', 118, 116]],
	restated_project: [['warning', 'mismatch', 'emission_trading_center/executed', 9.97, 9.7]],
	same_item_two_lines: [
		['warning', 'same_value', 'basic_party_building+project_business_party_building', 10.3, 10.3]
	],
	application_vs_budget: [
		['note', 'differs', 'basic', 1976.87, 1649.05],
		['note', 'differs', 'project', 582.18, 265.67]
	],
	score_total: [
		['error', 'mismatch', 'department', 100, 98],
		['error', 'mismatch', 'emission_trading_center', 95, 99.97]
	],
	full_marks_shortfall: [
		['warning', 'shortfall', 'department#1', 52, 49],
		['warning', 'shortfall', 'emission_trading_center#9', 90, 95]
	],
	full_marks_vs_observed: [['warning', 'shortfall', 'good_air_ratio', 87.9, 95]],
	weights_total: [
		['error', 'mismatch', 'department', 100, 105],
		['error', 'mismatch', 'emission_trading_center', 100, 105],
		['error', 'mismatch', 'emission_trading_center/产出指标', 50, 55]
	],
	executed_over_budget: [['warning', 'over', 'vehicle_center_temp_staff', 24.8, 24]],
	final_over_budget: [
		['note', 'over', 'basic', 2966.94, 1649.05],
		['note', 'over', 'basic_public_operating', 353.14, 317.23],
		['note', 'over', 'utilities_travel', 62.32, 48]
	],
	outcome_copies_goal: [
		['note', 'copied', 'emission_trading_center', null, null],
		['note', 'copied', 'pollution_census_update', null, null]
	],
	outcome_from_other_project: [
		['warning', 'pasted', 'key_source_monitoring_center+air_forecast', null, null]
	],
	identical_across_years: [['note', 'repeated', 'project_municipal', 2587.18, 2587.18]],
	points_for_non_percentage: [
		['note', 'points', 'pm10/urban_area/year', -11.1, 48],
		['note', 'points', 'pm25/urban_area/year', -11.4, 31]
	]
};

// Rules on the standard tables and the scoring rules added with them are tested on files the
// importer reads (standard.test.ts): their flag and consistent cases are made there, in code.
const TESTED_ON_IMPORTS = new Set([
	'function_code_sum',
	'row_total_by_kind',
	'income_equals_expenditure',
	'basic_personnel_public',
	'total_across_tables',
	'score_over_weight',
	'funding_score_vs_rate',
	'scores_within_weights'
]);
const FIXTURE_RULES = RULES.filter((rule) => !TESTED_ON_IMPORTS.has(rule.id));

function shape(findings: Finding[]): Expected[] {
	return findings
		.map((f): Expected => [f.severity, f.variant, f.subject_key, f.left.value, f.right.value])
		.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
}

async function runOne(ruleId: string, fixture: string) {
	const rule = ruleById(ruleId);
	if (!rule) throw new Error(`no rule ${ruleId}`);
	const result = await runAudit(await fixtureRunner(fixture), [rule]);
	expect(result.failures).toEqual([]);
	return result.findings;
}

afterAll(removeFixtureBuilds);

describe('each rule flags its flag fixture and nothing on its consistent fixture', () => {
	it('has a case for every rule', () => {
		expect(Object.keys(FLAGGED).sort()).toEqual(FIXTURE_RULES.map((rule) => rule.id).sort());
	});

	for (const rule of FIXTURE_RULES) {
		it(`${rule.id}: flags what does not add up`, async () => {
			const findings = await runOne(rule.id, `${rule.id}/flag`);
			expect(shape(findings)).toEqual(FLAGGED[rule.id]);
			for (const f of findings) expect(f.rule_id).toBe(rule.id);
		});
		it(`${rule.id}: raises nothing on consistent figures`, async () => {
			expect(await runOne(rule.id, `${rule.id}/clean`)).toEqual([]);
		});
	}
});

describe('what the findings carry', () => {
	it('三公经费 2021: both sides cited, the parts spelled out, the tolerance from the published precision', async () => {
		const [finding] = (await runOne('parts_sum', 'parts_sum/flag')).filter(
			(f) => f.subject_key === 'three_public'
		);
		expect(finding).toMatchObject({
			department_id: 'hengyang_eeb',
			fiscal_year: 2021,
			stage: 'final',
			topic: 'three_public',
			difference: 0.83,
			tolerance: 0.02,
			left: {
				source_id: 'hy_eeb_2022_self_assessment',
				locator: '附件1 / 经费控制情况 / 三公经费 / 2021年决算数',
				excerpt: '三公经费 18.4 50 28.98',
				decimals: 1
			},
			right: { formula: '10.28 + 0 + 7.29', source_id: 'hy_eeb_2022_self_assessment', decimals: 2 }
		});
		expect(finding?.right.locator).toContain('1、公务用车购置和维护经费 / 2021年决算数');
		expect(finding?.right.excerpt).toContain('3、公务接待 7.29 20 6.49');
		expect(finding?.touches).toContainEqual({
			source_id: 'hy_eeb_2022_self_assessment',
			locator: '附件1 / 经费控制情况 / 三公经费 / 2021年决算数',
			value: 18.4
		});
		expect(finding?.touches).toHaveLength(4);
	});

	it('names the line whose amount equals the difference when the parts exceed the total', async () => {
		const [finding] = (await runOne('parts_sum', 'parts_sum/flag')).filter(
			(f) => f.subject_key === 'project_business'
		);
		expect(finding?.extra).toEqual({
			label: { zh: '债务利息支出', en: 'debt interest expenditure' },
			value: 15.7,
			unit: '万元',
			decimals: 1
		});
		expect(finding?.tolerance).toBe(0.08);
	});

	it('recomputes the execution rate from the printed amounts (9.97 ÷ 10 = 99.7%, 0.03 unspent)', async () => {
		const [finding] = await runOne('execution_rounded_up', 'execution_rounded_up/flag');
		expect(finding?.right).toMatchObject({ value: 99.7, formula: '9.97 ÷ 10 × 100', unit: '%' });
		expect(finding?.extra).toMatchObject({ value: 0.03, unit: '万元' });
		expect(finding?.tolerance).toBe(0.5);
	});

	it('compares a restatement in 元 with the table in 万元 in 万元, citing both as published', async () => {
		const findings = await runOne('restated_spending', 'restated_spending/units');
		// 29669400 元 = 2966.94 万元: no finding; 8884000 元 = 888.4 万元 ≠ 888.43 万元.
		expect(shape(findings)).toEqual([['warning', 'mismatch', 'project', 888.43, 888.4]]);
		expect(findings[0]).toMatchObject({
			difference: 0.03,
			tolerance: 0.005,
			left: { unit: '万元', decimals: 2, excerpt: expect.stringContaining('888.43') },
			right: { unit: '万元', decimals: 4, excerpt: '衡阳市生态环境局2022年度项目支出8884000元' }
		});
	});

	it('the control rate 72.85% corresponds to 110 of 151, not the 116 stated', async () => {
		const [finding] = await runOne('control_rate', 'control_rate/flag');
		expect(finding?.right.formula).toBe('116 ÷ 151 × 100');
		expect(finding?.difference).toBe(-3.97);
		expect(finding?.extra?.value).toBe(110);
		// The head count of the same table (附件1) is preferred over the body text's.
		expect(finding?.right.locator).toBe(
			'附件1 / 财政供养人员情况 / 2022年实际在职人数; 附件1 / 财政供养人员情况 / 编制数'
		);
	});
});

describe('a share names its parent', () => {
	it('沐川 基本支出 15.61% (edited) of 财政资金支出合计 833.84: the parent is the extra figure', async () => {
		const [finding] = await runOne('share_of_parent', 'share_of_parent/flag');
		expect(finding?.extra).toMatchObject({ value: 833.84, unit: '万元', decimals: 2 });
		expect(finding?.extra?.label.zh).toBe('财政资金支出合计');
	});
});

describe('the 清远 2019 三公经费 disclosure adds up', () => {
	it('raises nothing under any rule: budget 27 = 10 + 12 + 5, final 17.06 = 7.8 + 7.5 + 1.76', async () => {
		const result = await runAudit(await fixtureRunner('qingyuan'));
		expect(result.failures).toEqual([]);
		expect(result.findings).toEqual([]);
	});
});
