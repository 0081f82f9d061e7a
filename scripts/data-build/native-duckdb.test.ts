// The built files open unchanged in native DuckDB (@duckdb/node-api), as the README tells analysts:
// the hive-partitioned Parquet and the DuckDB files give exactly the rows of data/spending.csv.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFiles, type Catalog } from '../../src/lib/model/index';
import { buildData } from '../build-data';
import { listFiles } from './prune';

let work = '';
let out = '';
let catalog: Catalog | null = null;
let connection: DuckDBConnection;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
	return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

/** Spending's columns as published, from any source of spending rows. */
const PUBLISHED = `department_id, fiscal_year, line_id, stage, source_id, locator, CAST(amount AS DOUBLE) AS amount, unit, is_primary`;

beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'mingjing-native-'));
	out = path.join(work, 'data');
	catalog = (await buildData({ inputDir: 'data', outputDir: out })).catalog;
	connection = await (await DuckDBInstance.create(':memory:')).connect();
}, 120_000);

afterAll(async () => {
	connection.closeSync();
	await rm(work, { recursive: true, force: true });
});

describe('native DuckDB reads the built files', () => {
	it('reads spending/**/*.parquet with hive_partitioning: exactly the rows of data/spending.csv', async () => {
		const parquet = `read_parquet(${quote(`${out}/spending/**/*.parquet`)}, hive_partitioning = true)`;
		const csv = `read_csv('data/spending.csv', header = true, all_varchar = false)`;
		expect(await rows(`SELECT count(*)::INTEGER AS n FROM ${parquet}`)).toEqual([{ n: 133 }]);
		for (const [a, b] of [
			[parquet, csv],
			[csv, parquet]
		]) {
			const missing = await rows(`SELECT ${PUBLISHED} FROM ${a} EXCEPT SELECT ${PUBLISHED} FROM ${b}`);
			expect(missing).toEqual([]);
		}
		const figure = await rows(
			`SELECT amount, amount_decimals, unit, typeof(department_id) AS type FROM ${parquet} ` +
				`WHERE department_id = 'hengyang_eeb' AND fiscal_year = 2022 AND line_id = 'total' AND stage = 'final'`
		);
		expect(figure).toEqual([{ amount: 3855.37, amount_decimals: 2, unit: '万元', type: 'VARCHAR' }]);
		const departments = await rows(
			`SELECT department_id, count(*)::INTEGER AS n FROM ${parquet} GROUP BY 1 ORDER BY 1`
		);
		expect(departments).toEqual([
			{ department_id: 'hengyang_eeb', n: 102 },
			{ department_id: 'honghe_eeb', n: 10 },
			{ department_id: 'jinan_eeb', n: 9 },
			{ department_id: 'muchuan_eeb', n: 4 },
			{ department_id: 'qingyuan_eeb', n: 8 }
		]);
	});

	it('keeps a region_id that names a folder as VARCHAR with the rows of its folder', async () => {
		const parquet = `read_parquet(${quote(`${out}/environment/**/*.parquet`)}, hive_partitioning = true, filename = true)`;
		const mismatched = await rows(
			`SELECT region_id, filename FROM ${parquet} WHERE filename NOT LIKE '%/region_id=' || region_id || '/data_0.parquet'`
		);
		expect(mismatched).toEqual([]);
		expect(await rows(`SELECT DISTINCT typeof(region_id) AS type FROM ${parquet}`)).toEqual([
			{ type: 'VARCHAR' }
		]);
		expect(await rows(`SELECT count(*)::INTEGER AS n FROM ${parquet}`)).toEqual([{ n: 176 }]);
	});

	it('ATTACHes every spending .duckdb file (a bin of five departments): the same rows and figures', async () => {
		const spending = catalog?.tables.find((table) => table.name === 'spending');
		expect(spending?.partitions).toHaveLength(5);
		// 133 rows fit one bin: the five departments' partitions name the same file, listed once.
		const parts = tableFiles(spending?.partitions ?? []);
		expect(parts.map((part) => [part.duckdb, part.rows, part.partitions])).toEqual([
			['data/spending/bin_000.duckdb', 133, [0, 1, 2, 3, 4]]
		]);
		expect(spending?.bytes).toBe(parts[0]?.bytes);
		const selects: string[] = [];
		for (const [i, part] of parts.entries()) {
			const file = path.join(out, part.duckdb.replace(/^data\//, ''));
			await connection.run(`ATTACH ${quote(file)} AS p${i} (READ_ONLY)`);
			selects.push(`SELECT ${PUBLISHED} FROM p${i}.spending`);
		}
		const union = selects.join(' UNION ALL ');
		expect(await rows(`SELECT count(*)::INTEGER AS n FROM (${union})`)).toEqual([{ n: 133 }]);
		const csv = `read_csv('data/spending.csv', header = true)`;
		expect(await rows(`SELECT ${PUBLISHED} FROM ${csv} EXCEPT (${union})`)).toEqual([]);
		const basic = await rows(
			`SELECT amount FROM (${union}) WHERE department_id = 'hengyang_eeb' AND fiscal_year = 2022 ` +
				`AND line_id = 'basic' AND stage = 'final' AND is_primary`
		);
		expect(basic).toEqual([{ amount: 2966.94 }]);
		const types = await rows(
			`SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'p0' ` +
				`AND column_name IN ('fiscal_year', 'amount', 'is_primary', 'department_id') ORDER BY column_name`
		);
		expect(types).toEqual([
			{ column_name: 'amount', data_type: 'DOUBLE' },
			{ column_name: 'department_id', data_type: 'VARCHAR' },
			{ column_name: 'fiscal_year', data_type: 'INTEGER' },
			{ column_name: 'is_primary', data_type: 'BOOLEAN' }
		]);
		for (const i of parts.keys()) await connection.run(`DETACH p${i}`);
	});

	it('a one-file and a partitioned table list exactly the files on disk', async () => {
		const files = await listFiles(out);
		for (const name of ['sources', 'spending'] as const) {
			const table = catalog?.tables.find((candidate) => candidate.name === name);
			const named = new Set((table?.partitions ?? []).flatMap((part) => [part.duckdb, part.parquet]));
			if (table?.files.csv) named.add(table.files.csv);
			const onDisk = files.filter(
				(file) => file === `${name}.csv` || file.startsWith(`${name}.`) || file.startsWith(`${name}/`)
			);
			expect(onDisk).toEqual([...named].map((file) => file.replace(/^data\//, '')).sort());
		}
		expect(files.filter((file) => file.startsWith('sources'))).toEqual([
			'sources.csv',
			'sources.duckdb',
			'sources.parquet'
		]);
		// Five departments' Parquet files and one bin.
		expect(files.filter((file) => file.startsWith('spending/'))).toHaveLength(6);
	});
});
