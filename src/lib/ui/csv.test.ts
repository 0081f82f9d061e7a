import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseCell, numberCell, quoteCell, toCsv } from './csv';

describe('neutraliseCell', () => {
	it('prefixes cells a spreadsheet would evaluate', () => {
		expect(neutraliseCell('=1+1')).toBe("'=1+1");
		expect(neutraliseCell('+86 123')).toBe("'+86 123");
		expect(neutraliseCell('-14.9%')).toBe("'-14.9%");
		expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutraliseCell('\tx')).toBe("'\tx");
		expect(neutraliseCell('\rx')).toBe("'\rx");
	});
	it('neutralises every text cell that starts like a formula, numeric-looking or not', () => {
		for (const f of ['-1+1', '-5383.36', '-1,950.46', '+5', '-A1', '-'])
			expect(neutraliseCell(f)).toBe(`'${f}`);
	});
	it('leaves ordinary cells alone', () => {
		expect(neutraliseCell('28.98 万元')).toBe('28.98 万元');
		expect(neutraliseCell('a=b')).toBe('a=b');
		expect(neutraliseCell('')).toBe('');
		expect(neutraliseCell(' =1')).toBe(' =1');
	});
});

describe('quoteCell', () => {
	it('quotes commas, quotes and line breaks only', () => {
		expect(quoteCell('2,966.94 万元')).toBe('"2,966.94 万元"');
		expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
		expect(quoteCell('a\nb')).toBe('"a\nb"');
		expect(quoteCell('plain')).toBe('plain');
	});
});

describe('toCsv', () => {
	it('writes CRLF rows, neutralises before quoting', () => {
		expect(
			toCsv([
				['年度', '金额'],
				['2022', '2,966.94 万元'],
				['=HYPERLINK("x")', '-1'],
				['2021', -1]
			])
		).toBe('年度,金额\r\n2022,"2,966.94 万元"\r\n"\'=HYPERLINK(""x"")",\'-1\r\n2021,-1\r\n');
	});
	it('writes number cells plain and never neutralises them (a negative number stays a number)', () => {
		expect(
			toCsv([
				['year', 'value'],
				[2022, -1950.46],
				[2021, 2264],
				[null, 5393.639999999999]
			])
		).toBe('year,value\r\n2022,-1950.46\r\n2021,2264\r\n,5393.64\r\n');
		expect(numberCell(-0.5)).toBe('-0.5');
		expect(numberCell(Number.NaN)).toBe('');
		expect(numberCell(0.1 + 0.2)).toBe('0.3');
	});
	it('round-trips through a CSV parser for awkward cells (neutralised ones keep their prefix)', () => {
		const cells = ['a,b', 'x"y', 'line\r\nbreak', '万元', '', ' ', '=cmd', '@x', '+1', '-1', '\tt', 'a;b'];
		const rows = cells.map((c, i) => [String(i), c]);
		const parsed = Papa.parse<string[]>(toCsv(rows), {
			newline: '\r\n',
			delimiter: ',',
			skipEmptyLines: true
		}).data;
		expect(parsed).toEqual(rows.map(([i, c]) => [i, neutraliseCell(c!)]));
	});
	it('never leaves a formula start at the beginning of any parsed cell (generated cells)', () => {
		const alphabet = ['=', '+', '-', '@', '\t', '\r', 'a', ',', '"', '\n', '1', '万'];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
		for (let n = 0; n < 300; n++) {
			const cell = Array.from({ length: 1 + (next() % 6) }, () => alphabet[next() % alphabet.length]).join(
				''
			);
			const parsed =
				Papa.parse<string[]>(toCsv([[cell]]), { newline: '\r\n', delimiter: ',' }).data[0]?.[0] ?? '';
			expect(parsed).toBe(neutraliseCell(cell));
			expect(/^[=+\-@\t\r]/.test(parsed)).toBe(false);
		}
	});
});
