import { describe, expect, it } from 'vitest';
import { guardStatement } from '$lib/queries/sql-guard';
import { RULES } from './rules';

// docs/audit.md tells analysts to paste a rule's SQL into the SQL page: every rule must pass the
// console's read-only guard as written (and run there as a plain SELECT), its coverage too.
describe('every rule runs as is in the SQL console', () => {
	it.each(RULES.map((rule) => [rule.id, rule.sql]))('%s', (_id, sql) => {
		expect(guardStatement(sql)).toEqual({ ok: true, kind: 'select', autoRun: true });
	});
	const covered = RULES.flatMap((rule) => (rule.coverage === undefined ? [] : [[rule.id, rule.coverage]]));
	it.each(covered)('%s coverage', (_id, sql) => {
		expect(guardStatement(sql)).toEqual({ ok: true, kind: 'select', autoRun: true });
	});
});
