import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/model/csv';
import { runAudit } from '$lib/audit/run';
import { RULES } from '$lib/audit/rules';
import type { Finding } from '$lib/audit/types';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import { embeddedRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';
import { AUDIT_CSV_COLUMNS, findingsCsv, type CsvContext } from './audit-csv';
import { explanation } from './audit-view';
import { departmentNameIn, toDepartments, toSourceMap } from './page-data';

// The audit of the embedded data (the real Hengyang 2022 report and its context): the long CSV,
// read back with the project's CSV parser, holds exactly the numbers each finding card shows
// (its `data-value`s: both sides and the difference).
let findings: Finding[];
let context: (locale: 'zh-CN' | 'en') => CsvContext;

beforeAll(async () => {
	const run = await embeddedRunner();
	findings = (await runAudit(run, RULES)).findings;
	const sources = toSourceMap(await run(sourcesById()));
	const departments = toDepartments(await run(departmentYears()));
	context = (locale) => ({
		rules: RULES,
		sources,
		locale,
		departmentName: (id) => (id ? (departmentNameIn(departments, locale)(id) ?? '') : '')
	});
}, 60000);
afterAll(removeFixtureBuilds);

const col = (name: (typeof AUDIT_CSV_COLUMNS)[number]) => AUDIT_CSV_COLUMNS.indexOf(name);

function rowsOf(csv: string): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const { records, errors } = parseCsv(csv);
	expect(errors).toEqual([]);
	return records.map((r) => [...r.fields]).filter((fields) => fields.join('') !== '');
}

/** A number cell read back: a number, never a neutralised text (`'-1950.46`). */
function numberIn(cell: string | undefined): number | null {
	if (cell === undefined || cell === '') return null;
	expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
	return Number(cell);
}

describe('the audit CSV of the real findings, in long form', () => {
	for (const locale of ['zh-CN', 'en'] as const) {
		it(`${locale}: every finding's stated, compared and difference figures parse back to the card's numbers`, () => {
			const [header, ...rows] = rowsOf(findingsCsv(findings, context(locale)));
			expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
			expect(findings).toHaveLength(37);
			for (const f of findings) {
				const mine = rows.filter((r) => r[col('finding_id')] === f.id);
				expect(mine.length, f.id).toBeGreaterThan(0);
				const value = (roles: string[]) =>
					mine.filter((r) => roles.includes(r[col('role')]!)).map((r) => numberIn(r[col('value')]));
				if (f.left.value !== null) expect(value(['stated', 'computed'])[0], f.id).toBe(f.left.value);
				if (f.right.value !== null) expect(value(['compared', 'computed']).at(-1), f.id).toBe(f.right.value);
				expect(value(['difference']), f.id).toEqual(f.difference === null ? [] : [f.difference]);
				const rule = RULES.find((r) => r.id === f.rule_id);
				for (const r of mine) {
					expect(r[col('message')]).toBe(explanation(f, rule, locale));
					expect(numberIn(r[col('year')])).toBe(f.fiscal_year);
				}
			}
		});
	}

	it('keeps negative differences numbers: 项目支出 2022 −1950.46, 市级专项资金 −1698.75', () => {
		const rows = rowsOf(findingsCsv(findings, context('zh-CN'))).slice(1);
		const differences = rows.filter((r) => r[col('role')] === 'difference').map((r) => r[col('value')]);
		expect(differences).toContain('-1950.46');
		expect(differences).toContain('-1698.75');
		expect(rows.flat().some((cell) => cell.startsWith("'-1"))).toBe(false);
	});

	it('三公经费 2021: the stated 18.4, the parts 10.28 + 0 + 7.29 = 17.57, the difference 0.83', () => {
		const f = findings.find((x) => x.rule_id === 'parts_sum' && x.subject_key === 'three_public')!;
		const rows = rowsOf(findingsCsv([f], context('en'))).slice(1);
		expect(rows.map((r) => [r[col('role')], r[col('value')], r[col('formula')]])).toEqual([
			['stated', expect.stringMatching(/^18\.40?$/), ''],
			['computed', '17.57', '10.28 + 0 + 7.29'],
			['difference', '0.83', ''],
			['tolerance', '0.02', '']
		]);
		expect(rows[0]?.[col('department')]).toBe('Hengyang Ecology and Environment Bureau');
		expect(rows[0]?.[col('source_id')]).toBe('hy_eeb_2022_self_assessment');
	});
});
