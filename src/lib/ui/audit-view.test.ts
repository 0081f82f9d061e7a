import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '$lib/audit/run';
import { RULES } from '$lib/audit/rules';
import { partsSum } from '$lib/audit/rules/totals';
import { controlRate } from '$lib/audit/rules/rates';
import type { Finding } from '$lib/audit/types';
import { fixtureRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';
import {
	applyFilters,
	dashboardLink,
	explanation,
	filtersFromSearch,
	filtersToSearch,
	formatSignedDifference,
	formatTolerance
} from './audit-view';
import Papa from 'papaparse';
import { AUDIT_CSV_COLUMNS, findingsCsv, findingsCsvRows } from './audit-csv';
import type { SourceMap } from './sources';

let sums: Finding[];
let rate: Finding;

beforeAll(async () => {
	sums = (await runAudit(await fixtureRunner('parts_sum/flag'), [partsSum])).findings;
	const rates = (await runAudit(await fixtureRunner('control_rate/flag'), [controlRate])).findings;
	rate = rates[0]!;
});
afterAll(removeFixtureBuilds);

const threePublic = () => sums.find((f) => f.subject_key === 'three_public')!;
const project = () => sums.find((f) => f.subject_key === 'project')!;

describe('explanations in both languages', () => {
	it('三公经费 2021 in zh-CN', () => {
		expect(explanation(threePublic(), partsSum, 'zh-CN')).toBe(
			'三公经费（2021 年决算）所列合计为 18.4 万元，而列出的各部分只合计 17.57 万元，差 0.83 万元。除非原表省略了某些行（“……”），否则合计或某个部分有误。'
		);
	});
	it('三公经费 2021 in English', () => {
		expect(explanation(threePublic(), partsSum, 'en')).toBe(
			'The stated total of three public expenses (2021, final accounts) is 18.4 (CNY 10k), but the listed parts add up to only 17.57 (CNY 10k), 0.83 (CNY 10k) less. Unless the source leaves rows out (“……”), the total or a part is wrong.'
		);
	});
	it('the control rate, in percentage points, with the staff the stated rate implies', () => {
		expect(explanation(rate, controlRate, 'zh-CN')).toBe(
			'2022 年所列控制率为 72.85%，但 116 ÷ 151 × 100 = 76.82%，相差 3.97 个百分点。所列比率相当于 110人。'
		);
		expect(explanation(rate, controlRate, 'en')).toBe(
			'The 2022 control rate is stated as 72.85%, but 116 ÷ 151 × 100 = 76.82%, a difference of 3.97 percentage points. The stated rate corresponds to 110 people.'
		);
		expect(formatSignedDifference(rate, 'zh-CN')).toBe('-3.97 个百分点');
		expect(formatTolerance(rate, 'en')).toBe('± 0.005 percentage points');
	});
	it('the signed difference and the tolerance of a sum', () => {
		expect(formatSignedDifference(project(), 'zh-CN')).toBe('-1,950.46 万元');
		expect(formatTolerance(threePublic(), 'zh-CN')).toBe('± 0.02 万元');
	});
});

describe('links and filters', () => {
	it('links a finding to the dashboard view of its department and year', () => {
		expect(dashboardLink(threePublic())).toEqual({ path: '/three-public', search: '?dept=hengyang_eeb' });
		expect(dashboardLink(project())).toEqual({
			path: '/spending',
			search: '?dept=hengyang_eeb&years=2022&line=project'
		});
		expect(dashboardLink(rate)).toEqual({ path: '/', search: '?dept=hengyang_eeb&year=2022' });
	});
	it('reads filters from the URL and writes them back', () => {
		const filters = filtersFromSearch(new URLSearchParams('severity=error&dept=hengyang_eeb&year=2021&x=1'));
		expect(filters).toEqual({ severity: 'error', rule: null, department: 'hengyang_eeb', year: 2021 });
		expect(filtersToSearch(filters)).toBe('?severity=error&dept=hengyang_eeb&year=2021');
		expect(filtersFromSearch(new URLSearchParams('severity=bogus&year=abc')).severity).toBeNull();
		expect(applyFilters(sums, filters).map((f) => f.subject_key)).toEqual(['three_public']);
	});
});

describe('CSV export', () => {
	const context = {
		rules: RULES,
		sources: {
			hy_eeb_2022_self_assessment: { title_zh: '衡阳市生态环境局2022年度部门整体支出绩效自评报告' }
		} as unknown as SourceMap,
		departmentName: (id: string | null) => (id === 'hengyang_eeb' ? '衡阳市生态环境局' : ''),
		locale: 'zh-CN' as const
	};

	it('has one row per finding and figure (long form), with the texts the page shows', () => {
		const rows = findingsCsvRows([threePublic()], context);
		expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
		const col = (name: (typeof AUDIT_CSV_COLUMNS)[number]) => AUDIT_CSV_COLUMNS.indexOf(name);
		const body = rows.slice(1);
		// The stated total, the parts' sum, their difference and the tolerance: one row each.
		// A value cell is a number, or a number with its published decimals.
		const num = (cell: unknown) =>
			cell && typeof cell === 'object' ? (cell as { value: number }).value : cell;
		expect(body.map((r) => [r[col('role')], num(r[col('value')]), r[col('unit')]])).toEqual([
			['stated', 18.4, '万元'],
			['computed', 17.57, '万元'],
			['difference', 0.83, '万元'],
			['tolerance', 0.02, '万元']
		]);
		for (const row of body) {
			expect(row.slice(0, 9)).toEqual([
				threePublic().id,
				'parts_sum',
				partsSum.title.zh,
				'error',
				'hengyang_eeb',
				'衡阳市生态环境局',
				2021,
				'final',
				threePublic().subject.zh
			]);
			expect(row.at(-1)).toBe(explanation(threePublic(), partsSum, 'zh-CN'));
		}
		expect(body[1]?.[col('formula')]).toBe('10.28 + 0 + 7.29');
		expect(body[0]?.[col('locator')]).toBe('附件1 / 经费控制情况 / 三公经费 / 2021年决算数');
		expect(body[0]?.[col('source')]).toBe('衡阳市生态环境局2022年度部门整体支出绩效自评报告');
	});

	it('keeps a finding without any figure as one row', () => {
		const bare = {
			...threePublic(),
			left: { ...threePublic().left, value: null, source_id: null, locator: null },
			right: { ...threePublic().right, value: null, source_id: null, locator: null },
			difference: null,
			tolerance: null,
			extra: null
		};
		const rows = findingsCsvRows([bare], context).slice(1);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.[AUDIT_CSV_COLUMNS.indexOf('value')]).toBeNull();
		expect(rows[0]?.[0]).toBe(bare.id);
	});

	it("keeps a negative difference a number (issue 13: it became the text '-1950.46)", () => {
		const csv = findingsCsv([project()], context);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain(',-1950.46,');
		expect(csv).not.toContain("'-1950.46");
		const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		const difference = rows.find((r) => r[AUDIT_CSV_COLUMNS.indexOf('role')] === 'difference');
		expect(Number(difference?.[AUDIT_CSV_COLUMNS.indexOf('value')])).toBe(-1950.46);
	});

	it('neutralises text cells a spreadsheet would run as formulas', () => {
		const hostile = {
			...project(),
			left: { ...project().left, locator: '=HYPERLINK("https://evil")', excerpt: '-2+3' }
		};
		const csv = findingsCsv([hostile], context);
		expect(csv).toContain(`"'=HYPERLINK(""https://evil"")"`);
		expect(csv).toContain(",'-2+3,");
		expect(csv).not.toMatch(/,=HYPERLINK/);
		expect(csv).toContain(',-1950.46,');
	});
});
