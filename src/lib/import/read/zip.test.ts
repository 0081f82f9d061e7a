import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index';
import { isWorkbookZip, unpackedSize, zipEntries } from './zip';
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
		expect(entries).toEqual([{ name: 'xl/workbook.xml', uncompressed: 5 * 2 ** 30 }]);
	});

	it('refuses a 5 GB declared entry before anything is inflated', async () => {
		const { problems } = await openWorkbook('bomb.xlsx', declaredZip('xl/workbook.xml', 5 * 2 ** 30));
		expect(problems.map((p) => [p.code, p.message.en])).toEqual([
			['xlsx_too_large', 'The workbook unpacks to 5120 MB, over the 200 MB limit (possibly a zip bomb)']
		]);
	});
});
