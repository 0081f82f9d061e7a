import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from './run';
import { fixtureRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';

afterAll(removeFixtureBuilds);

// Two bureaus in one region (test/fixtures/audit/two_departments): the environmental figures of
// each bureau's own report are its findings, whatever the department ids sort like; a figure from
// a source of no department (a bulletin) belongs to neither.
describe('environmental findings go to the department of the source that states the figure', () => {
	it('keeps each bureau’s findings on its own page', async () => {
		const result = await runAudit(await fixtureRunner('two_departments'));
		expect(result.failures).toEqual([]);
		const rows = result.findings
			.filter((f) => f.topic === 'environment')
			.map((f) => [f.rule_id, f.subject_key, f.department_id, f.left.source_id, f.left.value, f.right.value]);
		expect(rows).toEqual([
			// 27 sections, 26 + 3 by class: a bulletin, no department, two bureaus in 衡阳.
			['sections_by_class', 'whole_city/2019-05', null, 'hy_env_bulletin_2019_05', 27, 29],
			// 20 sections stated, 12 + 10 = 22 by class: the water bureau's own report.
			['sections_by_class', 'whole_city/year', 'hengyang_water', 'hy_water_2022_self_assessment', 20, 22],
			// PM10 −11.1 百分点 in the ecology bureau's report.
			[
				'points_for_non_percentage',
				'pm10/urban_area/year',
				'hengyang_eeb',
				'hy_eeb_2022_self_assessment',
				-11.1,
				48
			]
		]);
	}, 30000);
});
