import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Row } from '../types';
import { openWorkbook } from './index';
import { utf8Bytes } from '../../../../test/fixtures/import/make-text';

function parquetBytes(): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: [
			{ name: 'city', data: ['衡阳市', '株洲市', ''], type: 'STRING', nullable: true },
			{ name: 'year', data: [2022, 2022, null], type: 'INT32', nullable: true },
			{ name: 'pm25', data: [29, 0.1 + 0.2, null], type: 'DOUBLE', nullable: true },
			{ name: 'ratio', data: new Float32Array([0.1, 97.6, 1.5]), type: 'FLOAT' },
			{ name: 'revenue', data: [1911059n, 9007199254740993n, 0n], type: 'INT64' },
			{ name: 'primary', data: [true, false, true], type: 'BOOLEAN' }
		]
	});
	return new Uint8Array(buffer);
}

describe('openWorkbook on Parquet', () => {
	it('gives one sheet: column names in row 1, data rows from 2, typed values with clean text', async () => {
		const { workbook, problems } = await openWorkbook('data/facts.parquet', parquetBytes());
		expect(problems).toEqual([]);
		expect(workbook?.format).toBe('parquet');
		expect(workbook?.sheets.map((s) => [s.name, s.rowCount])).toEqual([['facts.parquet', 4]]);
		const rows: Row[] = [];
		workbook?.sheets[0]?.eachRow((row) => void rows.push(row));
		expect(rows.map((row) => row.n)).toEqual([1, 2, 3, 4]);
		expect(rows[0]?.cells.map((cell) => cell?.text)).toEqual([
			'city',
			'year',
			'pm25',
			'ratio',
			'revenue',
			'primary'
		]);
		expect(rows[1]?.cells).toEqual([
			{ text: '衡阳市', value: '衡阳市' },
			{ text: '2022', value: 2022 },
			{ text: '29', value: 29 },
			{ text: '0.1', value: 0.1 },
			{ text: '1911059', value: 1911059 },
			{ text: 'true', value: true }
		]);
		expect(rows[2]?.cells.slice(2, 5)).toEqual([
			{ text: '0.3', value: 0.3 },
			{ text: '97.6', value: 97.6 },
			{ text: '9007199254740993', value: '9007199254740993' }
		]);
		expect(rows[3]?.cells).toEqual([
			null,
			null,
			null,
			{ text: '1.5', value: 1.5 },
			{ text: '0', value: 0 },
			{ text: 'true', value: true }
		]);
	});

	it('refuses a Parquet file that is cut short', async () => {
		const bytes = parquetBytes();
		const { workbook, problems } = await openWorkbook('cut.parquet', bytes.slice(0, bytes.length - 10));
		expect(workbook).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['file_unreadable']);
	});

	it('refuses text named .parquet', async () => {
		const { problems } = await openWorkbook('x.parquet', utf8Bytes('a,b\n'));
		expect(problems.map((p) => p.code)).toEqual(['file_type_mismatch']);
	});
});
