import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByRule, runAudit } from './run';
import type { AuditResult, Finding } from './types';
import { embeddedRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';

// The audit of the embedded data (data/*.csv, the real 2022 Hengyang report and its context):
// the exact findings, counted by rule, with the report's own figures. docs/audit.md lists the
// same table; a change in the data or the rules shows up here first.
let result: AuditResult;

beforeAll(async () => {
	result = await runAudit(await embeddedRunner());
}, 60000);
afterAll(removeFixtureBuilds);

const find = (rule: string, subject: string, year = 2022): Finding | undefined =>
	result.findings.find((f) => f.rule_id === rule && f.subject_key === subject && f.fiscal_year === year);

describe('the audit of the embedded data', () => {
	it('runs every rule without failure and finds 37 things, counted by rule', () => {
		expect(result.failures).toEqual([]);
		expect(countByRule(result.findings)).toEqual({
			parts_sum: 6,
			child_exceeds_parent: 1,
			execution_rate: 2,
			execution_rounded_up: 1,
			control_rate: 1,
			project_vs_line: 4,
			indicator_vs_environment: 2,
			same_item_two_lines: 1,
			application_vs_budget: 2,
			full_marks_vs_observed: 1,
			final_over_budget: 5,
			outcome_copies_goal: 7,
			outcome_from_other_project: 1,
			identical_across_years: 1,
			points_for_non_percentage: 2
		});
		const bySeverity = { error: 0, warning: 0, note: 0 };
		for (const f of result.findings) bySeverity[f.severity] += 1;
		expect(bySeverity).toEqual({ error: 10, warning: 9, note: 18 });
		expect(result.findings.map((f) => f.severity)).toEqual([
			...Array(10).fill('error'),
			...Array(9).fill('warning'),
			...Array(18).fill('note')
		]);
	});

	it('三公经费 2021: parts 10.28 + 0 + 7.29 = 17.57 against the stated 18.4', () => {
		const f = find('parts_sum', 'three_public', 2021);
		expect(f).toMatchObject({ severity: 'error', variant: 'short', difference: 0.83 });
		expect(f?.left.value).toBe(18.4);
		expect(f?.right).toMatchObject({ value: 17.57, formula: '10.28 + 0 + 7.29' });
	});

	it('2022 三公经费 adds up: final 28.98 = 22.49 + 0 + 6.49, budget 50 = 24 + 6 + 20', () => {
		expect(
			result.findings.filter((f) => f.subject_key.startsWith('three_public') && f.fiscal_year === 2022)
		).toEqual([]);
	});

	it('project expenditure 2022: 市级专项资金 2587.18 is larger than 项目支出 888.43', () => {
		expect(find('child_exceeds_parent', 'project_municipal')).toMatchObject({
			left: { value: 888.43 },
			right: { value: 2587.18 },
			difference: -1698.75
		});
		expect(find('parts_sum', 'project')?.right.formula).toBe('251.71 + 2587.18');
		expect(find('identical_across_years', 'project_municipal')?.left.value).toBe(2587.18);
	});

	it('业务工作专项 2022: its parts exceed the total by exactly 债务利息支出 15.7', () => {
		const f = find('parts_sum', 'project_business');
		expect(f).toMatchObject({ variant: 'exceeds_one_line', difference: -15.7 });
		expect(f?.extra?.label.zh).toBe('债务利息支出');
	});

	it('排污权交易中心工作经费: budget 10, executed 9.97, stated rate 100%, recomputed 99.7%', () => {
		const f = find('execution_rounded_up', 'emission_trading_center');
		expect(f).toMatchObject({ severity: 'note', left: { value: 100 }, right: { value: 99.7 } });
		expect(find('execution_rate', 'emission_reduction')?.right.value).toBe(97.63);
		expect(find('execution_rate', 'air_monitoring_network')?.right.value).toBe(97.39);
	});

	it('control rate 72.85% against 116 ÷ 151 = 76.82%', () => {
		expect(find('control_rate', 'control_rate')).toMatchObject({
			left: { value: 72.85 },
			right: { value: 76.82, formula: '116 ÷ 151 × 100' }
		});
	});

	it('附件2 against the body: PM10 49 vs 48, good-air ratio 95% vs 87.9% (and full marks for it)', () => {
		expect(find('indicator_vs_environment', 'pm10')).toMatchObject({
			left: { value: 49 },
			right: { value: 48 }
		});
		expect(find('indicator_vs_environment', 'good_air_ratio')).toMatchObject({
			left: { value: 95 },
			right: { value: 87.9, locator: '正文 六 ¶1' }
		});
		expect(find('full_marks_vs_observed', 'good_air_ratio')?.extra?.value).toBe(10);
		expect(find('indicator_vs_environment', 'pm25')).toBeUndefined();
	});

	it('附件3 executed against 附件1 final: four projects differ', () => {
		const differing = result.findings
			.filter((f) => f.rule_id === 'project_vs_line')
			.map((f) => [f.subject_key, f.left.value, f.right.value]);
		expect(differing).toEqual(
			expect.arrayContaining([
				['key_source_monitoring_center', 25, 15.23],
				['pollution_census_update', 20, 3.11],
				['vehicle_center_temp_staff', 24, 24.8],
				['vehicle_testing_center', 10, 5.23]
			])
		);
	});

	it('党建经费 10.3 is basic expenditure in the body and project expenditure in 附件1', () => {
		const f = result.findings.find((x) => x.rule_id === 'same_item_two_lines');
		expect(f).toMatchObject({
			left: { value: 10.3, locator: '正文 二(一) 基本支出 ¶1' },
			right: { value: 10.3, locator: '附件1 / 经费控制情况 / 党建经费 / 2022年决算数' }
		});
	});

	it('gives every finding an id of its own', () => {
		expect(new Set(result.findings.map((f) => f.id)).size).toBe(result.findings.length);
	});
});

describe('coverage of the embedded data: what every rule compared and could not compare', () => {
	it('counts each kind of comparison, over the departments and years it ran on', () => {
		expect(
			result.coverage.map((c) => [c.rule_id, c.status, c.n, c.departments.join(' '), c.years.join(' ')])
		).toEqual([
			['parts_sum', 'compared', 7, 'hengyang_eeb jinan_eeb qingyuan_eeb', '2019 2021 2022'],
			['parts_sum', 'compared', 13, 'hengyang_eeb honghe_eeb jinan_eeb muchuan_eeb', '2021 2022'],
			[
				'child_exceeds_parent',
				'compared',
				113,
				'hengyang_eeb honghe_eeb jinan_eeb muchuan_eeb qingyuan_eeb',
				'2019 2021 2022'
			],
			['income_equals_expenditure', 'not_compared', 2, 'jinan_eeb muchuan_eeb', '2021 2022'],
			['execution_rate', 'compared', 8, 'hengyang_eeb', '2022'],
			['restated_spending', 'compared', 2, 'hengyang_eeb', '2022'],
			['project_vs_line', 'compared', 8, 'hengyang_eeb', '2022'],
			['indicator_vs_environment', 'compared', 5, 'hengyang_eeb', '2022'],
			['indicator_vs_environment', 'not_compared', 2, 'hengyang_eeb', '2022'],
			['total_across_tables', 'compared', 2, 'hengyang_eeb', '2022'],
			['total_across_tables', 'not_compared', 2, 'jinan_eeb muchuan_eeb', '2021 2022'],
			['score_over_weight', 'compared', 67, 'hengyang_eeb', '2022'],
			['funding_score_vs_rate', 'not_compared', 8, 'hengyang_eeb', '2022'],
			['scores_within_weights', 'compared', 9, 'hengyang_eeb', '2022'],
			['scores_within_weights', 'compared', 8, 'hengyang_eeb', '2022'],
			['final_over_budget', 'compared', 26, 'hengyang_eeb qingyuan_eeb', '2019 2022'],
			['final_over_budget', 'not_compared', 49, 'hengyang_eeb muchuan_eeb', '2021 2022']
		]);
	});

	it('says why the figures left out were left out', () => {
		const reasons = result.coverage
			.filter((c) => c.status === 'not_compared')
			.map((c) => [c.rule_id, c.what.en]);
		expect(reasons).toEqual([
			['income_equals_expenditure', 'total incomes without a total expenditure'],
			['indicator_vs_environment', 'rows with a numeric actual but no environment_indicator'],
			['total_across_tables', 'totals printed in one table only'],
			['funding_score_vs_rate', 'projects leave the funding score blank'],
			['final_over_budget', 'final amounts without a budget of that year']
		]);
		// The 8 附件3 projects all name their 附件1 line: none is left out of project_vs_line.
		expect(
			result.coverage.filter((c) => c.rule_id === 'project_vs_line' && c.status === 'not_compared')
		).toEqual([]);
		// 三公经费 compared in 3 tables: 衡阳 附件1 (2021 and 2022, budget and final), 金安, 清远.
		expect(result.coverage[0]?.tables).toEqual([
			'hy_eeb_2022_self_assessment · 附件1',
			'jinan_eeb_2021_self_assessment · D',
			'qingyuan_eeb_2019_three_public_final · D'
		]);
	});
});
