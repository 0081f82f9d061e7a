import { storedColumns, type TableDef } from '../../src/lib/model/index';

/** 'it''s' — a SQL string literal (file paths in COPY and ATTACH cannot be bound parameters). */
export function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

export function sqlIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The normalised CSV read with a fixed dialect and all-VARCHAR columns (nothing is sniffed), every
 * column cast to its contract type.
 */
export function typedCsvSelect(table: TableDef, csvPath: string): string {
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
	return `SELECT ${select} FROM ${reader}`;
}

/** COPY the normalised CSV into Parquet (SNAPPY) with every column cast to its contract type. */
export function copyToParquetSql(args: { table: TableDef; csvPath: string; parquetPath: string }): string {
	const { table, csvPath, parquetPath } = args;
	return `COPY (${typedCsvSelect(table, csvPath)}) TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION snappy)`;
}

/** `CREATE TABLE <schema>.<table> (<column> <type>, …)`: the contract's stored columns and types. */
export function createTableSql(table: TableDef, schema: string): string {
	const columns = storedColumns(table)
		.map((column) => `${sqlIdentifier(column.name)} ${column.duckDbType}`)
		.join(', ');
	return `CREATE TABLE ${sqlIdentifier(schema)}.${sqlIdentifier(table.name)} (${columns})`;
}
