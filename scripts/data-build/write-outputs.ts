// The built files of one table from its staged normalised CSV: `<table>.duckdb` + `<table>.parquet`
// for a one-file table; for a partitioned one `<table>/<col>=<value>/data_0.parquet` per partition
// (hive-style, for native DuckDB) and `<table>/bin_NNN.duckdb` per bin of partitions (for the
// browser, see BIN_MAX_ROWS); and `<table>.csv` when the table is small enough to ship its rows a
// second time.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
	DUCKDB_STORAGE_VERSION,
	PARTITION_VALUE,
	SMALL_BLOCK_MAX_ROWS,
	binFile,
	binPartitions,
	csvOutputFile,
	partitionFiles,
	shipsCsv,
	type BuiltTable,
	type CatalogPartition,
	type TableDef
} from '../../src/lib/model/index';
import { createTableSql, sqlIdentifier, sqlString, typedCsvSelect } from './sql';

/** A table validated and written to a normalised CSV (stored columns, file order). */
export interface StagedTable {
	readonly table: TableDef;
	readonly csvPath: string;
	readonly rows: number;
	readonly sourceIds: readonly string[];
}

export interface WriteOptions {
	readonly outputDir: string;
	/**
	 * Folder for DuckDB's own working database: the staged rows are sorted into a table there,
	 * on disk within a memory limit, rather than held in memory. Default: in memory.
	 */
	readonly workDir?: string;
	/** Ship every table's CSV, however big (`npm run data -- --csv`). */
	readonly csv?: boolean;
}

const STAGE = 'stage';
/** DuckDB's memory limit while writing: it spills a sort beyond it to disk (the build's target is 1.5 GB in all). */
const WORK_MEMORY = '600MB';

type PartitionValues = readonly (readonly [string, string])[];

/**
 * Partitions with their row counts (one query): the distinct values of the partition column, or
 * one set for a one-file or empty table. A value that cannot name a folder stops the build.
 */
async function partitionValues(
	connection: DuckDBConnection,
	staged: StagedTable
): Promise<{ values: PartitionValues; rows: number }[]> {
	const { table } = staged;
	const [column] = table.partitionBy;
	if (column === undefined) return [{ values: [], rows: staged.rows }];
	const name = sqlIdentifier(column);
	const reader = await connection.runAndReadAll(
		`SELECT CAST(${name} AS VARCHAR), count(*) FROM ${STAGE} GROUP BY ${name} ORDER BY 1`
	);
	const rows = reader.getRows();
	if (rows.length === 0) return [{ values: [], rows: 0 }];
	return rows.map(([value, count]) => {
		const text = String(value);
		if (!PARTITION_VALUE.test(text)) {
			throw new Error(
				`${table.name}.${column} = ${JSON.stringify(text)}: 分区值必须是小写字母、数字与下划线 / ` +
					`a partition value must be lower-case letters, digits and underscores (fix the ${column} column)`
			);
		}
		return { values: [[column, text] as const], rows: Number(count) };
	});
}

/** The rows of these partitions (all of them for a one-file table). */
function whereSql(parts: readonly { values: PartitionValues }[]): string {
	const pairs = parts.flatMap((part) => part.values);
	const [first] = pairs;
	if (first === undefined) return '';
	const list = pairs.map(([, value]) => sqlString(value)).join(', ');
	return `WHERE ${sqlIdentifier(first[0])} IN (${list})`;
}

async function writeDuckdbFile(
	connection: DuckDBConnection,
	target: { table: TableDef; file: string; where: string; rows: number }
): Promise<void> {
	const { table, file, where, rows } = target;
	await mkdir(path.dirname(file), { recursive: true });
	await rm(file, { force: true });
	await rm(`${file}.wal`, { force: true });
	const blocks = rows < SMALL_BLOCK_MAX_ROWS ? ', BLOCK_SIZE 16384' : '';
	await connection.run(
		`ATTACH ${sqlString(file)} AS out (STORAGE_VERSION ${sqlString(DUCKDB_STORAGE_VERSION)}${blocks})`
	);
	try {
		await connection.run(createTableSql(table, 'out'));
		await connection.run(`INSERT INTO out.${sqlIdentifier(table.name)} SELECT * FROM ${STAGE} ${where}`);
	} finally {
		await connection.run('DETACH out');
	}
}

type Part = { values: PartitionValues; rows: number };

/** One bin: its DuckDB file, then each of its partitions' Parquet file. */
async function writeBin(
	connection: DuckDBConnection,
	bin: { table: TableDef; outputDir: string; parts: readonly Part[]; index: number }
): Promise<CatalogPartition[]> {
	const { table, outputDir, parts, index } = bin;
	const partitioned = table.partitionBy.length > 0;
	const binned = partitioned && parts.some((part) => part.values.length > 0);
	const duckdbPath = binned ? binFile(table.name, index) : partitionFiles(table.name, [], partitioned).duckdb;
	const duckdb = path.join(outputDir, duckdbPath);
	const rows = parts.reduce((sum, part) => sum + part.rows, 0);
	await writeDuckdbFile(connection, { table, file: duckdb, where: whereSql(parts), rows });
	const duckdbBytes = (await stat(duckdb)).size;
	const written: CatalogPartition[] = [];
	for (const part of parts) {
		const files = partitionFiles(table.name, part.values, partitioned);
		const parquet = path.join(outputDir, files.parquet);
		await mkdir(path.dirname(parquet), { recursive: true });
		await connection.run(
			`COPY (SELECT * FROM ${STAGE} ${whereSql([part])}) TO ${sqlString(parquet)} ` +
				`(FORMAT parquet, COMPRESSION snappy)`
		);
		written.push({
			values: Object.fromEntries(part.values),
			row_count: part.rows,
			duckdb: duckdbPath,
			duckdb_bytes: duckdbBytes,
			parquet: files.parquet,
			parquet_bytes: (await stat(parquet)).size
		});
	}
	return written;
}

async function writeTable(
	connection: DuckDBConnection,
	staged: StagedTable,
	options: WriteOptions
): Promise<BuiltTable> {
	const { table } = staged;
	// Rows stay in the order of the data file (DuckDB preserves insertion order through read_csv,
	// CREATE TABLE … AS, INSERT … SELECT and COPY): `rowid` is then the transcription order, which
	// the audit uses to list a sum's parts in the order the report prints them.
	await connection.run(`CREATE OR REPLACE TABLE ${STAGE} AS ${typedCsvSelect(table, staged.csvPath)}`);
	const partitions: CatalogPartition[] = [];
	const bins = binPartitions(await partitionValues(connection, staged));
	for (const [index, parts] of bins.entries()) {
		partitions.push(...(await writeBin(connection, { table, outputDir: options.outputDir, parts, index })));
	}
	await connection.run(`DROP TABLE ${STAGE}`);
	const csv = shipsCsv(staged.rows, options);
	if (csv) await moveFile(staged.csvPath, path.join(options.outputDir, csvOutputFile(table.name)));
	return { name: table.name, rowCount: staged.rows, sourceIds: staged.sourceIds, partitions, csv };
}

/** Rename, or copy when the staging folder is on another file system. */
async function moveFile(from: string, to: string): Promise<void> {
	try {
		await rename(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		await copyFile(from, to);
		await rm(from, { force: true });
	}
}

/** Write every staged table's files into `outputDir` (one DuckDB, files written one by one). */
export async function writeTables(
	staged: readonly StagedTable[],
	options: WriteOptions
): Promise<BuiltTable[]> {
	await mkdir(options.outputDir, { recursive: true });
	const work = options.workDir === undefined ? ':memory:' : path.join(options.workDir, 'work.duckdb');
	const instance = await DuckDBInstance.create(work, { memory_limit: WORK_MEMORY });
	const connection = await instance.connect();
	const built: BuiltTable[] = [];
	try {
		for (const table of staged) built.push(await writeTable(connection, table, options));
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return built;
}
