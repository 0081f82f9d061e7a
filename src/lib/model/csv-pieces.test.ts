import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvPieces, completeRecordsEnd } from './csv-pieces';
import { csvField } from './stored';

describe('completeRecordsEnd', () => {
	it('cuts after the last line break outside quotes', () => {
		expect(completeRecordsEnd('a,b\nc,d\ne')).toBe(8);
		expect(completeRecordsEnd('a,"x\ny",b\nc')).toBe(10);
		expect(completeRecordsEnd('a,"x\ny')).toBe(0);
	});

	it('reads quotes as PapaParse does: "" inside a field, a quote mid-field is a character', () => {
		expect(completeRecordsEnd('a,"say ""hi""\nthere",b\n')).toBe(23);
		expect(completeRecordsEnd('a,b"c\nd\n')).toBe(8);
		// A quote not followed by a comma or line break does not close the field (InvalidQuotes).
		expect(completeRecordsEnd('"a"b\nc",d\ne')).toBe(10);
	});

	it('waits when the text ends on a quote it cannot decide yet', () => {
		expect(completeRecordsEnd('x\n"a"')).toBe(2);
		expect(completeRecordsEnd('x\n"a" ')).toBe(2);
	});
});

describe('CsvPieces', () => {
	it('gives back the text in pieces of whole records, whatever the chunks', () => {
		const text = 'h1,h2\n"a\nb",1\n"c ""d""",2\nlast,3';
		for (const size of [1, 2, 3, 5, 8]) {
			const pieces = new CsvPieces();
			const out: string[] = [];
			for (let i = 0; i < text.length; i += size) out.push(pieces.push(text.slice(i, i + size)));
			out.push(pieces.end());
			expect(out.join(''), `chunks of ${size}`).toBe(text);
			for (const piece of out.slice(0, -1)) expect(piece === '' || piece.endsWith('\n')).toBe(true);
			expect(out.filter((piece) => piece !== '')).toContain('"a\nb",1\n');
		}
	});
});

describe('csvField', () => {
	it('quotes exactly as PapaParse.unparse with quotes: false', () => {
		const fields = ['', 'a', 'a,b', ' a', 'a ', 'a"b', 'x\ny', 'x\r', '\uFEFFx', '"', '衡阳 市', '=1+1'];
		for (const field of fields) {
			const papa = Papa.unparse([[field]], { newline: '\n', quotes: false, escapeFormulae: false });
			expect(csvField(field), JSON.stringify(field)).toBe(papa);
		}
		expect(csvField('a"b')).toBe('"a""b"');
	});
});
