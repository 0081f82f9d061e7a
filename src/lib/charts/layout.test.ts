import { describe, expect, it } from 'vitest';
import { fitChart, legendHeight } from './layout';
import { groupedBarsChart } from './grouped-bars';
import { concentrationChart, type ConcentrationPoint } from './pm25';
import { lineCount, textWidth } from './text-width';
import { CJK_FIRST_FONTS, LATIN_FIRST_FONTS } from './theme';

type Fitted = {
	title: { textStyle: { width: number; overflow: string } };
	legend: { type: string; top: number; width: number };
	grid: { top: number; right: number; outerBoundsMode: string; outerBoundsContain: string };
	yAxis: { axisLabel: { width?: number; overflow?: string; ellipsis?: string }; nameLocation?: string };
	xAxis: { axisLabel: { interval?: number | string; hideOverlap?: boolean } };
	series: { labelLayout?: { hideOverlap: boolean; moveOverlap?: string } }[];
};

// PM2.5 as the overview draws it: 31 and 29 in 2022 sit a few pixels apart.
const pm25: ConcentrationPoint[] = [
	{ year: 2022, scope: 'urban_area', measure: 'observed', value: 31, unit: 'µg/m³' },
	{ year: 2021, scope: 'whole_city', measure: 'observed', value: 31, unit: 'µg/m³' },
	{ year: 2022, scope: 'whole_city', measure: 'observed', value: 29, unit: 'µg/m³' },
	{ year: 2012, scope: 'national_standard', measure: 'limit', value: 35, unit: 'µg/m³' }
];
const pm25Option = concentrationChart(pm25, {
	locale: 'en',
	title: 'Annual mean PM2.5 concentration (by statistical scope)',
	scopeLabels: { urban_area: 'Urban area (department self-assessment)', whole_city: 'Whole city (yearbook)' },
	limitLabel: 'National grade II standard'
});

describe('text widths', () => {
	it('counts CJK as a full em and breaks Latin at words', () => {
		expect(textWidth('衡阳市', 10, CJK_FIRST_FONTS)).toBe(30);
		expect(
			lineCount('Hengyang Ecology and Environment Bureau 2022', 11, 80, LATIN_FIRST_FONTS)
		).toBeGreaterThanOrEqual(3);
		expect(lineCount('2021', 11, 80, LATIN_FIRST_FONTS)).toBe(1);
	});
});

describe('fitChart', () => {
	it('puts the plot under the wrapped title and every legend row, on a phone and on a desktop', () => {
		const phone = fitChart(pm25Option, { width: 360, height: 450 }) as unknown as Fitted;
		const desk = fitChart(pm25Option, { width: 960, height: 400 }) as unknown as Fitted;
		expect(phone.legend.type).toBe('plain');
		expect(phone.title.textStyle).toMatchObject({ width: 340, overflow: 'break' });
		// Three legend items (two scopes and the limit) need more rows at 360 px than at 960 px.
		expect(phone.grid.top).toBeGreaterThan(desk.grid.top);
		expect(phone.grid.top).toBeGreaterThanOrEqual(
			phone.legend.top +
				legendHeight(
					[
						'Urban area (department self-assessment)',
						'Whole city (yearbook)',
						'National grade II standard 35 µg/m³'
					],
					330,
					LATIN_FIRST_FONTS
				).height
		);
		expect(phone.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'all' });
	});
	it('lets ECharts move, then hide, value labels that would cover each other', () => {
		const fitted = fitChart(pm25Option, { width: 360, height: 450 }) as unknown as Fitted;
		expect(fitted.series[0]?.labelLayout).toEqual({ hideOverlap: true, moveOverlap: 'shiftY' });
		expect(fitted.series[2]?.labelLayout).toBeUndefined();
	});
	it('wraps long category names beside horizontal bars within a third of a phone, room for value labels', () => {
		const option = groupedBarsChart({
			locale: 'en',
			title: 'Three public expenses across departments',
			unit: '万元',
			categories: [
				'Hengyang Ecology and Environment Bureau 2022',
				"Jin'an District Ecology and Environment Sub-bureau 2021"
			],
			series: [{ label: 'final accounts', values: [28.98, null], kind: 'final' }]
		});
		const fitted = fitChart(option, { width: 360, height: 450 }) as unknown as Fitted;
		expect(fitted.yAxis.axisLabel.overflow).toBe('break');
		expect(fitted.yAxis.axisLabel.width).toBeLessThanOrEqual(Math.ceil(340 * 0.36));
		expect(fitted.yAxis.axisLabel.ellipsis).toBeUndefined();
		// `28.98` drawn right of its bar (the axis names the unit): the grid leaves it room.
		expect(fitted.grid.right).toBeGreaterThan(textWidth('28.98', 11, LATIN_FIRST_FONTS));
	});
});
