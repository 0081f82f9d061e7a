import { describe, expect, it } from 'vitest';
import { cellText } from './cell';
import { columnScale, decimalsOf, noiseFree, resultNumberText } from './result-number';

// 5393.639999999999 is DuckDB's SUM of Hengyang's 2021 final spending lines (parent 'total'),
// whose published total is 5,393.64 万元; 7677.150000000001 its SUM of the 2022 application totals.
describe('SQL result numbers without float noise', () => {
	it('drops the noise past 12 significant digits', () => {
		expect(noiseFree(5393.639999999999)).toBe(5393.64);
		expect(noiseFree(7677.150000000001)).toBe(7677.15);
		expect(noiseFree(0.1 + 0.2)).toBe(0.3);
		expect(noiseFree(-28.979999999999997)).toBe(-28.98);
		expect(noiseFree(2022)).toBe(2022);
	});
	it('finds the decimals a value needs', () => {
		expect(decimalsOf(5393.639999999999)).toBe(2);
		expect(decimalsOf(2022)).toBe(0);
		expect(decimalsOf(99.7)).toBe(1);
		expect(decimalsOf(1 / 3)).toBe(6);
	});
	it('gives a column one scale, the most its values need', () => {
		expect(columnScale([5393.639999999999, 3855.37, null, 1250])).toBe(2);
		expect(columnScale([2021, 2022])).toBe(0);
		expect(columnScale(['x', null])).toBe(0);
	});
	it('prints each number in its shortest noise-free form, never as -0', () => {
		expect(resultNumberText(5393.639999999999)).toBe('5393.64');
		expect(resultNumberText(10)).toBe('10');
		expect(resultNumberText(-4)).toBe('-4');
		expect(resultNumberText(-0)).toBe('0');
		expect(resultNumberText(-1e-13)).toBe('-1e-13');
		expect(cellText(5393.639999999999, 'number')).toBe('5393.64');
		expect(cellText(7677.150000000001, 'number')).toBe('7677.15');
	});
});
