import { describe, expect, it } from 'vitest';
import { RESULT_CHART_MAX_POINTS, resultChart, resultChartData } from './result';

// The console's 三公经费 example: year, budget (2021 not published), final.
const rows = [
	{ x: '2021', ys: [null, 18.4] },
	{ x: '2022', ys: [50, 28.98] }
];

describe('result chart data', () => {
	it('keeps unpublished values empty, never zero, and non-numbers out', () => {
		expect(resultChartData(rows, ['budget', 'final'], '—')).toEqual({
			categories: ['2021', '2022'],
			series: [
				{ name: 'budget', values: [null, 50] },
				{ name: 'final', values: [18.4, 28.98] }
			]
		});
		expect(resultChartData([{ x: null, ys: ['x', Number.NaN] }], ['a', 'b'], '(null)')).toEqual({
			categories: ['(null)'],
			series: [
				{ name: 'a', values: [null] },
				{ name: 'b', values: [null] }
			]
		});
	});
	it('draws at most the first RESULT_CHART_MAX_POINTS rows', () => {
		const many = Array.from({ length: 1200 }, (_, i) => ({ x: String(i), ys: [i] }));
		expect(resultChartData(many, ['n'], '—').categories).toHaveLength(RESULT_CHART_MAX_POINTS);
	});
});

describe('result chart option', () => {
	const data = resultChartData(rows, ['budget', 'final'], '—');
	const base = {
		locale: 'zh-CN' as const,
		title: '三公经费',
		xName: '年度',
		formatValue: (v: number) => `${v} 万元`,
		emptyLabel: '—'
	};
	it('bars carry decals, the tooltip is rich text', () => {
		const option = resultChart(data, { ...base, type: 'bar' }) as {
			series: { type: string; name: string; data: (number | null)[]; itemStyle: { decal?: unknown } }[];
			tooltip: { renderMode: string; formatter: (p: unknown) => string };
			xAxis: { data: string[]; name: string };
		};
		expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([
			['bar', 'budget', [null, 50]],
			['bar', 'final', [18.4, 28.98]]
		]);
		expect(option.series.every((s) => s.itemStyle.decal)).toBe(true);
		expect(option.tooltip.renderMode).toBe('richText');
		const params = [
			{ axisValueLabel: '2021', seriesName: 'budget', value: null },
			{ axisValueLabel: '2021', seriesName: 'final', value: 28.98 }
		];
		expect(option.tooltip.formatter(params)).toBe('2021\nbudget  —\nfinal  28.98 万元');
		expect(option.xAxis).toMatchObject({ data: ['2021', '2022'], name: '年度' });
	});
	it('lines get distinct symbols and dash styles, gaps stay gaps', () => {
		const option = resultChart(data, { ...base, type: 'line' }) as {
			series: { symbol: string; lineStyle: { type: string }; connectNulls: boolean }[];
		};
		expect(option.series.map((s) => [s.symbol, s.lineStyle.type, s.connectNulls])).toEqual([
			['circle', 'solid', false],
			['rect', 'dashed', false]
		]);
	});
});
