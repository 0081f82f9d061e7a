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

/**
 * The browser's DuckDB files hold at most this many rows, several small partitions (departments)
 * together: a page fetches the file that holds its department, the console a handful of files
 * for a whole table. Measured at 10^6 rows (docs/benchmarks.md, "Bins"): 100 one-department files
 * of 10,000 rows took 4.4 s to fetch, attach and query, 10 files of 100,000 rows far less. The
 * Parquet files stay one per partition, hive-style, for native DuckDB.
 */
export const BIN_MAX_ROWS = 100_000;

/**
 * Consecutive partitions grouped into bins of at most `max` rows; a partition bigger than that
 * keeps a bin of its own. Order is kept, so a bin is a run of partition values in sort order.
 */
export function binPartitions<T extends { readonly rows: number }>(
	parts: readonly T[],
	max = BIN_MAX_ROWS
): T[][] {
	const bins: T[][] = [];
	let current: T[] = [];
	let rows = 0;
	for (const part of parts) {
		if (current.length > 0 && rows + part.rows > max) {
			bins.push(current);
			current = [];
			rows = 0;
		}
		current.push(part);
		rows += part.rows;
	}
	if (current.length > 0) bins.push(current);
	return bins;
}

/** The DuckDB file of a partitioned table's `index`-th bin, relative to the data folder. */
export function binFile(table: TableName, index: number): string {
	return `${table}/bin_${String(index).padStart(3, '0')}.duckdb`;
}

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
 * Files of a table's partition. A partition with values has its Parquet here; its DuckDB rows go
 * to its bin's file (binFile), so `duckdb` is used for a one-file table and for an empty one.
 * A partitioned table with no rows at all gets one empty file set
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
