import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, type DecimalStyle } from './decimal';

const LOCALES = ['zh-CN', 'en'] as const;

function viaIntl(locale: string, value: number, { min, max, signed }: DecimalStyle): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: min,
		maximumFractionDigits: max,
		...(signed ? { signDisplay: 'exceptZero' as const } : {})
	}).format(value);
}

const style = fc
	.record({
		min: fc.integer({ min: 0, max: 6 }),
		extra: fc.integer({ min: 0, max: 6 }),
		signed: fc.boolean()
	})
	.map(({ min, extra, signed }) => ({ min, max: min + extra, signed }));

/** Figures as the site holds them: published amounts, rates, changes, ties on the rounding digit. */
const figure = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.double({ min: -1e7, max: 1e7, noNaN: true }),
	fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
	fc
		.record({ n: fc.integer({ min: -1e6, max: 1e6 }), scale: fc.integer({ min: 0, max: 7 }) })
		.map(({ n, scale }) => (n + 0.5) / 10 ** scale),
	fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 9.995, 999.5, 1e21, 2 ** 70, 1e-7, 5e-324)
);

describe('formatDecimal writes what Intl.NumberFormat writes', () => {
	it('for any double, digit setting and sign mode, in both locales', () => {
		fc.assert(
			fc.property(figure, style, (value, s) => {
				const ours = formatDecimal(value, s);
				for (const locale of LOCALES) expect(ours).toBe(viaIntl(locale, value, s));
			}),
			{ numRuns: 20000 }
		);
	});

	it('rounds the shortest decimal half away from zero, as ICU does', () => {
		const two = { min: 0, max: 2, signed: false };
		expect(formatDecimal(1.005, two)).toBe('1.01');
		expect(formatDecimal(2.675, { min: 2, max: 2, signed: false })).toBe('2.68');
		expect(formatDecimal(9.995, two)).toBe('10');
		expect(formatDecimal(-2.5, { min: 0, max: 0, signed: false })).toBe('-3');
		expect(formatDecimal(2966.94, two)).toBe('2,966.94');
		expect(formatDecimal(6182929, two)).toBe('6,182,929');
	});

	it('signs like signDisplay exceptZero, and keeps -0 as Intl does without it', () => {
		const signed = { min: 0, max: 1, signed: true };
		expect(formatDecimal(57.5, signed)).toBe('+57.5');
		expect(formatDecimal(-14.9, signed)).toBe('-14.9');
		expect(formatDecimal(-0.01, signed)).toBe('0');
		expect(formatDecimal(-0.01, { ...signed, signed: false })).toBe('-0');
		expect(formatDecimal(0, { min: 2, max: 2, signed: true })).toBe('0.00');
	});

	it('leaves Infinity and NaN to Intl', () => {
		const s = { min: 0, max: 2, signed: true };
		expect(formatDecimal(Infinity, s)).toBe(viaIntl('en', Infinity, s));
		expect(formatDecimal(Number.NaN, { ...s, signed: false })).toBe('NaN');
	});
});
