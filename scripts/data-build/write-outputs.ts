import { DuckDBInstance } from '@duckdb/node-api';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { storedColumns, toNormalisedCsv, type TableDef, type ValidTable } from '../../src/lib/model/index';

/** 'it''s' — a SQL string literal (file paths in COPY cannot be bound parameters). */
function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * COPY the normalised CSV into Parquet with every column cast to its contract type.
 * The CSV is read with a fixed dialect and all-VARCHAR columns, so nothing is sniffed.
 */
export function copyToParquetSql(args: { table: TableDef; csvPath: string; parquetPath: string }): string {
	const { table, csvPath, parquetPath } = args;
	const columns = storedColumns(table);
	const varchar = columns.map((column) => `${sqlString(column.name)}: 'VARCHAR'`).join(', ');
	const select = columns
		.map((column) => {
			const name = sqlIdentifier(column.name);
			return `CAST(${name} AS ${column.duckDbType}) AS ${name}`;
		})
		.join(', ');
	const reader =
		`read_csv(${sqlString(csvPath)}, header = true, delim = ',', quote = '"', escape = '"', ` +
		`auto_detect = false, nullstr = '', columns = {${varchar}})`;
	return (
		`COPY (SELECT ${select} FROM ${reader}) ` +
		`TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION snappy)`
	);
}

export interface WrittenTable {
	readonly table: TableDef;
	readonly csv: string;
	readonly parquet: string;
	readonly rows: number;
}

/** Write `<table>.csv` (normalised) and `<table>.parquet` (SNAPPY) for every table. */
export async function writeTables(tables: readonly ValidTable[], outputDir: string): Promise<WrittenTable[]> {
	await mkdir(outputDir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const written: WrittenTable[] = [];
	try {
		for (const { table, rows } of tables) {
			const csv = path.join(outputDir, `${table.name}.csv`);
			const parquet = path.join(outputDir, `${table.name}.parquet`);
			await writeFile(csv, toNormalisedCsv(table, rows), 'utf8');
			await connection.run(copyToParquetSql({ table, csvPath: csv, parquetPath: parquet }));
			written.push({ table, csv, parquet, rows: rows.length });
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return written;
}
