import { describe, expect, it } from 'vitest';
import { drawnValues } from './chart-empty';
import { expenditureView, pm25View } from './overview-charts';

// The overview's two charts for a department with nothing to draw (Jin'an: no basic or project
// final, no region) and for Hengyang's real 2021–2022 points.
describe('drawnValues', () => {
	it('counts nothing on a chart without points, even when a standard line is drawn', () => {
		expect(drawnValues(expenditureView([], 'zh-CN').option)).toBe(0);
		const limitOnly = [
			{
				year: 2022,
				scope: 'national_standard',
				measure: 'limit',
				value: 35,
				unit: 'µg/m³',
				source_id: 'gb_3095_2012'
			}
		];
		expect(drawnValues(pm25View(limitOnly, 'en', {}).option)).toBe(0);
	});

	it('counts the values of every series: numbers, [x, y] pairs and { value } objects', () => {
		const option = {
			series: [
				{ data: [2264, null, 2966.94] },
				{
					data: [
						[2021, 31],
						[2022, null]
					]
				},
				{ data: [{ value: 29 }, { value: Number.NaN }], markLine: { data: [{ yAxis: 35 }] } }
			]
		};
		expect(drawnValues(option)).toBe(4);
	});
});
