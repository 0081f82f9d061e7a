import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseCell, quoteCell, tableToCsv, toCsv } from './csv';

describe('neutraliseCell', () => {
	it('prefixes cells a spreadsheet would evaluate', () => {
		expect(neutraliseCell('=1+1')).toBe("'=1+1");
		expect(neutraliseCell('+86 123')).toBe("'+86 123");
		expect(neutraliseCell('-14.9%')).toBe("'-14.9%");
		expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutraliseCell('\tx')).toBe("'\tx");
		expect(neutraliseCell('\rx')).toBe("'\rx");
	});
	it('keeps signed numbers numbers, and still neutralises formulas that look numeric', () => {
		for (const n of ['-5383.36', '-1,950.46', '-1e3', '+5', '-0.5']) expect(neutraliseCell(n)).toBe(n);
		for (const f of ['-1+1', '-5383.36)', '-1,95', '+1 ', '-A1', '-'])
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
				['=HYPERLINK("x")', '-1']
			])
		).toBe('年度,金额\r\n2022,"2,966.94 万元"\r\n"\'=HYPERLINK(""x"")",-1\r\n');
	});
	it('writes the data table in its shape: header, then rows', () => {
		const csv = tableToCsv({ columns: ['Year', 'Amount'], rows: [['2021', '18.4 (CNY 10k)']] });
		expect(csv).toBe('Year,Amount\r\n2021,18.4 (CNY 10k)\r\n');
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
