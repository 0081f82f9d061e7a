import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../test/fixtures/data/load-fixture';
import { buildData } from './build-data';
import { readParquetRows } from './data-build/parquet-check';
import { copyToParquetSql } from './data-build/write-outputs';
import { TABLES, parseCsv, type Catalog } from '../src/lib/model/index';

const VALID = path.join(FIXTURES_DIR, 'valid');
const temporary: string[] = [];

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'mingjing-data-'));
	temporary.push(dir);
	return dir;
}

/** A copy of the valid fixture set that a test may change. */
async function validCopy(): Promise<string> {
	const dir = path.join(await tempDir(), 'data');
	await cp(VALID, dir, { recursive: true });
	return dir;
}

afterEach(async () => {
	await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('buildData', () => {
	it('writes Parquet that hyparquet reads back with the same row counts', async () => {
		const outputDir = await tempDir();
		const now = new Date('2024-01-02T03:04:05Z');
		const result = await buildData({ inputDir: VALID, outputDir, now });
		expect(result.problems).toEqual([]);
		const catalog = result.catalog;
		expect(catalog?.generated_at).toBe('2024-01-02T03:04:05.000Z');
		expect(catalog?.tables.map((table) => [table.name, table.row_count])).toEqual([
			['sources', 2],
			['regions', 3],
			['departments', 2],
			['spending', 6],
			['projects', 1],
			['indicators', 2],
			['environment', 2],
			['staffing', 2],
			['activities', 2],
			['regional_finance', 1]
		]);
		for (const table of catalog?.tables ?? []) {
			const rows = await readParquetRows(path.join(outputDir, `${table.name}.parquet`));
			expect(rows).toHaveLength(table.row_count);
			expect(Object.keys(rows[0] ?? {})).toEqual(table.columns.map((column) => column.name));
		}
	});

	it('casts each column to its contract type and keeps the decimals as written', async () => {
		const outputDir = await tempDir();
		await buildData({ inputDir: VALID, outputDir });
		const spending = await readParquetRows(path.join(outputDir, 'spending.parquet'));
		expect(spending[5]).toMatchObject({
			fiscal_year: 2022,
			amount: 50,
			amount_decimals: 2,
			share_pct_stated: null,
			share_pct_stated_decimals: null,
			formula: null,
			is_primary: true
		});
		const projects = await readParquetRows(path.join(outputDir, 'projects.parquet'));
		expect(projects[0]?.['goal_zh']).toBe('保障排污权交易中心正常运转\n全年完成排污权交易50宗');
	});

	it('writes a normalised CSV with numbers exactly as published', async () => {
		const outputDir = await tempDir();
		await buildData({ inputDir: VALID, outputDir });
		const text = await readFile(path.join(outputDir, 'spending.csv'), 'utf8');
		const [header, , , , , , last] = parseCsv(text).records;
		expect(header?.fields.slice(11, 17)).toEqual([
			'amount',
			'amount_decimals',
			'amount_wan',
			'unit',
			'share_pct_stated',
			'share_pct_stated_decimals'
		]);
		expect(last?.fields.slice(11, 14)).toEqual(['50.00', '2', '50']);
		const departments = await readFile(path.join(outputDir, 'departments.csv'), 'utf8');
		expect(departments).toContain('"Hengyang, Hunan"');
	});

	it('adds the amount in 万元 next to an amount published in 元 or 亿元, keeping the stated one', async () => {
		const inputDir = await validCopy();
		const file = path.join(inputDir, 'spending.csv');
		const text = await readFile(file, 'utf8');
		await writeFile(file, text.replace(',50.00,万元,', ',500000.00,元,'));
		const outputDir = await tempDir();
		expect((await buildData({ inputDir, outputDir })).problems).toEqual([]);
		const spending = await readParquetRows(path.join(outputDir, 'spending.parquet'));
		expect(spending[5]).toMatchObject({ amount: 500000, amount_decimals: 2, amount_wan: 50, unit: '元' });
		const csv = parseCsv(await readFile(path.join(outputDir, 'spending.csv'), 'utf8')).records;
		expect(csv[6]?.fields.slice(11, 15)).toEqual(['500000.00', '2', '50', '元']);
	});

	it('writes catalog.json with load formats, source ids and the sources', async () => {
		const outputDir = await tempDir();
		await buildData({ inputDir: VALID, outputDir });
		const text = await readFile(path.join(outputDir, 'catalog.json'), 'utf8');
		const catalog = JSON.parse(text) as Catalog;
		const byName = new Map(catalog.tables.map((table) => [table.name, table]));
		expect(byName.get('sources')).toMatchObject({
			format: 'csv',
			files: { csv: 'data/sources.csv' }
		});
		expect(byName.get('spending')).toMatchObject({
			format: 'parquet',
			files: { parquet: 'data/spending.parquet', csv: 'data/spending.csv' },
			source_ids: ['hy_eeb_2022_self_assessment']
		});
		expect(catalog.sources).toHaveLength(2);
		expect(catalog.sources[1]).toMatchObject({
			source_id: 'hy_yearbook_2022',
			department_id: null
		});
	});

	it('writes an empty table (header only) as a readable zero-row Parquet file', async () => {
		const inputDir = await validCopy();
		await writeFile(
			path.join(inputDir, 'activities.csv'),
			(await readFile(path.join(VALID, 'activities.csv'), 'utf8')).split('\n')[0] + '\n'
		);
		const outputDir = await tempDir();
		const result = await buildData({ inputDir, outputDir });
		expect(result.ok).toBe(true);
		expect(await readParquetRows(path.join(outputDir, 'activities.parquet'))).toEqual([]);
	});

	it('writes nothing when there is a problem, and reports unknown and non-UTF-8 files', async () => {
		const inputDir = await validCopy();
		await writeFile(path.join(inputDir, 'notes.csv'), 'a,b\n');
		await writeFile(path.join(inputDir, 'staffing.csv'), new Uint8Array([0xb1, 0xe0, 0xd6, 0xc6, 0x0a]));
		const outputDir = path.join(await tempDir(), 'out');
		const result = await buildData({ inputDir, outputDir });
		expect(result.ok).toBe(false);
		expect(result.catalog).toBeNull();
		expect(result.problems.map((problem) => [path.basename(problem.file), problem.code])).toEqual([
			['notes.csv', 'file_unknown'],
			['staffing.csv', 'file_not_utf8']
		]);
		await expect(readdir(outputDir)).rejects.toThrow();
	});
});

describe('copyToParquetSql', () => {
	it('casts every stored column explicitly and writes SNAPPY', () => {
		const sql = copyToParquetSql({
			table: TABLES.staffing,
			csvPath: "/tmp/it's/staffing.csv",
			parquetPath: '/tmp/staffing.parquet'
		});
		expect(sql).toContain('CAST("value" AS DOUBLE) AS "value"');
		expect(sql).toContain('CAST("value_decimals" AS INTEGER) AS "value_decimals"');
		expect(sql).toContain("read_csv('/tmp/it''s/staffing.csv'");
		expect(sql).toContain("TO '/tmp/staffing.parquet' (FORMAT parquet, COMPRESSION snappy)");
	});
});
