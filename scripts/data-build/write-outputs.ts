// The built files of one table from its staged normalised CSV: `<table>.duckdb` + `<table>.parquet`
// for a one-file table, `<table>/<col>=<value>/data.duckdb` + `data_0.parquet` per partition, and
// `<table>.csv` when the table is small enough to ship its rows a second time.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
	DUCKDB_STORAGE_VERSION,
	PARTITION_VALUE,
	SMALL_BLOCK_MAX_ROWS,
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

function whereSql(values: PartitionValues): string {
	if (values.length === 0) return '';
	const clauses = values.map(([column, value]) => `${sqlIdentifier(column)} = ${sqlString(value)}`);
	return `WHERE ${clauses.join(' AND ')}`;
}

async function writeDuckdbFile(
	connection: DuckDBConnection,
	target: { table: TableDef; file: string; where: string; rows: number }
): Promise<void> {
	const { table, file, where, rows } = target;
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

async function writePartition(
	connection: DuckDBConnection,
	part: { table: TableDef; outputDir: string; values: PartitionValues; rows: number }
): Promise<CatalogPartition> {
	const { table, outputDir, values, rows } = part;
	const files = partitionFiles(table.name, values, table.partitionBy.length > 0);
	const where = whereSql(values);
	const duckdb = path.join(outputDir, files.duckdb);
	const parquet = path.join(outputDir, files.parquet);
	await mkdir(path.dirname(duckdb), { recursive: true });
	await writeDuckdbFile(connection, { table, file: duckdb, where, rows });
	await connection.run(
		`COPY (SELECT * FROM ${STAGE} ${where}) TO ${sqlString(parquet)} ` +
			`(FORMAT parquet, COMPRESSION snappy)`
	);
	return {
		values: Object.fromEntries(values),
		row_count: rows,
		duckdb: files.duckdb,
		duckdb_bytes: (await stat(duckdb)).size,
		parquet: files.parquet,
		parquet_bytes: (await stat(parquet)).size
	};
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
	for (const { values, rows } of await partitionValues(connection, staged)) {
		partitions.push(await writePartition(connection, { table, outputDir: options.outputDir, values, rows }));
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
