import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index';
import { isWorkbookZip, unpackedSize, zipEntries } from './zip';
import { misstatedEntry } from './zip-inflate';
import { concat } from '../../../../test/fixtures/import/make-text';
import { xlsxBytes } from '../../../../test/fixtures/import/make-xlsx';

/** A ZIP whose central directory declares one entry with a ZIP64 size (no data: nothing to inflate). */
function declaredZip(name: string, size: number): Uint8Array {
	const nameBytes = new TextEncoder().encode(name);
	const central = new DataView(new ArrayBuffer(46 + nameBytes.length + 12));
	central.setUint32(0, 0x02014b50, true);
	central.setUint32(20, 0xffffffff, true);
	central.setUint32(24, 0xffffffff, true);
	central.setUint16(28, nameBytes.length, true);
	central.setUint16(30, 12, true);
	const extra = 46 + nameBytes.length;
	central.setUint16(extra, 0x0001, true);
	central.setUint16(extra + 2, 8, true);
	central.setUint32(extra + 4, size % 2 ** 32, true);
	central.setUint32(extra + 8, Math.floor(size / 2 ** 32), true);
	const centralBytes = new Uint8Array(central.buffer);
	centralBytes.set(nameBytes, 46);
	const local = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, 1, true);
	end.setUint16(10, 1, true);
	end.setUint32(12, centralBytes.length, true);
	end.setUint32(16, local.length, true);
	return concat([local, centralBytes, new Uint8Array(end.buffer)]);
}

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
