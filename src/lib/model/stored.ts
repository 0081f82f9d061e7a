import Papa from 'papaparse';
import type { TableName } from './names';
import type { ParsedRow, ValidTable } from './validate';
import type { CellValue, RowByTable, StoredRowByTable } from './rows';
import type { ColumnType, TableDef } from './schema';

/** The types DuckDB (and the Parquet files) use for the contract types. */
export type DuckDbType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export const DUCKDB_TYPES: { readonly [T in ColumnType]: DuckDbType } = {
	text: 'VARCHAR',
	int: 'INTEGER',
	decimal: 'DOUBLE',
	bool: 'BOOLEAN'
};

/** A column of a table as the data build writes it: contract columns plus `<decimal>_decimals`. */
export interface StoredColumn {
	readonly name: string;
	readonly type: ColumnType;
	readonly duckDbType: DuckDbType;
	readonly nullable: boolean;
	readonly zh: string;
	readonly en: string;
	readonly unit: string | null;
	readonly unitColumn: string | null;
	readonly values: readonly string[] | null;
	/** For `<column>_decimals`: the decimal column it describes. */
	readonly decimalsOf: string | null;
}

export function decimalsColumnName(column: string): string {
	return `${column}_decimals`;
}

/** Contract columns in order, each decimal column followed by its `_decimals` column. */
export function storedColumns(table: TableDef): StoredColumn[] {
	return table.columns.flatMap((column) => {
		const stored: StoredColumn = {
			name: column.name,
			type: column.type,
			duckDbType: DUCKDB_TYPES[column.type],
			nullable: column.nullable === true,
			zh: column.zh,
			en: column.en,
			unit: column.unit ?? null,
			unitColumn: column.unitColumn ?? null,
			values: column.values ?? null,
			decimalsOf: null
		};
		if (column.type !== 'decimal') return [stored];
		const decimals: StoredColumn = {
			...stored,
			name: decimalsColumnName(column.name),
			type: 'int',
			duckDbType: 'INTEGER',
			zh: `${column.name} 的小数位数（按原文）`,
			en: `Decimals of ${column.name} as written in the source`,
			unit: null,
			unitColumn: null,
			decimalsOf: column.name
		};
		return [stored, decimals];
	});
}

/** One row in stored column order, `_decimals` filled from the digits as written. */
export function storedRow(table: TableDef, row: ParsedRow): Record<string, CellValue> {
	const stored: Record<string, CellValue> = {};
	for (const column of storedColumns(table)) {
		stored[column.name] =
			column.decimalsOf === null
				? (row.values[column.name] ?? null)
				: (row.decimals[column.decimalsOf] ?? null);
	}
	return stored;
}

/**
 * Validated rows with their contract types. The cast is sound because every cell went through
 * `parseCell` against the same table definition the types are derived from.
 */
export function typedRows<N extends TableName>(name: N, table: ValidTable): RowByTable[N][] {
	if (table.table.name !== name) throw new Error(`expected table ${name}, got ${table.table.name}`);
	return table.rows.map((row) => row.values as unknown as RowByTable[N]);
}

export function typedStoredRows<N extends TableName>(name: N, table: ValidTable): StoredRowByTable[N][] {
	if (table.table.name !== name) throw new Error(`expected table ${name}, got ${table.table.name}`);
	return table.rows.map((row) => storedRow(table.table, row) as unknown as StoredRowByTable[N]);
}

/** A cell of the normalised CSV: numbers exactly as published (`50.00`), null as empty. */
function csvCell(column: StoredColumn, row: ParsedRow): string {
	if (column.decimalsOf !== null) return String(row.decimals[column.decimalsOf] ?? '');
	const value = row.values[column.name] ?? null;
	if (value === null) return '';
	if (column.type === 'decimal') return (row.raw[column.name] ?? String(value)).replace(/^\+/, '');
	return String(value);
}

/** The normalised CSV of a table: UTF-8 text, LF line ends, RFC 4180 quoting, stored columns. */
export function toNormalisedCsv(table: TableDef, rows: readonly ParsedRow[]): string {
	const columns = storedColumns(table);
	const data = rows.map((row) => columns.map((column) => csvCell(column, row)));
	const fields = columns.map((column) => column.name);
	return `${Papa.unparse({ fields, data }, { newline: '\n', quotes: false, escapeFormulae: false })}\n`;
}
