import { afterAll, describe, expect, it } from 'vitest';
import { auditDigest, parseTouch, runAudit, toFinding } from './run';
import { partsSum } from './rules/totals';
import type { AuditRule } from './types';
import { fixtureRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';

afterAll(removeFixtureBuilds);

const custom = (id: string, sql: string): AuditRule => ({
	...partsSum,
	id,
	sql
});

describe('running rules', () => {
	it('reports a broken rule by name and still runs the others', async () => {
		const run = await fixtureRunner('parts_sum/flag');
		const result = await runAudit(run, [custom('broken', 'SELECT * FROM no_such_table'), partsSum]);
		expect(result.failures).toHaveLength(1);
		expect(result.failures[0]?.rule_id).toBe('broken');
		expect(result.failures[0]?.message).toMatch(/no_such_table/);
		expect(result.findings.map((f) => f.rule_id)).toEqual(['parts_sum', 'parts_sum', 'parts_sum']);
	});

	it('tells an analyst which columns a hand-written rule lacks', async () => {
		const run = await fixtureRunner('parts_sum/flag');
		const result = await runAudit(run, [custom('mine', "SELECT 'error' AS severity, 'x' AS variant")]);
		expect(result.failures[0]?.message).toMatch(/^missing columns: topic, department_id, fiscal_year/);
	});

	it('sorts errors before warnings before notes', async () => {
		const run = await fixtureRunner('sections_by_class/flag');
		const { sectionsByClass } = await import('./rules/counts');
		const result = await runAudit(run, [sectionsByClass]);
		expect(result.findings.map((f) => f.severity)).toEqual(['error', 'note']);
	});
});

describe('shaping rows', () => {
	it('parses touches written as source TAB locator TAB value', () => {
		expect(parseTouch('s\t附件1 / x\t18.4')).toEqual({ source_id: 's', locator: '附件1 / x', value: 18.4 });
		expect(parseTouch('s\t附件1 / x\t')).toEqual({ source_id: 's', locator: '附件1 / x', value: null });
		expect(parseTouch('nothing')).toBeNull();
	});

	it('defaults the touched figures to both sides, and an id that is stable and URL-safe', () => {
		const row = {
			severity: 'warning',
			variant: 'mismatch',
			topic: 'environment',
			department_id: 'hengyang_eeb',
			fiscal_year: 2022,
			stage: null,
			subject_key: 'pm10',
			left_value: 49,
			left_source_id: 's',
			left_locator: '附件2 / PM10',
			right_value: 48,
			right_source_id: 's',
			right_locator: '正文 六 ¶1',
			right_formula: null
		};
		const finding = toFinding(partsSum, row);
		expect(finding.touches).toEqual([
			{ source_id: 's', locator: '附件2 / PM10', value: 49 },
			{ source_id: 's', locator: '正文 六 ¶1', value: 48 }
		]);
		expect(finding.id).toMatch(/^parts_sum-hengyang_eeb-2022--pm10-mismatch-[a-z0-9]+$/);
		expect(toFinding(partsSum, row).id).toBe(finding.id);
		expect(finding.topic).toBe('environment');
	});

	it('gives dashboards a digest: references and each rule’s title once', async () => {
		const run = await fixtureRunner('parts_sum/flag');
		const digest = auditDigest((await runAudit(run, [partsSum])).findings, [partsSum]);
		expect(digest.titles).toEqual({ parts_sum: partsSum.title });
		expect(digest.refs).toHaveLength(3);
		expect(Object.keys(digest.refs[0] ?? {}).sort()).toEqual(
			['department_id', 'fiscal_year', 'id', 'rule_id', 'severity', 'topic', 'touches'].sort()
		);
	});
});
