import { describe, expect, it } from 'vitest';
import { columnLetters, excerptOf, locatorOf, placeLabel } from './provenance';

describe('provenance of imported facts', () => {
	it('numbers columns as a spreadsheet does', () => {
		expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
			'A',
			'Z',
			'AA',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
	});

	it('names file, sheet, row, column letters and header for XLSX, file line and field for CSV', () => {
		const xlsx = {
			file: 'yb_2023.xlsx',
			sheet: 'Sheet1',
			row: 45,
			col: 28,
			header: 'PM2.5年平均浓度\n (微克/立方米)'
		};
		expect(locatorOf(xlsx)).toBe('yb_2023.xlsx / Sheet1 / R45 / AB / PM2.5年平均浓度 (微克/立方米)');
		expect(placeLabel(xlsx)).toBe('yb_2023.xlsx:Sheet1:45:AB');
		const csv = { file: 'Hunan 2017.csv', sheet: null, row: 5, col: 2, header: '2017' };
		expect(locatorOf(csv)).toBe('Hunan 2017.csv / R5 / C2 / 2017');
		expect(placeLabel(csv)).toBe('Hunan 2017.csv:5:2');
		expect(placeLabel({ file: 'a.csv', sheet: null, row: null, col: null })).toBe('a.csv');
	});

	it('quotes the cells verbatim and cuts at 120 characters', () => {
		expect(excerptOf(['  衡阳市 ', '', '29'])).toBe('衡阳市 … 29');
		const long = excerptOf(['字'.repeat(200)]);
		expect([...long]).toHaveLength(120);
		expect(long.endsWith('…')).toBe(true);
	});
});
