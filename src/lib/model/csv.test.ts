import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

const lines = (text: string) => parseCsv(text).records.map((record) => record.line);

describe('parseCsv', () => {
	it('gives each record the file line it starts on, counting quoted newlines', () => {
		const text = 'a,b\n1,"x\ny\nz"\n2,3\n';
		expect(parseCsv(text).records).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['1', 'x\ny\nz'] },
			{ line: 5, fields: ['2', '3'] }
		]);
	});

	it('treats CRLF and CR as line breaks, inside quotes too', () => {
		expect(lines('a,b\r\n1,"x\r\ny"\r\n2,3\r\n')).toEqual([1, 2, 4]);
		expect(lines('a,b\r1,2\r3,4')).toEqual([1, 2, 3]);
		expect(parseCsv('a\r\n"x\r\ny"\r\n').records[1]?.fields).toEqual(['x\ny']);
	});

	it('returns blank lines as records so they can be listed, without a phantom last line', () => {
		expect(parseCsv('a,b\n\n1,2\n').records).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: [''] },
			{ line: 3, fields: ['1', '2'] }
		]);
		expect(lines('a,b\n1,2')).toEqual([1, 2]);
	});

	it('strips a UTF-8 BOM from the first header', () => {
		expect(parseCsv('\uFEFFa,b\n').records[0]?.fields).toEqual(['a', 'b']);
	});

	it('reports an unclosed quote at the line where the record starts', () => {
		const parsed = parseCsv('a,b\n1,2\n3,"x\n4,5\n');
		expect(parsed.errors).toEqual([{ line: 3, code: 'MissingQuotes' }]);
		expect(parsed.records.map((record) => record.line)).toEqual([1, 2, 3]);
	});

	it('keeps doubled quotes and commas inside quoted cells', () => {
		expect(parseCsv('a\n"say ""hi"", then go"\n').records[1]?.fields).toEqual(['say "hi", then go']);
	});
});

describe('parseCsv with a stray BOM (issue 13 corpus, found by the fast-check round trip)', () => {
	it('keeps a second BOM in the first cell instead of dropping it and inventing a record', () => {
		expect(parseCsv('\uFEFF\uFEFFa,b\r\n"""",2\r\n')).toEqual({
			records: [
				{ line: 1, fields: ['\uFEFFa', 'b'] },
				{ line: 2, fields: ['"', '2'] }
			],
			errors: []
		});
	});
});
