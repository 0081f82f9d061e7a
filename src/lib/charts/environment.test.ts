import { describe, expect, it } from 'vitest';
import { airQualityChart, airYears, ratioChart, sectionsChart, type AirSeries } from './environment';

// PM2.5: 市城区 (report: 2022 31, 2021 35.0 derived), 全市 (yearbook: 2021 31, 2022 29),
// Hunan 2022 34, 2021 work-plan target ≤39, grade II limit 35.
const series: AirSeries[] = [
	{
		key: 'hengyang|urban_area',
		label: '市城区（部门自评报告）',
		kind: 'scope',
		points: [
			{ year: 2021, value: 35, derived: true, label: '35.0（推算）' },
			{ year: 2022, value: 31, derived: false, label: '31' }
		]
	},
	{
		key: 'hengyang|whole_city',
		label: '全市（统计年鉴）',
		kind: 'scope',
		points: [
			{ year: 2021, value: 31, derived: false, label: '31' },
			{ year: 2022, value: 29, derived: false, label: '29' }
		]
	},
	{
		key: 'hunan|province_cities_avg',
		label: '湖南省各市平均（生态环境状况公报）',
		kind: 'benchmark',
		points: [{ year: 2022, value: 34, derived: false, label: '34' }]
	},
	{
		key: 'target|hy_air_plan_2021',
		label: '城市目标（工作方案）',
		kind: 'target',
		points: [{ year: 2021, value: 39, derived: false, label: '≤39' }]
	}
];

type LineOption = {
	xAxis: { data: string[] };
	series: {
		name: string;
		data: ({ value: number; symbol?: string; label: { formatter: () => string } } | null)[];
		lineStyle: { width: number; type?: string };
		markLine?: { data: { yAxis: number }[]; label: { formatter: () => string } };
	}[];
	tooltip: { renderMode: string };
};

describe('air quality chart', () => {
	const option = airQualityChart(series, {
		locale: 'zh-CN',
		title: 'PM2.5',
		unit: 'µg/m³',
		limit: { value: 35, label: '国家二级标准 ≤ 35 µg/m³' },
		format: (v) => `${v} µg/m³`
	}) as LineOption;

	it('draws each scope as its own series over the union of years', () => {
		expect(airYears(series)).toEqual([2021, 2022]);
		expect(option.xAxis.data).toEqual(['2021', '2022']);
		expect(option.series.map((s) => s.name)).toEqual([
			'市城区（部门自评报告）',
			'全市（统计年鉴）',
			'湖南省各市平均（生态环境状况公报）',
			'城市目标（工作方案）',
			'国家二级标准 ≤ 35 µg/m³'
		]);
		expect(option.series[1]?.data.map((d) => d?.value ?? null)).toEqual([31, 29]);
		expect(option.series[2]?.data.map((d) => d?.value ?? null)).toEqual([null, 34]);
	});

	it('marks a derived point hollow and says so in its label', () => {
		expect(option.series[0]?.data[0]).toMatchObject({
			value: 35,
			symbol: 'emptyCircle'
		});
		expect(option.series[0]?.data[0]?.label.formatter()).toBe('35.0（推算）');
		expect(option.series[0]?.data[1]).not.toHaveProperty('symbol');
	});

	it('draws benchmarks and targets as marks (no line) and the limit as a reference line', () => {
		expect(option.series[2]?.lineStyle.width).toBe(0);
		expect(option.series[3]?.lineStyle.width).toBe(0);
		expect(option.series[3]?.data[0]?.label.formatter()).toBe('≤39');
		// The limit is a dotted line of its own, named in the legend (a label on it sat on the points).
		const limit = option.series.at(-1);
		expect(limit?.name).toBe('国家二级标准 ≤ 35 µg/m³');
		expect(limit?.data).toEqual([35, 35]);
		expect(limit?.lineStyle.type).toBe('dotted');
		expect(option.series.some((s) => s.markLine)).toBe(false);
		expect(option.tooltip.renderMode).toBe('richText');
	});
});

describe('ratio chart', () => {
	it('draws one bar per scope or benchmark with the targets as reference lines', () => {
		const option = ratioChart(
			[
				{ label: '市城区', value: 87.9, valueLabel: '87.9%' },
				{ label: '湖南省各市平均', value: 87.6, valueLabel: '87.6%' },
				{ label: '全国 339 个城市', value: 86.5, valueLabel: '86.5%' }
			],
			{
				locale: 'zh-CN',
				title: '优良天数比例',
				references: [{ value: 95, label: '部门绩效目标 ≥ 95%' }],
				format: (v) => `${v}%`
			}
		) as {
			yAxis: { data: string[] };
			series: {
				data: { value: number; itemStyle: { decal: unknown } }[];
				markLine: { data: { xAxis: number }[] };
			}[];
		};
		expect(option.yAxis.data).toEqual(['市城区', '湖南省各市平均', '全国 339 个城市']);
		expect(option.series[0]?.data.map((d) => d.value)).toEqual([87.9, 87.6, 86.5]);
		expect(option.series[0]?.data.every((d) => d.itemStyle.decal)).toBe(true);
		expect(option.series[0]?.markLine.data.map((d) => d.xAxis)).toEqual([95]);
	});
});

describe('sections chart', () => {
	it('stacks class II and class III sections per period', () => {
		const option = sectionsChart(
			[
				{ label: '2019 年 5 月', classII: 24, classIII: 3 },
				{ label: '2022', classII: 37, classIII: 7 }
			],
			{ locale: 'zh-CN', title: '断面', seriesLabels: { classII: 'Ⅱ类', classIII: 'Ⅲ类' }, unit: '个' }
		) as { xAxis: { data: string[] }; series: { name: string; stack: string; data: (number | null)[] }[] };
		expect(option.xAxis.data).toEqual(['2019 年 5 月', '2022']);
		expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
			['Ⅱ类', 'sections', [24, 37]],
			['Ⅲ类', 'sections', [3, 7]]
		]);
	});
});
