import { describe, expect, it } from 'vitest';
import { cellText, csvField } from './cell';

describe('SQL result cells', () => {
	it('shows numbers as DuckDB prints them, without regrouping or rounding', () => {
		expect(cellText(99.7, 'number')).toBe('99.7');
		expect(cellText(2022, 'number')).toBe('2022');
		expect(cellText(2966.94, 'number')).toBe('2966.94');
		expect(cellText(-0, 'number')).toBe('0');
		expect(cellText(12345678901234567890n, 'number')).toBe('12345678901234567890');
	});
	it('keeps NULL apart from the empty string', () => {
		expect(cellText(null, 'text')).toBeNull();
		expect(cellText('', 'text')).toBe('');
	});
	it('prints dates and timestamps in ISO form (UTC, as DuckDB stores them)', () => {
		expect(cellText(Date.UTC(2022, 11, 31), 'date')).toBe('2022-12-31');
		expect(cellText(new Date(Date.UTC(2022, 0, 2, 3, 4, 5, 60)), 'timestamp')).toBe(
			'2022-01-02 03:04:05.060'
		);
	});
	it('shows lists and structs as JSON text, and HTML as plain text', () => {
		expect(cellText({ toJSON: () => [1, 2n] }, 'other')).toBe('[1,"2"]');
		expect(cellText({ a: 'x', b: null }, 'other')).toBe('{"a":"x","b":null}');
		expect(cellText('<img src=x onerror=alert(1)>', 'text')).toBe('<img src=x onerror=alert(1)>');
	});
});

describe('CSV fields', () => {
	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('-4')).toBe("'-4");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tx')).toBe("'\tx");
		expect(csvField('\rx')).toBe(`"'\rx"`);
		expect(csvField('-4', 'other')).toBe("'-4");
	});
	it('leaves typed numbers alone: -4 in a number column is a number, not a formula', () => {
		expect(csvField('-4', 'number')).toBe('-4');
	});
	it('quotes commas, quotes and newlines; NULL is an empty field', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
		expect(csvField('三公经费')).toBe('三公经费');
		expect(csvField(null)).toBe('');
	});
});
