import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from './run';
import { RULES } from './rules';
import type { AuditResult } from './types';
import { embeddedRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';

// What every rule compared on the embedded data (data/*.csv) and what it could not compare. Each
// number was checked against data/*.csv by a separate count (Python over the CSV rows, mirroring
// each rule's joins), not copied from this output.
let result: AuditResult;

beforeAll(async () => {
	result = await runAudit(await embeddedRunner());
}, 60000);
afterAll(removeFixtureBuilds);

describe('every rule reports its coverage', () => {
	it('has a coverage statement for each of the rules', () => {
		expect(RULES.filter((rule) => rule.coverage === undefined).map((rule) => rule.id)).toEqual([]);
	});

	it('runs every coverage statement without failure', () => {
		expect(result.failures).toEqual([]);
	});

	it('leaves 28 of the 35 rules with a comparison and 7 with a gap (the /audit summary)', () => {
		const rules = (status: string) =>
			new Set(result.coverage.filter((c) => c.status === status).map((c) => c.rule_id)).size;
		expect([RULES.length, rules('compared'), rules('not_compared')]).toEqual([35, 28, 7]);
	});
});

const HY = 'hengyang_eeb';
const HY_2022 = [HY, '2022'] as const;

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
			['application_by_expenditure', 'compared', 1, ...HY_2022],
			['staffing_parts', 'compared', 2, 'hengyang_eeb muchuan_eeb', '2022'],
			['sections_by_class', 'compared', 2, HY, '2019 2022'],
			['income_equals_expenditure', 'not_compared', 2, 'jinan_eeb muchuan_eeb', '2021 2022'],
			['execution_rate', 'compared', 8, ...HY_2022],
			['execution_rounded_up', 'compared', 8, ...HY_2022],
			['control_rate', 'compared', 1, ...HY_2022],
			['share_of_parent', 'compared', 2, 'muchuan_eeb', '2022'],
			['yoy_change', 'not_compared', 7, ...HY_2022],
			['restated_spending', 'compared', 2, ...HY_2022],
			['project_vs_line', 'compared', 8, ...HY_2022],
			['indicator_vs_environment', 'compared', 5, ...HY_2022],
			['indicator_vs_environment', 'not_compared', 2, ...HY_2022],
			['staffing_restated', 'compared', 1, ...HY_2022],
			['same_item_two_lines', 'compared', 1, ...HY_2022],
			['application_vs_budget', 'compared', 2, ...HY_2022],
			['total_across_tables', 'compared', 2, ...HY_2022],
			['total_across_tables', 'not_compared', 2, 'jinan_eeb muchuan_eeb', '2021 2022'],
			['score_total', 'compared', 8, ...HY_2022],
			['score_total', 'compared', 1, ...HY_2022],
			['full_marks_shortfall', 'compared', 46, ...HY_2022],
			['full_marks_shortfall', 'not_compared', 22, ...HY_2022],
			['full_marks_vs_observed', 'compared', 4, ...HY_2022],
			['score_over_weight', 'compared', 67, ...HY_2022],
			['funding_score_vs_rate', 'not_compared', 8, ...HY_2022],
			['scores_within_weights', 'compared', 9, ...HY_2022],
			['scores_within_weights', 'compared', 8, ...HY_2022],
			['weights_total', 'compared', 8, ...HY_2022],
			['weights_total', 'compared', 1, ...HY_2022],
			['weights_total', 'compared', 24, ...HY_2022],
			['executed_over_budget', 'compared', 8, ...HY_2022],
			['final_over_budget', 'compared', 26, 'hengyang_eeb qingyuan_eeb', '2019 2022'],
			['final_over_budget', 'not_compared', 49, 'hengyang_eeb muchuan_eeb', '2021 2022'],
			['outcome_copies_goal', 'compared', 8, ...HY_2022],
			['outcome_from_other_project', 'compared', 56, ...HY_2022],
			['identical_across_years', 'compared', 19, ...HY_2022],
			['points_for_non_percentage', 'compared', 2, ...HY_2022]
		]);
	});

	it('says why the figures left out were left out', () => {
		const reasons = result.coverage
			.filter((c) => c.status === 'not_compared')
			.map((c) => [c.rule_id, c.what.en, c.reason?.en]);
		expect(reasons).toEqual([
			['income_equals_expenditure', 'total incomes without a total expenditure', expect.any(String)],
			[
				'yoy_change',
				'environmental changes without last year’s figure',
				'no figure of the year before with the same scope and unit'
			],
			[
				'indicator_vs_environment',
				'rows with a numeric actual but no environment_indicator',
				'not linked to an environmental indicator, so never set against the body'
			],
			['total_across_tables', 'totals printed in one table only', expect.any(String)],
			[
				'full_marks_shortfall',
				'full-marks rows without a numeric actual and target in one unit',
				'the actual or the target is text, missing or in another unit'
			],
			['funding_score_vs_rate', 'projects leave the funding score blank', expect.any(String)],
			[
				'final_over_budget',
				'final amounts without a budget of that year',
				'no budget of the same line, year and unit (budget table not imported?)'
			]
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

	it('names the tables of the older rules’ comparisons', () => {
		const tables = (rule: string) => result.coverage.find((c) => c.rule_id === rule)?.tables;
		// Sections: the 2022 report's body and the 2019 bulletin; staffing: 衡阳 附件1 and 沐川's table.
		expect(tables('sections_by_class')).toEqual([
			'hy_eeb_2022_self_assessment · 正文 六 ¶1',
			'hy_env_bulletin_2019_05 · B'
		]);
		expect(tables('staffing_parts')).toEqual([
			'hy_eeb_2022_self_assessment · 附件1',
			'muchuan_eeb_2022_self_assessment · D'
		]);
		expect(tables('identical_across_years')).toEqual(['hy_eeb_2022_self_assessment · 附件1']);
	});
});
