import { describe, expect, it } from 'vitest';
import { ruleById } from '$lib/audit/rules';
import type { AuditRule, CoverageLine } from '$lib/audit/types';
import { coverageRows, coverageSentence } from './coverage-view';

const NO_LINE: CoverageLine = {
	rule_id: 'project_vs_line',
	status: 'not_compared',
	what: { zh: '个项目没有 line_id', en: 'projects have no line_id' },
	n: 3,
	departments: ['hengyang_eeb'],
	years: [2021, 2022],
	tables: ['a · 附件3', 'b · 附件3', 'c · 附件3', 'd · 附件3'],
	reason: {
		zh: '不知道项目对应基础表（附件1）的哪一行：附件1 与附件3 未比较',
		en: 'the base-table (附件1) row of the project is unknown: 附件1 vs 附件3 not compared'
	}
};
const names = (id: string) => (id === 'hengyang_eeb' ? '衡阳市生态环境局' : '');

describe('coverage sentences', () => {
	it('say how many, over what, and why, in zh-CN and en', () => {
		expect(coverageSentence(NO_LINE, 'zh-CN', names)).toBe(
			'3 个项目没有 line_id——部门：衡阳市生态环境局；年度：2021、2022；表格：a · 附件3、b · 附件3、c · 附件3 等 4 张。原因：不知道项目对应基础表（附件1）的哪一行：附件1 与附件3 未比较。'
		);
		expect(coverageSentence(NO_LINE, 'en', names)).toBe(
			'3 projects have no line_id — departments: 衡阳市生态环境局; years: 2021, 2022; tables: a · annex 3, b · annex 3, c · annex 3 (4 in all). why: the base-table (annex 1) row of the project is unknown: annex 1 vs annex 3 not compared.'
		);
	});

	it('tells a rule with nothing to compare from a rule that does not report coverage', () => {
		const withCoverage = ruleById('project_vs_line') as AuditRule;
		// Every rule of RULES reports its coverage now; one written without a statement still says so.
		const without: AuditRule = { ...(ruleById('outcome_copies_goal') as AuditRule) };
		delete without.coverage;
		const rows = coverageRows({
			rules: [withCoverage, without],
			coverage: [],
			locale: 'en',
			departmentName: names
		});
		expect(rows.map((row) => [row.rule_id, row.empty])).toEqual([
			['project_vs_line', 'nothing in the data for this rule to compare'],
			['outcome_copies_goal', 'this rule does not report its coverage']
		]);
		const shown = coverageRows({
			rules: [withCoverage],
			coverage: [NO_LINE],
			locale: 'zh-CN',
			departmentName: names
		});
		expect(shown[0]).toMatchObject({ compared: [], empty: null });
		expect(shown[0]?.notCompared).toHaveLength(1);
	});
});
