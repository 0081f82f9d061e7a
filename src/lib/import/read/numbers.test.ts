import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFloat32, cleanNumber, displayedNumber, shownNumber } from './numbers';

describe('cleanNumber / cleanFloat32', () => {
	it('removes binary-float artefacts to 15 significant digits', () => {
		expect(cleanNumber(64.430000000000007)).toBe(64.43);
		expect(cleanNumber(0.1 + 0.2)).toBe(0.3);
		expect(cleanNumber(1911059.0000000002)).toBe(1911059);
		expect(cleanNumber(-0)).toBe(0);
		expect(Object.is(cleanNumber(-0), 0)).toBe(true);
	});

	it('equals rounding to 15 digits for any double (the fast path changes nothing)', () => {
		const slow = (value: number) => {
			const cleaned = Number(value.toPrecision(15));
			return cleaned === 0 ? 0 : cleaned;
		};
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
				expect(Object.is(cleanNumber(value), slow(value))).toBe(true);
			}),
			{ numRuns: 20000 }
		);
		for (const value of [0.1 + 0.2, 123456789012345, 1234567890123456, 1e21, 5e-324, -1.5e-7, 2 ** 53 + 2])
			expect(cleanNumber(value)).toBe(slow(value));
	});

	it('gives the shortest decimal of a 32-bit float', () => {
		expect(cleanFloat32(Math.fround(0.1))).toBe(0.1);
		expect(cleanFloat32(Math.fround(97.6))).toBe(97.6);
		expect(cleanFloat32(Math.fround(1 / 3))).toBe(0.33333334);
	});
});

describe('displayedNumber: the formatted text only when it shows the same number', () => {
	it('keeps separators, percentages, negatives in brackets and scientific notation', () => {
		expect(shownNumber('1,613,489')).toBe(1613489);
		expect(shownNumber('12.34%')).toBe(0.1234);
		expect(shownNumber('(1,200.5)')).toBe(-1200.5);
		expect(displayedNumber(1613489, '1,613,489', false)).toBe('1,613,489');
		expect(displayedNumber(0.1234, '12.34%', false)).toBe('12.34%');
		expect(displayedNumber(0.00001, '1E-05', false)).toBe('1E-05');
		expect(displayedNumber(-1200.5, '(1,200.5)', false)).toBe('(1,200.5)');
	});

	it('falls back to the number when the format rounds it or shows nothing', () => {
		expect(displayedNumber(12.5, '13', false)).toBe('12.5');
		expect(displayedNumber(0.12345, '12.3%', false)).toBe('0.12345');
		expect(displayedNumber(64.43, undefined, false)).toBe('64.43');
		expect(displayedNumber(7, '', false)).toBe('7');
		expect(displayedNumber(7, '—', false)).toBe('7');
	});

	it('keeps a date format as shown', () => {
		expect(displayedNumber(43101, '2018', true)).toBe('2018');
	});
});
