import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from './query';
import { openRealData } from '../../../test/helpers/real-data';
import { spendingLines, threePublicRows, headlineRows } from './spending';
import { budgetRatio, figureKey, loadSpending, type SpendingData } from './spending-model';

let run: QueryRunner;
let close: () => Promise<void>;
let hengyang: SpendingData;

beforeAll(async () => {
	({ run, close } = await openRealData());
	hengyang = await loadSpending(run, 'hengyang_eeb');
});
afterAll(async () => close?.());

const amount = (data: SpendingData, line: string, year: number, stage: string) =>
	data.figures[figureKey(line, year, stage)]?.value;

describe('spending lines of the Hengyang bureau (real data)', () => {
	it('holds the report’s basic and project figures by year and stage', () => {
		expect(amount(hengyang, 'basic', 2022, 'final')).toBe(2966.94);
		expect(amount(hengyang, 'project', 2022, 'final')).toBe(888.43);
		expect(amount(hengyang, 'project', 2021, 'final')).toBe(3129.64);
		expect(amount(hengyang, 'basic', 2022, 'budget_initial')).toBe(1649.05);
		expect(hengyang.columns).toEqual([
			{ year: 2021, stage: 'final' },
			{ year: 2022, stage: 'budget_application' },
			{ year: 2022, stage: 'budget_initial' },
			{ year: 2022, stage: 'final' }
		]);
	});

	it('uses the primary row (附件1) where the body text restates a figure', () => {
		expect(hengyang.figures[figureKey('basic', 2022, 'final')]?.citation.locator).toBe(
			'附件1 / 经费控制情况 / 一、部门基本支出 / 2022年决算数'
		);
	});

	it('builds the hierarchy: total first, parts before 其中 rows, 其中 rows kept apart', () => {
		const line = (id: string) => hengyang.lines.find((l) => l.id === id);
		expect(hengyang.lines[0]?.id).toBe('total');
		expect(line('total')?.parts).toEqual(['basic', 'project']);
		expect(line('basic')?.ofWhich).toEqual(['basic_public_operating', 'three_public']);
		expect(line('basic')?.parts).toContain('basic_wages');
		expect(line('basic')?.parts).not.toContain('three_public');
		expect(line('three_public')).toMatchObject({ relation: 'of_which', parentId: 'basic', depth: 2 });
		expect(line('three_public')?.parts).toEqual([
			'three_public_vehicles',
			'three_public_receptions',
			'three_public_overseas'
		]);
		expect(line('three_public_vehicles')?.parts).toEqual([
			'three_public_vehicle_purchase',
			'three_public_vehicle_running'
		]);
		expect(line('project')?.parts).toEqual(['project_municipal', 'project_business']);
		// Depth-first: every line comes after its parent.
		const seen = new Set<string>();
		for (const l of hengyang.lines) {
			if (l.parentId) expect(seen.has(l.parentId)).toBe(true);
			seen.add(l.id);
		}
	});

	it('derives final ÷ budget per line and says how', () => {
		expect(budgetRatio(hengyang, 'three_public', 2022)).toMatchObject({
			value: 58,
			unit: '%',
			citation: {
				derivation: 'derived',
				formula: 'three_public.final 2022 ÷ three_public.budget_initial 2022: 28.98 ÷ 50 × 100'
			}
		});
		expect(budgetRatio(hengyang, 'project_business_emission_trading', 2022)?.value).toBe(99.7);
		expect(budgetRatio(hengyang, 'basic', 2021)).toBeNull();
	});

	it('shapes a peer bureau that publishes budgets only', async () => {
		const jinan = await loadSpending(run, 'jinan_eeb');
		expect(jinan.columns).toEqual([{ year: 2021, stage: 'budget' }]);
		expect(jinan.lines.map((l) => l.id).slice(0, 3)).toEqual(['total', 'basic', 'project']);
		expect(jinan.lines.find((l) => l.id === 'revenue_total')?.ofWhich).toEqual(['revenue_fines']);
		expect(budgetRatio(jinan, 'total', 2021)).toBeNull();
	});
});

describe('comparison queries (real data)', () => {
	it('lists 三公经费 rows of every department', async () => {
		const rows = await run(threePublicRows());
		const totals = rows
			.filter((r) => r.line_id === 'three_public')
			.map((r) => `${r.department_id} ${r.fiscal_year} ${r.stage} ${r.amount}`);
		expect(totals).toEqual([
			'hengyang_eeb 2021 final 18.4',
			'hengyang_eeb 2022 budget_initial 50',
			'hengyang_eeb 2022 final 28.98',
			'jinan_eeb 2021 budget 28.7',
			'qingyuan_eeb 2019 budget 27',
			'qingyuan_eeb 2019 final 17.06'
		]);
	});
	it('lists the headline lines of every department', async () => {
		const rows = await run(headlineRows());
		expect(
			rows.filter((r) => r.department_id === 'muchuan_eeb').map((r) => `${r.line_id} ${r.amount}`)
		).toEqual(['basic 121.86', 'project 711.98', 'total 833.84']);
	});
	it('binds the department id (a quote matches nothing)', async () => {
		expect(await run(spendingLines("hengyang_eeb' OR '1'='1"))).toEqual([]);
	});
});

describe('headline figures per department (real data)', () => {
	it('keeps each figure with its year and stage, ordered', async () => {
		const { loadHeadlines } = await import('./departments-model');
		const headlines = await loadHeadlines(run);
		const show = (dept: string, line: 'total' | 'three_public') =>
			headlines[dept]?.[line]?.map((h) => `${h.year} ${h.stage} ${h.figure.value}`);
		expect(show('hengyang_eeb', 'total')).toEqual([
			'2021 final 5393.64',
			'2022 budget_initial 1914.72',
			'2022 final 3855.37'
		]);
		expect(show('jinan_eeb', 'three_public')).toEqual(['2021 budget 28.7']);
		expect(show('qingyuan_eeb', 'three_public')).toEqual(['2019 budget 27', '2019 final 17.06']);
		expect(headlines.honghe_eeb?.total).toBeUndefined();
	});
});
