import { TABLE_NAMES, type TableName } from './names';
import type { SourceRow } from './rows';
import { csvOutputFile, parquetGlob } from './layout';
import { storedColumns, type DuckDbType } from './stored';
import { TABLES } from './tables';

/** catalog.json: what the site loads, described for the browser and for readers. */
export interface CatalogColumn {
	readonly name: string;
	readonly type: DuckDbType;
	readonly nullable: boolean;
	readonly description_zh: string;
	readonly description_en: string;
	/** Fixed unit of every value (`%`, `分`), or null. */
	readonly unit: string | null;
	/** Column of the same row holding the unit, or null. */
	readonly unit_column: string | null;
	/** Allowed values of an enum column, or null. */
	readonly values: readonly string[] | null;
}

/**
 * One file set of a table: the whole table, or one hive partition of it. Paths are relative to
 * the site root. The browser ATTACHes `duckdb` read-only (DuckDB's own columnar storage: no row
 * objects in JS, nothing to parse); native DuckDB and downloads use `parquet`.
 */
export interface CatalogPartition {
	/** Partition column values (`{ department_id: 'hengyang_eco' }`); `{}` for a one-file table. */
	readonly values: Readonly<Record<string, string | number>>;
	readonly row_count: number;
	/**
	 * `data/<table>.duckdb`, or the bin holding this partition, `data/<table>/bin_000.duckdb`: several
	 * small partitions share one file (see BIN_MAX_ROWS); `tableFiles` lists each file once.
	 */
	readonly duckdb: string;
	/** Bytes of the `duckdb` file (the whole bin's, repeated on each partition it holds). */
	readonly duckdb_bytes: number;
	/** `data/<table>.parquet`, or `data/<table>/<col>=<value>/data_0.parquet`. */
	readonly parquet: string;
	readonly parquet_bytes: number;
}

export interface CatalogTable {
	readonly name: TableName;
	readonly description_zh: string;
	readonly description_en: string;
	readonly row_count: number;
	/**
	 * Paths relative to the site root. `parquet` is the file, or for a partitioned table the glob
	 * native DuckDB reads with hive_partitioning; `csv` is null when the table is too big to ship
	 * its rows a second time (see docs/data-model.md).
	 */
	readonly files: { readonly parquet: string; readonly csv: string | null };
	/** Preferred load path in the browser. */
	readonly format: 'duckdb' | 'csv';
	/** Hive partition columns in path order; [] for a table kept in one file. */
	readonly partition_by: readonly string[];
	/** Every file set of the table (exactly one when partition_by is empty). */
	readonly partitions: readonly CatalogPartition[];
	/** Bytes of the table's distinct DuckDB files: what loading the whole table in the browser fetches. */
	readonly bytes: number;
	readonly primary_key: readonly string[];
	readonly columns: readonly CatalogColumn[];
	/** Distinct source_id values the table's rows cite, sorted. */
	readonly source_ids: readonly string[];
}

export interface Catalog {
	readonly generated_at: string;
	readonly tables: readonly CatalogTable[];
	readonly sources: readonly SourceRow[];
}

export function catalogColumns(name: TableName): CatalogColumn[] {
	return storedColumns(TABLES[name]).map((column) => ({
		name: column.name,
		type: column.duckDbType,
		nullable: column.nullable,
		description_zh: column.zh,
		description_en: column.en,
		unit: column.unit,
		unit_column: column.unitColumn,
		values: column.values
	}));
}

/** What the build wrote for one table, paths relative to the data folder. */
export interface BuiltTable {
	readonly name: TableName;
	readonly rowCount: number;
	/** Distinct source_id values of the rows. */
	readonly sourceIds: readonly string[];
	/** Partitions with paths relative to the data folder (`spending/bin_000.duckdb`, `spending/department_id=x/data_0.parquet`). */
	readonly partitions: readonly CatalogPartition[];
	/** Whether `<table>.csv` was written. */
	readonly csv: boolean;
}

function withPrefix(partition: CatalogPartition, dataPath: string): CatalogPartition {
	return {
		...partition,
		duckdb: `${dataPath}/${partition.duckdb}`,
		parquet: `${dataPath}/${partition.parquet}`
	};
}

function catalogTable(built: BuiltTable, dataPath: string): CatalogTable {
	const definition = TABLES[built.name];
	const partitioned = definition.partitionBy.length > 0;
	const partitions = built.partitions.map((partition) => withPrefix(partition, dataPath));
	return {
		name: built.name,
		description_zh: definition.zh,
		description_en: definition.en,
		row_count: built.rowCount,
		files: {
			parquet: `${dataPath}/${parquetGlob(built.name, partitioned)}`,
			csv: built.csv ? `${dataPath}/${csvOutputFile(built.name)}` : null
		},
		format: 'duckdb',
		partition_by: definition.partitionBy,
		partitions,
		bytes: tableFiles(partitions).reduce((sum, file) => sum + file.bytes, 0),
		primary_key: definition.primaryKey,
		columns: catalogColumns(built.name),
		source_ids: [...built.sourceIds].sort()
	};
}

/** Build catalog.json from what the build wrote. `dataPath` is the files' folder under the site root. */
export function buildCatalog(args: {
	tables: readonly BuiltTable[];
	sources: readonly SourceRow[];
	generatedAt: string;
	dataPath?: string;
}): Catalog {
	const dataPath = args.dataPath ?? 'data';
	const byName = new Map(args.tables.map((table) => [table.name, table]));
	const tables = TABLE_NAMES.flatMap((name) => {
		const built = byName.get(name);
		return built === undefined ? [] : [catalogTable(built, dataPath)];
	});
	return { generated_at: args.generatedAt, tables, sources: args.sources };
}

/** One DuckDB file of a table, and the partitions (indexes into `partitions`) it holds. */
export interface CatalogFile {
	readonly duckdb: string;
	readonly bytes: number;
	/** Rows of every partition in the file. */
	readonly rows: number;
	readonly partitions: readonly number[];
}

/**
 * The distinct DuckDB files of these partitions, in order of first appearance (a file's position
 * is its stable index): what the browser and the prerender ATTACH, each file once.
 */
export function tableFiles(partitions: readonly CatalogPartition[]): CatalogFile[] {
	const files = new Map<string, { duckdb: string; bytes: number; rows: number; partitions: number[] }>();
	for (const [index, partition] of partitions.entries()) {
		const file = files.get(partition.duckdb);
		if (file === undefined) {
			files.set(partition.duckdb, {
				duckdb: partition.duckdb,
				bytes: partition.duckdb_bytes,
				rows: partition.row_count,
				partitions: [index]
			});
		} else {
			file.rows += partition.row_count;
			file.partitions.push(index);
		}
	}
	return [...files.values()];
}
