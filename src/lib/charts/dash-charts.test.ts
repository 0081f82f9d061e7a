import { describe, expect, it } from 'vitest';
import { groupedBarsChart } from './grouped-bars';
import { stackedPartsChart } from './three-public';

type Series = {
	name: string;
	type: string;
	stack?: string;
	data: (number | null)[];
	label?: { show: boolean; formatter: (p: { value: unknown }) => string };
	itemStyle: { opacity?: number; decal?: unknown };
};

describe('groupedBarsChart', () => {
	const option = groupedBarsChart({
		locale: 'zh-CN',
		title: '支出合计：按年度与阶段',
		unit: '万元',
		categories: ['基本支出', '项目支出'],
		series: [
			{ label: '2021 年决算', values: [2264, 3129.64], kind: 'final' },
			{ label: '2022 年年初预算', values: [1649.05, 265.67], kind: 'budget' },
			{ label: '2022 年决算', values: [2966.94, 888.43], kind: 'final' }
		]
	}) as {
		series: Series[];
		yAxis: { data: string[]; inverse: boolean };
		xAxis: { name: string };
		tooltip: { renderMode: string };
	};

	it('draws one unstacked bar per year and stage for each line', () => {
		expect(option.yAxis).toMatchObject({ data: ['基本支出', '项目支出'], inverse: true });
		expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
			['2021 年决算', undefined, [2264, 3129.64]],
			['2022 年年初预算', undefined, [1649.05, 265.67]],
			['2022 年决算', undefined, [2966.94, 888.43]]
		]);
	});
	it('tells budgets from finals without colour, labels values as numbers under an axis naming the unit, tooltips as rich text', () => {
		expect(option.series[1]?.itemStyle.opacity).toBe(0.6);
		expect(option.series[0]?.itemStyle.decal).not.toEqual(option.series[2]?.itemStyle.decal);
		expect(option.series[2]?.label?.formatter({ value: 2966.94 })).toBe('2,966.94');
		expect(option.series[2]?.label?.show).toBe(true);
		expect(option.xAxis.name).toBe('万元');
		expect(option.tooltip.renderMode).toBe('richText');
	});
	it('drops value labels when the bars get too many to read', () => {
		const many = groupedBarsChart({
			locale: 'en',
			title: 't',
			unit: '万元',
			categories: Array.from({ length: 15 }, (_, i) => `line ${i}`),
			series: [{ label: '2022 Final accounts', values: Array(15).fill(1), kind: 'final' }]
		}) as { series: Series[] };
		expect(many.series[0]?.label?.show).toBe(false);
	});
});

describe('stackedPartsChart', () => {
	const option = stackedPartsChart({
		locale: 'en',
		title: 'Three public expenses',
		unit: '万元',
		columns: ['2021 Final accounts', '2022 Initial budget', '2022 Final accounts'],
		parts: [
			{ label: 'Vehicles', values: [10.28, 24, 22.49] },
			{ label: 'Overseas', values: [0, 6, 0] },
			{ label: 'Receptions', values: [7.29, 20, 6.49] }
		],
		total: { label: 'Total (as published)', values: [18.4, 50, 28.98] }
	}) as { series: Series[] };

	it('stacks the parts and marks the published total separately (2021 parts add to 17.57, not 18.4)', () => {
		expect(option.series.map((s) => [s.name, s.type, s.stack ?? null])).toEqual([
			['Vehicles', 'bar', 'parts'],
			['Overseas', 'bar', 'parts'],
			['Receptions', 'bar', 'parts'],
			['Total (as published)', 'line', null]
		]);
		expect(option.series[3]?.data).toEqual([18.4, 50, 28.98]);
		expect(option.series[3]?.label?.formatter({ value: 28.98 })).toBe('28.98');
	});
});
