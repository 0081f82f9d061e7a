import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import { runAudit } from '$lib/audit/run';
import type { AuditResult } from '$lib/audit/types';
import { relativeDifference, severityByDepartment, topFindings } from './summary-view';

// The audit of the embedded data (data/*.csv built as the site builds it): Hengyang's findings.
let outputDir: string;
let result: AuditResult;

beforeAll(async () => {
	outputDir = await mkdtemp(path.join(tmpdir(), 'mingjing-audit-summary-'));
	expect((await buildData({ inputDir: 'data', outputDir })).ok).toBe(true);
	const conn = await openNodeDatabase(outputDir);
	result = await runAudit((query) => runOn(conn, query));
}, 120000);

afterAll(async () => {
	await rm(outputDir, { recursive: true, force: true });
});

describe('audit summary on the real findings', () => {
	it('counts by department × severity add up to every finding', () => {
		const { rows, totals } = severityByDepartment(result.findings);
		expect(totals.total).toBe(result.findings.length);
		expect(rows.reduce((s, r) => s + r.total, 0)).toBe(result.findings.length);
		const hengyang = rows.find((r) => r.department_id === 'hengyang_eeb')!;
		expect(hengyang.counts.error).toBe(
			result.findings.filter((f) => f.department_id === 'hengyang_eeb' && f.severity === 'error').length
		);
		expect(totals.counts.error + totals.counts.warning + totals.counts.note).toBe(totals.total);
	});
	it('puts the errors with the largest relative difference first: municipal special funds 2022, 2021', () => {
		const top = topFindings(result.findings);
		expect(top).toHaveLength(3);
		expect(top.every((f) => f.severity === 'error')).toBe(true);
		expect(top.map((f) => [f.subject.en, f.fiscal_year, f.difference])).toEqual([
			['municipal special funds', 2022, 2181.02],
			['municipal special funds', 2021, 1781.33],
			['project expenditure', 2022, -1950.46]
		]);
		const errors = result.findings.filter((f) => f.severity === 'error');
		const least = Math.min(...top.map(relativeDifference));
		expect(errors.filter((f) => relativeDifference(f) > least).length).toBeLessThan(3);
	});
});
