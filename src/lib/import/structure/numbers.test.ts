import { describe, expect, it } from 'vitest';
import { readNumber } from './numbers';

describe('readNumber', () => {
	it('keeps the published digits and counts decimals', () => {
		expect(readNumber('2966.94')).toEqual({
			kind: 'number',
			value: 2966.94,
			text: '2966.94',
			decimals: 2,
			percent: false
		});
		expect(readNumber('25.30')).toEqual({
			kind: 'number',
			value: 25.3,
			text: '25.30',
			decimals: 2,
			percent: false
		});
		expect(readNumber('46')).toEqual({ kind: 'number', value: 46, text: '46', decimals: 0, percent: false });
	});

	it('drops thousands separators (ASCII and full-width) but only when they group by three', () => {
		expect(readNumber('1,234.50')).toMatchObject({ kind: 'number', text: '1234.50', value: 1234.5 });
		expect(readNumber('3,475.89')).toMatchObject({ kind: 'number', text: '3475.89' });
		expect(readNumber('1，234，567')).toMatchObject({ kind: 'number', text: '1234567' });
		expect(readNumber('1 234.5')).toMatchObject({ kind: 'number', text: '1234.5' });
		expect(readNumber('12,34')).toEqual({ kind: 'text' });
		expect(readNumber('1,2345.6')).toEqual({ kind: 'text' });
	});

	it('reads full-width digits, point, sign and ideographic spaces', () => {
		expect(readNumber('\u3000２９６６．９４\u3000')).toMatchObject({
			kind: 'number',
			text: '2966.94',
			decimals: 2
		});
		expect(readNumber('－１２．５')).toMatchObject({ kind: 'number', text: '-12.5', value: -12.5 });
		expect(readNumber('＋３')).toMatchObject({ kind: 'number', text: '3', value: 3 });
	});

	it('reads percentages as the figure before the % and marks them', () => {
		expect(readNumber('99.7%')).toEqual({
			kind: 'number',
			value: 99.7,
			text: '99.7',
			decimals: 1,
			percent: true
		});
		expect(readNumber('100％')).toMatchObject({ kind: 'number', text: '100', percent: true });
	});

	it('reads accountants’ parentheses and minus signs as negatives', () => {
		expect(readNumber('(1,234.00)')).toMatchObject({ kind: 'number', text: '-1234.00', value: -1234 });
		expect(readNumber('（５）')).toMatchObject({ kind: 'number', text: '-5' });
		expect(readNumber('−0.5')).toMatchObject({ kind: 'number', text: '-0.5' });
		expect(readNumber('(-5)')).toEqual({ kind: 'text' });
	});

	it('reads dashes, ellipses and slashes as not published, never 0', () => {
		for (const marker of ['-', '—', '–', '－', '——', '…', '……', '/', '／', '...']) {
			expect(readNumber(marker)).toEqual({ kind: 'not_published', marker });
		}
		expect(readNumber(' — ')).toEqual({ kind: 'not_published', marker: '—' });
	});

	it('reads blanks as empty and words as text', () => {
		expect(readNumber('')).toEqual({ kind: 'empty' });
		expect(readNumber(' \u3000 ')).toEqual({ kind: 'empty' });
		expect(readNumber('合计')).toEqual({ kind: 'text' });
		expect(readNumber('12万元')).toEqual({ kind: 'text' });
		expect(readNumber('1.2.3')).toEqual({ kind: 'text' });
	});

	it('reads a bare fraction with its leading zero', () => {
		expect(readNumber('.5')).toMatchObject({ kind: 'number', text: '0.5', decimals: 1 });
	});
});
