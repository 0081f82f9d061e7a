// Where `npm run data` puts each table's files under the data folder (docs/data-model.md, "Built
// files"). Shared by the build (which writes them) and the catalog (which names them).
import type { TableName } from './names';

/**
 * A table with at most this many rows is also shipped as a normalised CSV; a bigger one only as
 * DuckDB and Parquet files (its CSV is made in the browser on demand), unless the build is run
 * with `--csv`.
 */
export const CSV_MAX_ROWS = 100_000;

/**
 * A DuckDB file with fewer rows than this is written with 16 KB blocks (a 1000-row table: 110 KB
 * instead of 536 KB with the default 256 KB blocks); bigger files keep the default block size.
 */
export const SMALL_BLOCK_MAX_ROWS = 50_000;

/** The DuckDB storage version the browser's DuckDB-wasm 1.32 (DuckDB 1.4.3) can ATTACH. */
export const DUCKDB_STORAGE_VERSION = 'v1.4.0';

/** A partition value names a folder, so it must be an id. */
export const PARTITION_VALUE = /^[a-z0-9_]+$/;

/** Files of one partition (or of the whole table), relative to the data folder. */
export interface PartitionFiles {
	readonly duckdb: string;
	readonly parquet: string;
}

/** `spending/department_id=hengyang_eeb`; '' for a one-file table. */
export function partitionDir(values: readonly (readonly [string, string])[]): string {
	return values.map(([column, value]) => `${column}=${value}`).join('/');
}

/**
 * Files of a table's partition. A partitioned table with no rows at all gets one empty file set
 * with no values, `<table>/data.duckdb` and `<table>/data_0.parquet`, so the table still exists
 * when loaded and its Parquet glob still matches a file (with the table's columns).
 */
export function partitionFiles(
	table: TableName,
	values: readonly (readonly [string, string])[],
	partitioned = values.length > 0
): PartitionFiles {
	if (!partitioned) return { duckdb: `${table}.duckdb`, parquet: `${table}.parquet` };
	const dir = values.length === 0 ? table : `${table}/${partitionDir(values)}`;
	return { duckdb: `${dir}/data.duckdb`, parquet: `${dir}/data_0.parquet` };
}

/** What native DuckDB reads with hive_partitioning: the file, or the glob of a partitioned table. */
export function parquetGlob(table: TableName, partitioned: boolean): string {
	return partitioned ? `${table}/**/*.parquet` : `${table}.parquet`;
}

export function csvOutputFile(table: TableName): string {
	return `${table}.csv`;
}

/** Whether a table of `rows` rows gets its normalised CSV written. */
export function shipsCsv(rows: number, options: { readonly csv?: boolean } = {}): boolean {
	return options.csv === true || rows <= CSV_MAX_ROWS;
}
