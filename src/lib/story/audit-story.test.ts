import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDigest, runAudit } from '$lib/audit/run';
import type { AuditDigest } from '$lib/audit/types';
import { embeddedRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';
import { auditSentence, auditSentenceOf, pageFindings, type AuditScope } from './audit-story';
import { sentenceText } from './parts';

// The headlines' audit sentence on the embedded audit (37 findings, all hengyang_eeb; 8 of them
// are about copied text and touch no number, so they are not figures that do not add up).
let digest: AuditDigest;
beforeAll(async () => {
	digest = auditDigest((await runAudit(await embeddedRunner())).findings);
}, 60000);
afterAll(removeFixtureBuilds);

const dept = 'hengyang_eeb';
const scopes: Record<string, AuditScope> = {
	overview: { departmentId: dept, year: 2022, topics: null },
	spending: { departmentId: dept, year: null, topics: ['spending'] },
	threePublic: { departmentId: dept, year: null, topics: ['three_public'] },
	projects: { departmentId: dept, year: 2022, topics: ['projects'] },
	environment: { departmentId: dept, year: 2022, topics: ['environment'] },
	department: { departmentId: dept, year: null, topics: null }
};
const text = (scope: AuditScope, locale: 'zh-CN' | 'en') => {
	const line = auditSentence(digest.refs, scope, locale);
	return line ? sentenceText(line) : null;
};

describe('the audit sentence of each headline, counted from the real findings', () => {
	it('counts the findings about numbers of the page’s department, year and dashboard', () => {
		expect(digest.refs).toHaveLength(37);
		const counts = Object.fromEntries(
			Object.entries(scopes).map(([page, scope]) => [page, pageFindings(digest.refs, scope).length])
		);
		// spending: 5 parts_sum (2021 and 2022), child_exceeds_parent, same_item_two_lines,
		// 2 application_vs_budget, 5 final_over_budget, identical_across_years; 三公: the 2021 sum;
		// projects: 2 execution_rate, 4 project_vs_line, execution_rounded_up (not the 8 copied texts);
		// environment: 2 indicator_vs_environment, full_marks_vs_observed, 2 points_for_non_percentage.
		expect(counts).toEqual({
			overview: 26,
			spending: 15,
			threePublic: 1,
			projects: 7,
			environment: 5,
			department: 29
		});
		const rules = pageFindings(digest.refs, scopes.projects!).map((r) => r.rule_id);
		expect(rules).not.toContain('outcome_copies_goal');
		expect(new Set(rules)).toEqual(new Set(['execution_rate', 'project_vs_line', 'execution_rounded_up']));
	});

	it('says it in both languages, the count in words of the page or of the department', () => {
		expect(text(scopes.projects!, 'zh-CN')).toBe('本页有 7 个公布数字对不上（见审计）。');
		expect(text(scopes.threePublic!, 'en')).toBe(
			'1 published figure on this page does not add up (see the audit).'
		);
		expect(text(scopes.environment!, 'en')).toBe(
			'5 published figures on this page do not add up (see the audit).'
		);
		expect(text(scopes.overview!, 'zh-CN')).toBe('该部门 2022 年有 26 个公布数字对不上（见审计）。');
		expect(text(scopes.department!, 'en')).toBe(
			'29 published figures of this department do not add up (see the audit).'
		);
	});

	it('links to the audit filtered by the department (and year), and is left out at zero', () => {
		const line = auditSentence(digest.refs, scopes.overview!, 'zh-CN')!;
		expect(line.parts.find((p) => p.kind === 'audit')).toEqual({
			kind: 'audit',
			text: '见审计',
			search: '?dept=hengyang_eeb&year=2022'
		});
		expect(line.audit).toEqual({ count: 26, scope: 'hengyang_eeb|2022|' });
		expect(auditSentence(digest.refs, { ...scopes.spending!, departmentId: 'muchuan_eeb' }, 'en')).toBeNull();
		expect(auditSentence(digest.refs, { ...scopes.projects!, year: 2021 }, 'zh-CN')).toBeNull();
		expect(auditSentenceOf(0, scopes.spending!, 'zh-CN')).toBeNull();
	});
});
