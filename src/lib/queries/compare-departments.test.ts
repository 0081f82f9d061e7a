import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRealData } from '../../../test/helpers/real-data';
import { loadHeadlines, type Headlines } from './departments-model';
import { compareDepartments } from './compare-departments';

let headlines: Headlines;
let close: () => Promise<void>;
const DEPARTMENTS = ['hengyang_eeb', 'muchuan_eeb', 'jinan_eeb', 'qingyuan_eeb', 'honghe_eeb'];

beforeAll(async () => {
	const db = await openRealData();
	close = db.close;
	headlines = await loadHeadlines(db.run);
});
afterAll(async () => close?.());

describe('spending totals across the five embedded departments', () => {
	it('takes the final accounts where published and the budget, labelled, where not', () => {
		const { totals, missing } = compareDepartments(headlines, DEPARTMENTS);
		expect(totals.map((t) => [t.departmentId, t.year, t.stage, t.budgetShown, t.value])).toEqual([
			['hengyang_eeb', 2021, 'final', false, 5393.64],
			['jinan_eeb', 2021, 'budget', true, 1250],
			['hengyang_eeb', 2022, 'final', false, 3855.37],
			['muchuan_eeb', 2022, 'final', false, 833.84]
		]);
		expect(totals.every((t) => t.unit === '万元')).toBe(true);
		expect(totals[0]!.figure.citation.source_id).toBe('hy_eeb_2022_self_assessment');
		// Qingyuan (three public expenses only) and Honghe (project budgets only) publish no total.
		expect(missing).toEqual(['qingyuan_eeb', 'honghe_eeb']);
	});
	it('shows the initial budget of a year without final accounts, never the budget application', () => {
		const trimmed: Headlines = {
			hengyang_eeb: {
				total: (headlines.hengyang_eeb?.total ?? []).filter((f) => !(f.year === 2022 && f.stage === 'final'))
			}
		};
		const { totals } = compareDepartments(trimmed, ['hengyang_eeb']);
		expect(totals.find((t) => t.year === 2022)).toMatchObject({
			stage: 'budget_initial',
			value: 1914.72,
			budgetShown: true
		});
	});
});
