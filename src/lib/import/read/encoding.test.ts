import { describe, expect, it } from 'vitest';
import type { Workbook } from '../types';
import { decodeText, utf16Without } from './encoding';
import { openWorkbook } from './index';
import { concat, gb18030Bytes, utf16Bytes, utf8Bytes } from '../../../../test/fixtures/import/make-text';

const CSV = '城市,PM2.5\r\n衡阳市,29\r\n"长沙\r\n市",31\r\n';

function firstTexts(workbook: Workbook | null): string[][] {
	const rows: string[][] = [];
	workbook?.sheets[0]?.eachRow((row) => {
		rows.push(row.cells.map((cell) => cell?.text ?? ''));
	});
	return rows;
}

describe('the GB18030 fixture encoder', () => {
	it('writes 衡阳 as BA E2 D1 F4, the published GB2312/GBK bytes', () => {
		expect(Array.from(gb18030Bytes('衡阳'))).toEqual([0xba, 0xe2, 0xd1, 0xf4]);
		expect(Array.from(gb18030Bytes('A城市'))).toEqual([0x41, 0xb3, 0xc7, 0xca, 0xd0]);
	});
});

describe('decodeText', () => {
	it('decodes UTF-8 with and without BOM', () => {
		expect(decodeText(utf8Bytes(CSV))).toEqual({
			text: CSV,
			encoding: 'utf-8',
			reason: 'valid_utf8',
			undecoded: 0
		});
		expect(decodeText(utf8Bytes(CSV, true))).toEqual({
			text: CSV,
			encoding: 'utf-8-bom',
			reason: 'bom',
			undecoded: 0
		});
	});

	it('decodes GBK bytes as GB18030 because they are not valid UTF-8', () => {
		expect(decodeText(gb18030Bytes(CSV))).toEqual({
			text: CSV,
			encoding: 'gb18030',
			reason: 'not_utf8',
			undecoded: 0
		});
	});

	it('decodes UTF-16 LE and BE with a BOM, and without one from the zero-byte pattern', () => {
		for (const order of ['le', 'be'] as const) {
			const encoding = `utf-16${order}`;
			expect(decodeText(utf16Bytes(CSV, order, true))).toMatchObject({ text: CSV, encoding, reason: 'bom' });
			expect(decodeText(utf16Bytes(CSV, order))).toMatchObject({
				text: CSV,
				encoding,
				reason: 'nul_pattern'
			});
		}
	});

	it('does not take UTF-8 Chinese text for UTF-16', () => {
		expect(utf16Without(utf8Bytes('衡阳市,长沙市,株洲市\n'.repeat(20)))).toBeNull();
		expect(utf16Without(gb18030Bytes('衡阳市,长沙市,株洲市\n'.repeat(20)))).toBeNull();
	});

	it('counts bytes that no encoding can decode', () => {
		const decoded = decodeText(concat([gb18030Bytes('衡阳,'), new Uint8Array([0xff, 0x0a])]));
		expect(decoded.encoding).toBe('gb18030');
		expect(decoded.undecoded).toBe(1);
		expect(decoded.text).toBe('衡阳,\uFFFD\n');
	});

	it('uses the encoding the caller gives', () => {
		expect(decodeText(gb18030Bytes('衡阳'), 'gb18030')).toMatchObject({ text: '衡阳', reason: 'given' });
	});
});

describe('openWorkbook reports the encoding it used and why', () => {
	const cases = [
		['utf-8', utf8Bytes(CSV), 'Encoding: UTF-8 (every byte sequence is valid UTF-8)'],
		[
			'utf-8-bom',
			utf8Bytes(CSV, true),
			'Encoding: UTF-8 (BOM) (the file starts with a byte order mark (BOM))'
		],
		[
			'gb18030',
			gb18030Bytes(CSV),
			'Encoding: GB18030/GBK (the content is not valid UTF-8, so it was decoded as GB18030 (which covers GBK/GB2312))'
		],
		[
			'utf-16le',
			utf16Bytes(CSV, 'le'),
			'Encoding: UTF-16 LE (there is no BOM, but every other byte is zero (the mark of UTF-16))'
		],
		[
			'utf-16be',
			utf16Bytes(CSV, 'be', true),
			'Encoding: UTF-16 BE (the file starts with a byte order mark (BOM))'
		]
	] as const;
	for (const [encoding, bytes, note] of cases) {
		it(`${encoding}: same rows, lines counted the same`, async () => {
			const { workbook, problems } = await openWorkbook('city.csv', bytes);
			expect(problems).toEqual([]);
			expect(workbook?.encoding).toBe(encoding);
			expect(workbook?.notes[0]?.message.en).toBe(note);
			expect(firstTexts(workbook)).toEqual([
				['城市', 'PM2.5'],
				['衡阳市', '29'],
				['长沙\r\n市', '31']
			]);
			const lines: number[] = [];
			workbook?.sheets[0]?.eachRow((row) => void lines.push(row.n));
			expect(lines).toEqual([1, 2, 3]);
		});
	}

	it('reports undecodable bytes as encoding_unknown but still reads the rows', async () => {
		const { workbook, problems } = await openWorkbook(
			'odd.csv',
			concat([gb18030Bytes('衡阳,1\n'), new Uint8Array([0xff])])
		);
		expect(problems.map((p) => p.code)).toEqual(['encoding_unknown']);
		expect(problems[0]?.message.en).toContain('1 byte sequences could not be decoded');
		expect(firstTexts(workbook)).toEqual([['衡阳', '1'], ['\uFFFD']]);
	});
});
