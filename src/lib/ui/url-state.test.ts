import { describe, expect, it } from 'vitest';
import {
	EMPTY_STATE,
	parseViewState,
	sameViewState,
	viewStateSearch,
	withDefaults,
	type StateDomain,
	type ViewState
} from './url-state';

const domain: StateDomain = {
	depts: ['hengyang_eeb', 'jinan_eeb', 'qingyuan_eeb'],
	years: [2019, 2021, 2022],
	stages: ['budget_initial', 'budget', 'final'],
	scopes: ['urban_area', 'whole_city'],
	lines: ['total', 'basic', 'project_business'],
	cities: ['hengyang', 'changsha']
};

describe('parseViewState', () => {
	it('reads every key it knows', () => {
		const state = parseViewState(
			new URLSearchParams(
				'dept=jinan_eeb&year=2021&years=2022,2021&stage=final&scope=whole_city&line=basic&city=changsha'
			),
			domain
		);
		expect(state).toEqual({
			dept: 'jinan_eeb',
			year: 2021,
			years: [2021, 2022],
			stage: 'final',
			scope: 'whole_city',
			line: 'basic',
			city: 'changsha'
		});
	});
	it('drops unknown, malformed and hostile values instead of trusting them', () => {
		const state = parseViewState(
			new URLSearchParams("dept=x' OR 1=1&year=20222&years=2020,abc,2022,2022&stage=<b>&line=__proto__"),
			domain
		);
		expect(state).toEqual({ ...EMPTY_STATE, years: [2022] });
	});
	it('ignores keys the page has no domain for', () => {
		expect(parseViewState(new URLSearchParams('scope=urban_area'), { depts: ['a'] }).scope).toBeNull();
	});
});

describe('viewStateSearch', () => {
	it('writes keys in a fixed order, years sorted, commas readable', () => {
		expect(
			viewStateSearch({ line: 'basic', years: [2022, 2021], dept: 'hengyang_eeb', stage: 'final' })
		).toBe('?dept=hengyang_eeb&years=2021,2022&stage=final&line=basic');
	});
	it('is empty for the empty state', () => {
		expect(viewStateSearch(EMPTY_STATE)).toBe('');
	});
	it('round-trips every state built from the domain', () => {
		const choices = <T>(values: readonly T[]): (T | null)[] => [null, ...values];
		const yearSets: number[][] = [[], [2019], [2021, 2022], [2019, 2021, 2022]];
		for (const dept of choices(domain.depts!))
			for (const stage of choices(domain.stages!))
				for (const years of yearSets)
					for (const line of choices(domain.lines!)) {
						const state: ViewState = { ...EMPTY_STATE, dept, stage, years, line, year: years[0] ?? null };
						const back = parseViewState(new URLSearchParams(viewStateSearch(state)), domain);
						expect(back).toEqual(state);
						expect(sameViewState(back, state)).toBe(true);
					}
	});
});

describe('withDefaults', () => {
	it('fills unset keys only', () => {
		const state = withDefaults(
			{ ...EMPTY_STATE, stage: 'final' },
			{ dept: 'hengyang_eeb', stage: 'budget', years: [2022] }
		);
		expect(state).toEqual({ ...EMPTY_STATE, dept: 'hengyang_eeb', stage: 'final', years: [2022] });
	});
});
