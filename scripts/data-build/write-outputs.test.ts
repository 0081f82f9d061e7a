// A partition value names a folder: the writer refuses one that is not an id, naming the table,
// the column and the value (validation lets none through: department and region ids are ids).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, normalisedCsvHeader } from '../../src/lib/model/index';
import { writeTables } from './write-outputs';

let work = '';
beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'mingjing-write-'));
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('writeTables', () => {
	it('refuses a partition value that is not an id, with a bilingual message', async () => {
		const table = TABLES.staffing;
		const header = normalisedCsvHeader(table);
		const width = header.split(',').length;
		const row = ['../Hengyang', ...Array.from({ length: width - 1 }, () => '')].join(',');
		const csvPath = path.join(work, 'staffing.csv');
		await writeFile(csvPath, `${header}${row}\n`);
		const staged = [{ table, csvPath, rows: 1, sourceIds: [] }];
		await expect(writeTables(staged, { outputDir: path.join(work, 'out') })).rejects.toThrow(
			'staffing.department_id = "../Hengyang": 分区值必须是小写字母、数字与下划线 / a partition value must be lower-case letters, digits and underscores (fix the department_id column)'
		);
	});
});
