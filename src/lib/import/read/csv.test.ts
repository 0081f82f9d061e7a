import { describe, expect, it } from 'vitest';
import type { Row, Workbook } from '../types';
import { scanCsv } from './csv-scan';
import { sniffDelimiter } from './csv';
import { openWorkbook } from './index';
import { utf8Bytes } from '../../../../test/fixtures/import/make-text';

function records(text: string, delimiter = ','): [number, string[]][] {
	const out: [number, string[]][] = [];
	scanCsv(text, delimiter, (fields, line) => {
		out.push([line, fields]);
	});
	return out;
}

function rowsOf(workbook: Workbook | null): Row[] {
	const rows: Row[] = [];
	workbook?.sheets[0]?.eachRow((row) => {
		rows.push(row);
	});
	return rows;
}

const texts = (row: Row | undefined): string[] => (row?.cells ?? []).map((cell) => cell?.text ?? '');

describe('scanCsv: RFC 4180 records with the file line each starts on', () => {
	it('counts LF, CRLF and CR line breaks alike, inside and outside quotes', () => {
		for (const eol of ['\n', '\r\n', '\r']) {
			const text = `a,b${eol}"x${eol}y",2${eol}c,3${eol}`;
			expect(records(text)).toEqual([
				[1, ['a', 'b']],
				[2, [`x${eol}y`, '2']],
				[4, ['c', '3']]
			]);
		}
	});

	it('keeps a CRLF inside quotes byte-exact even in an LF file', () => {
		const [, second] = records('h1,h2\n"line one\r\nline two",9\nlast,1');
		expect(second).toEqual([2, ['line one\r\nline two', '9']]);
		expect(records('h1,h2\n"line one\r\nline two",9\nlast,1')[2]).toEqual([4, ['last', '1']]);
	});

	it('reads doubled quotes, empty fields, a delimiter at the very end and blank lines', () => {
		expect(records('"say ""hi""",,x\n\n"",a,\nend,')).toEqual([
			[1, ['say "hi"', '', 'x']],
			[2, ['']],
			[3, ['', 'a', '']],
			[4, ['end', '']]
		]);
	});

	it('reports an unclosed quote with its line and reads the quote as a plain character', () => {
		const issues: { line: number; kind: string }[] = [];
		const out: [number, string[]][] = [];
		scanCsv(
			'a,b\n1,2\n"open,3\n4,5\n',
			',',
			(f, l) => void out.push([l, f]),
			(i) => issues.push(i)
		);
		expect(issues).toEqual([{ line: 3, kind: 'unclosed_quote' }]);
		expect(out).toEqual([
			[1, ['a', 'b']],
			[2, ['1', '2']],
			[3, ['"open', '3']],
			[4, ['4', '5']]
		]);
	});

	it('reports text after a closing quote and joins it to the field', () => {
		const issues: { line: number; kind: string }[] = [];
		const out: string[][] = [];
		scanCsv(
			'x\n"multi\nline"tail,2\n',
			',',
			(f) => void out.push(f),
			(i) => issues.push(i)
		);
		expect(out).toEqual([['x'], ['multi\nlinetail', '2']]);
		expect(issues).toEqual([{ line: 3, kind: 'text_after_quote' }]);
	});

	it('stops when the visitor returns false', () => {
		const seen: number[] = [];
		const count = scanCsv('1\n2\n3\n4\n', ',', (_f, line) => {
			seen.push(line);
			return line < 2;
		});
		expect(seen).toEqual([1, 2]);
		expect(count).toBe(2);
	});
});

describe('sniffDelimiter', () => {
	it('finds comma, tab, semicolon and pipe despite metadata lines above the header', () => {
		expect(sniffDelimiter('Database: x\nRegion: y\nname,2017\na,1\nb,2\n')).toBe(',');
		expect(sniffDelimiter('name\tvalue\tnote\na\t1,5\tx\nb\t2\ty\n')).toBe('\t');
		expect(sniffDelimiter('城市;PM2.5;年份\n衡阳;29,5;2022\n长沙;31;2022\n')).toBe(';');
		expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
	});

	it('falls back to the preferred delimiter for a single column', () => {
		expect(sniffDelimiter('only\none\ncolumn\n')).toBe(',');
		expect(sniffDelimiter('only\none\n', '\t')).toBe('\t');
	});
});

describe('openWorkbook on CSV/TSV', () => {
	it('streams rows numbered by file line, with null for empty fields and no trailing empties', async () => {
		const { workbook, problems } = await openWorkbook(
			'dir/city.csv',
			utf8Bytes('城市,PM2.5,备注\r\n衡阳市,29,\r\n"长沙\r\n市",,"a"\r\n')
		);
		expect(problems).toEqual([]);
		expect(workbook?.format).toBe('csv');
		expect(workbook?.delimiter).toBe(',');
		const sheet = workbook?.sheets[0];
		expect(sheet?.name).toBe('city.csv');
		expect(sheet?.rowCount).toBe(3);
		const rows = rowsOf(workbook);
		expect(rows.map((row) => row.n)).toEqual([1, 2, 3]);
		expect(rows[1]?.cells).toEqual([
			{ text: '衡阳市', value: null },
			{ text: '29', value: null }
		]);
		expect(rows[2]?.cells).toEqual([{ text: '长沙\r\n市', value: null }, null, { text: 'a', value: null }]);
		expect(rowsOf(workbook)).toEqual(rows);
	});

	it('reads semicolon and tab files and calls a tab file tsv', async () => {
		const semi = await openWorkbook('x.csv', utf8Bytes('a;b\n1,5;2\n'));
		expect(semi.workbook?.delimiter).toBe(';');
		expect(texts(rowsOf(semi.workbook)[1])).toEqual(['1,5', '2']);
		const tab = await openWorkbook('x.txt', utf8Bytes('a\tb\n1\t2\n'));
		expect(tab.workbook?.format).toBe('tsv');
		expect(tab.workbook?.notes.map((n) => n.message.en)).toContain(
			'Delimiter: Tab (sniffed from the content)'
		);
		const named = await openWorkbook('x.tsv', utf8Bytes('one column\nvalue, with comma\n'));
		expect(named.workbook?.delimiter).toBe('\t');
		expect(named.workbook?.notes[1]?.message.en).toBe('Delimiter: Tab (from the .tsv file name)');
		expect(texts(rowsOf(named.workbook)[1])).toEqual(['value, with comma']);
	});

	it('uses a delimiter given by the caller', async () => {
		const { workbook } = await openWorkbook('x.csv', utf8Bytes('a,b|c\n'), { delimiter: '|' });
		expect(texts(rowsOf(workbook)[0])).toEqual(['a,b', 'c']);
		expect(workbook?.notes[1]?.message.zh).toBe('分隔符：|（按指定）');
	});

	it('turns syntax errors into csv_syntax problems with the line, and still reads the rows', async () => {
		const { workbook, problems } = await openWorkbook('bad.csv', utf8Bytes('a,b\n1,2\n3,"4\n'));
		expect(problems.map((p) => [p.code, p.place.row])).toEqual([['csv_syntax', 3]]);
		expect(problems[0]?.message.zh).toContain('第 3 行的引号没有闭合');
		expect(problems[0]?.fix.en).toContain('""');
		expect(rowsOf(workbook).map(texts)).toEqual([
			['a', 'b'],
			['1', '2'],
			['3', '"4']
		]);
	});

	it('lists at most maxProblems syntax errors, then a summary', async () => {
		const text = 'h\n' + '"a"b\n'.repeat(5);
		const { problems } = await openWorkbook('many.csv', utf8Bytes(text), { limits: { maxProblems: 2 } });
		expect(problems.map((p) => p.place.row)).toEqual([2, 3, null]);
		expect(problems[2]?.message.en).toBe('3 more CSV syntax errors are not listed one by one');
	});

	it('calls a file of blank space empty', async () => {
		const { workbook, problems } = await openWorkbook('blank.csv', utf8Bytes(' \r\n\r\n', true));
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['file_empty']);
	});
});
