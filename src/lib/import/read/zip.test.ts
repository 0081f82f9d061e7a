import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index';
import { isWorkbookZip, unpackedSize, zipEntries } from './zip';
import { misstatedEntry } from './zip-inflate';
import { declaredZip } from '../../../../test/fixtures/import/make-zip';
import { xlsxBytes } from '../../../../test/fixtures/import/make-xlsx';

describe('zipEntries', () => {
	it('lists a real workbook’s parts and their unpacked sizes', () => {
		const entries = zipEntries(xlsxBytes([{ name: 'S', rows: [['a']] }])) ?? [];
		expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
		expect(isWorkbookZip(entries)).toBe(true);
		expect(unpackedSize(entries)).toBeGreaterThan(1000);
	});

	it('reads a ZIP64 size from the extra field', () => {
		const entries = zipEntries(declaredZip('xl/workbook.xml', 5 * 2 ** 30));
		expect(entries?.map(({ name, uncompressed }) => ({ name, uncompressed }))).toEqual([
			{ name: 'xl/workbook.xml', uncompressed: 5 * 2 ** 30 }
		]);
	});

	it('refuses a 5 GB declared entry before anything is inflated', async () => {
		const { problems } = await openWorkbook('bomb.xlsx', declaredZip('xl/workbook.xml', 5 * 2 ** 30));
		expect(problems.map((p) => [p.code, p.message.en])).toEqual([
			['xlsx_too_large', 'The workbook unpacks to 5120 MB, over the 200 MB limit (possibly a zip bomb)']
		]);
	});
});

/** A real workbook whose central directory understates one entry's unpacked size (to `declared`). */
function understated(entry: string, declared: number): Uint8Array {
	const bytes = xlsxBytes([
		{ name: 'S', rows: Array.from({ length: 200 }, (_, i) => [`row ${i}`, String(i)]) }
	]);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const names = new TextDecoder();
	for (let at = 0; at + 46 < bytes.byteLength; at++) {
		if (view.getUint32(at, true) !== 0x02014b50) continue;
		const length = view.getUint16(at + 28, true);
		if (names.decode(bytes.subarray(at + 46, at + 46 + length)) === entry)
			view.setUint32(at + 24, declared, true);
	}
	return bytes;
}

describe('entries that unpack to more than they declare', () => {
	it('measures every entry of an honest workbook and finds nothing', async () => {
		const bytes = xlsxBytes([{ name: 'S', rows: [['a', '1']] }]);
		expect(await misstatedEntry('ok.xlsx', bytes, zipEntries(bytes) ?? [])).toBeNull();
	});

	it('refuses a workbook whose sheet claims 10 bytes, before the XLSX library unpacks it', async () => {
		const bytes = understated('xl/worksheets/sheet1.xml', 10);
		expect(zipEntries(bytes)?.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressed).toBe(10);
		const { workbook, problems } = await openWorkbook('liar.xlsx', bytes);
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['xlsx_too_large']);
		expect(problems[0]?.message.en).toMatch(
			/^xl\/worksheets\/sheet1\.xml in the workbook claims to unpack to 10 bytes but unpacks to at least \d+: the file misstates its size \(a zip bomb\); it was not read$/
		);
		expect(problems[0]?.message.zh).toContain('声称解压后为 10 字节');
	});
});
