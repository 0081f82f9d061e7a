import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../test/fixtures/data/load-fixture';
import { buildData } from './build-data';
import { readParquetRows } from './data-build/parquet-check';
import { listFiles } from './data-build/prune';
import { copyToParquetSql } from './data-build/sql';
import { TABLES, parseCsv, type Catalog, type CatalogTable } from '../src/lib/model/index';

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

/** Every row of a built table, partition after partition, as hyparquet reads them. */
async function builtRows(outputDir: string, table: CatalogTable | undefined): Promise<Record<string, unknown>[]> {
	const rows: Record<string, unknown>[] = [];
	for (const partition of table?.partitions ?? []) {
		rows.push(...(await readParquetRows(path.join(outputDir, partition.parquet.replace(/^data\//, '')))));
	}
	return rows;
}

function tableOf(catalog: Catalog | null, name: string): CatalogTable | undefined {
	return catalog?.tables.find((table) => table.name === name);
}

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
			const rows = await builtRows(outputDir, table);
			expect(rows).toHaveLength(table.row_count);
			expect(Object.keys(rows[0] ?? {})).toEqual(table.columns.map((column) => column.name));
		}
	});

	it('casts each column to its contract type and keeps the decimals as written', async () => {
		const outputDir = await tempDir();
		const { catalog } = await buildData({ inputDir: VALID, outputDir });
		const spending = await builtRows(outputDir, tableOf(catalog, 'spending'));
		expect(spending.find((row) => row['line_id'] === 'project_business_emission_trading')).toMatchObject({
			fiscal_year: 2022,
			amount: 50,
			amount_decimals: 2,
			share_pct_stated: null,
			share_pct_stated_decimals: null,
			formula: null,
			is_primary: true
		});
		const projects = await builtRows(outputDir, tableOf(catalog, 'projects'));
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
		const { problems, catalog } = await buildData({ inputDir, outputDir });
		expect(problems).toEqual([]);
		const spending = await builtRows(outputDir, tableOf(catalog, 'spending'));
		expect(spending.find((row) => row['line_id'] === 'project_business_emission_trading')).toMatchObject({
			amount: 500000,
			amount_decimals: 2,
			amount_wan: 50,
			unit: '元'
		});
		const csv = parseCsv(await readFile(path.join(outputDir, 'spending.csv'), 'utf8')).records;
		expect(csv[6]?.fields.slice(11, 15)).toEqual(['500000.00', '2', '50', '元']);
	});

	it('writes catalog.json with files, partitions, source ids and the sources', async () => {
		const outputDir = await tempDir();
		await buildData({ inputDir: VALID, outputDir });
		const text = await readFile(path.join(outputDir, 'catalog.json'), 'utf8');
		const catalog = JSON.parse(text) as Catalog;
		const byName = new Map(catalog.tables.map((table) => [table.name, table]));
		const size = (file: string) => stat(path.join(outputDir, file.replace(/^data\//, ''))).then((s) => s.size);
		expect(byName.get('sources')).toMatchObject({
			format: 'duckdb',
			files: { parquet: 'data/sources.parquet', csv: 'data/sources.csv' },
			partition_by: [],
			partitions: [
				{ values: {}, row_count: 2, duckdb: 'data/sources.duckdb', parquet: 'data/sources.parquet' }
			]
		});
		const spending = byName.get('spending');
		expect(spending).toMatchObject({
			format: 'duckdb',
			files: { parquet: 'data/spending/**/*.parquet', csv: 'data/spending.csv' },
			partition_by: ['department_id'],
			partitions: [
				{
					values: { department_id: 'hengyang_eeb' },
					row_count: 6,
					duckdb: 'data/spending/bin_000.duckdb',
					parquet: 'data/spending/department_id=hengyang_eeb/data_0.parquet'
				}
			],
			source_ids: ['hy_eeb_2022_self_assessment']
		});
		const [partition] = spending?.partitions ?? [];
		expect(partition?.duckdb_bytes).toBe(await size(partition?.duckdb ?? ''));
		expect(partition?.parquet_bytes).toBe(await size(partition?.parquet ?? ''));
		expect(spending?.bytes).toBe(partition?.duckdb_bytes);
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
		const activities = tableOf(result.catalog, 'activities');
		expect(activities).toMatchObject({
			row_count: 0,
			files: { parquet: 'data/activities/**/*.parquet', csv: 'data/activities.csv' },
			partitions: [
				{
					values: {},
					row_count: 0,
					duckdb: 'data/activities/data.duckdb',
					parquet: 'data/activities/data_0.parquet'
				}
			]
		});
		expect(await builtRows(outputDir, activities)).toEqual([]);
	});

	it('removes what a previous build left: an old partition, a CSV no longer written, old files', async () => {
		const outputDir = await tempDir();
		const stale = ['spending.parquet', 'spending/department_id=gone_eeb/data.duckdb', 'notes.txt'];
		for (const file of stale) {
			await mkdir(path.dirname(path.join(outputDir, file)), { recursive: true });
			await writeFile(path.join(outputDir, file), 'old');
		}
		const { catalog } = await buildData({ inputDir: VALID, outputDir });
		const named = new Set(['catalog.json']);
		for (const table of catalog?.tables ?? []) {
			if (table.files.csv !== null) named.add(table.files.csv);
			for (const partition of table.partitions) named.add(partition.duckdb).add(partition.parquet);
		}
		const onDisk = await listFiles(outputDir);
		expect(onDisk).toEqual([...named].map((file) => file.replace(/^data\//, '')).sort());
		expect(onDisk).toContain('spending/bin_000.duckdb');
		expect(await readdir(path.join(outputDir, 'spending'))).toEqual(['bin_000.duckdb', 'department_id=hengyang_eeb']);
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
