import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { resultSetFromArrow } from '$lib/data/result-set';
import { defaultChoice, isYearColumn, measureColumns } from './chart-choice';
import { resultChartView } from './chart-view';

// Hengyang's three-public spending (万元) as the console returns it: one row per year and stage.
const byStage = resultSetFromArrow(
	tableFromArrays({
		fiscal_year: Int32Array.from([2021, 2022, 2022]),
		stage: ['final', 'budget_initial', 'final'],
		amount_wan: Float64Array.from([18.4, 50, 28.979999999999997]),
		amount_wan_decimals: Int32Array.from([2, 2, 2])
	})
);
// Totals per year (2021 final: DuckDB's SUM 5393.639999999999 of the published 5,393.64).
const totals = resultSetFromArrow(
	tableFromArrays({
		fiscal_year: Int32Array.from([2021, 2022]),
		total: Float64Array.from([5393.639999999999, 3855.37])
	})
);

describe('SQL console chart defaults', () => {
	it('puts fiscal_year on the x axis, never as a bar value', () => {
		expect(isYearColumn(totals, 0)).toBe(true);
		expect(measureColumns(totals)).toEqual([1]);
		expect(defaultChoice(totals)).toEqual({ type: 'bar', x: 0, ys: [1], series: null });
	});
	it('leaves *_decimals out of the measures and splits repeated years by a text column', () => {
		expect(measureColumns(byStage)).toEqual([2]);
		expect(defaultChoice(byStage)).toEqual({ type: 'bar', x: 0, ys: [2], series: 1 });
	});
	it('draws one series per stage with the figures without float noise', () => {
		const view = resultChartView(byStage, defaultChoice(byStage)!, 'en');
		expect(view.table.columns).toEqual(['fiscal_year', 'final', 'budget_initial']);
		expect(view.table.rows).toEqual([
			['2021', '18.4', 'NULL'],
			['2022', '28.98', '50']
		]);
	});
	it('shows a sum without float noise', () => {
		const view = resultChartView(totals, defaultChoice(totals)!, 'zh-CN');
		expect(view.table.rows).toEqual([
			['2021', '5,393.64'],
			['2022', '3,855.37']
		]);
	});
	it('a year-like name holding other numbers is a measure', () => {
		const odd = resultSetFromArrow(
			tableFromArrays({ year: Float64Array.from([1.5, 2]), v: Float64Array.from([1, 2]) })
		);
		expect(isYearColumn(odd, 0)).toBe(false);
		expect(defaultChoice(odd)).toEqual({ type: 'bar', x: 0, ys: [1], series: null });
	});
});
