import { describe, expect, it } from 'vitest';
import { expenditureCells, expenditureChart, type SpendingPoint } from './expenditure';
import { concentrationChart, concentrationSeriesData, type ConcentrationPoint } from './pm25';
import { sanitiseVNode } from './svg-tree';

// The report's own figures (附件1): basic and project expenditure, 2021 final, 2022 budget and final.
const spending: SpendingPoint[] = [
	{ fiscal_year: 2021, line_id: 'basic', stage: 'final', amount: 2264, unit: '万元' },
	{ fiscal_year: 2021, line_id: 'project', stage: 'final', amount: 3129.64, unit: '万元' },
	{ fiscal_year: 2022, line_id: 'basic', stage: 'budget_initial', amount: 1649.05, unit: '万元' },
	{ fiscal_year: 2022, line_id: 'project', stage: 'budget_initial', amount: 265.67, unit: '万元' },
	{ fiscal_year: 2022, line_id: 'basic', stage: 'final', amount: 2966.94, unit: '万元' },
	{ fiscal_year: 2022, line_id: 'project', stage: 'final', amount: 888.43, unit: '万元' }
];

const options = {
	locale: 'zh-CN' as const,
	title: '支出',
	lineLabels: { basic: '基本支出', project: '项目支出' },
	stageLabels: { budget_initial: '年初预算', final: '决算' },
	stages: ['budget_initial', 'final'] as const
};

describe('expenditure chart', () => {
	it('keeps unpublished cells empty instead of zero', () => {
		const cells = expenditureCells(spending, options.stages);
		expect(cells).toContainEqual({ year: 2021, line: 'basic', stage: 'budget_initial', amount: null });
		expect(cells).toContainEqual({ year: 2022, line: 'project', stage: 'final', amount: 888.43 });
		expect(cells).toHaveLength(8);
	});
	it('stacks basic on project per stage, one series per line and stage', () => {
		const option = expenditureChart(spending, options) as {
			series: { name: string; stack: string; data: (number | null)[] }[];
			xAxis: { data: string[] };
			yAxis: { name: string };
			tooltip: { renderMode: string };
		};
		expect(option.xAxis.data).toEqual(['2021', '2022']);
		expect(option.yAxis.name).toBe('万元');
		expect(option.tooltip.renderMode).toBe('richText');
		expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
			['基本支出 · 年初预算', 'budget_initial', [null, 1649.05]],
			['项目支出 · 年初预算', 'budget_initial', [null, 265.67]],
			['基本支出 · 决算', 'final', [2264, 2966.94]],
			['项目支出 · 决算', 'final', [3129.64, 888.43]]
		]);
	});
});

// PM2.5: 市城区 from the self-assessment (31 in 2022), 全市 from the yearbook (31 in 2021, 29 in 2022).
const pm25: ConcentrationPoint[] = [
	{ year: 2022, scope: 'urban_area', measure: 'observed', value: 31, unit: 'µg/m³' },
	{ year: 2021, scope: 'whole_city', measure: 'observed', value: 31, unit: 'µg/m³' },
	{ year: 2022, scope: 'whole_city', measure: 'observed', value: 29, unit: 'µg/m³' },
	{ year: 2012, scope: 'national_standard', measure: 'limit', value: 35, unit: 'µg/m³' }
];

describe('PM2.5 chart', () => {
	it('keeps each scope its own series and the limit apart', () => {
		const data = concentrationSeriesData(pm25);
		expect(data.years).toEqual([2021, 2022]);
		expect(data.series).toEqual([
			{ scope: 'urban_area', values: [null, 31] },
			{ scope: 'whole_city', values: [31, 29] }
		]);
		expect(data.limit).toBe(35);
	});
	it('draws the grade II limit as a reference line named in the legend', () => {
		const option = concentrationChart(pm25, {
			locale: 'en',
			title: 'PM2.5',
			scopeLabels: { urban_area: 'Urban area (self-assessment)', whole_city: 'Whole city (yearbook)' },
			limitLabel: 'National grade II standard'
		}) as {
			series: {
				name: string;
				data: unknown[];
				id?: string;
				markLine?: unknown;
			}[];
		};
		expect(option.series.map((s) => s.name)).toEqual([
			'Urban area (self-assessment)',
			'Whole city (yearbook)',
			'National grade II standard 35 µg/m³'
		]);
		expect(option.series[2]?.data).toEqual([35, 35]);
		expect(option.series[2]?.id).toBe('reference:National grade II standard 35 µg/m³');
		expect(option.series.some((s) => s.markLine)).toBe(false);
	});
});

describe('build-time SVG tree', () => {
	it('drops scripts, styles, handlers and foreign links', () => {
		const tree = sanitiseVNode({
			tag: 'svg',
			attrs: { width: 10, onload: 'alert(1)' },
			children: [
				{ tag: 'script', text: 'alert(1)' },
				{ tag: 'style', text: '*{}' },
				{ tag: 'text', attrs: { x: 1, href: 'https://evil.example/' }, text: '<b>x</b>' },
				{ tag: 'path', attrs: { d: 'M0 0', 'clip-path': 'url(#c)' } }
			]
		});
		expect(tree).toEqual({
			tag: 'svg',
			attrs: { width: '10' },
			text: undefined,
			children: [
				{ tag: 'text', attrs: { x: '1' }, text: '<b>x</b>', children: [] },
				{ tag: 'path', attrs: { d: 'M0 0', 'clip-path': 'url(#c)' }, text: undefined, children: [] }
			]
		});
	});
});
