import { WAN, isMoneyColumn, isMoneyUnit, toWan, wanColumnName } from './money';
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

/**
 * A column of a table as the data build writes it: contract columns, `<decimal>_decimals`, and
 * for money `<decimal>_wan` (the amount converted to 万元).
 */
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
	/** For `<column>_wan`: the money column it converts to 万元. */
	readonly wanOf: string | null;
}

export function decimalsColumnName(column: string): string {
	return `${column}_decimals`;
}

function decimalsColumn(stored: StoredColumn): StoredColumn {
	return {
		...stored,
		name: decimalsColumnName(stored.name),
		type: 'int',
		duckDbType: 'INTEGER',
		zh: `${stored.name} 的小数位数（按原文）`,
		en: `Decimals of ${stored.name} as written in the source`,
		unit: null,
		unitColumn: null,
		decimalsOf: stored.name
	};
}

function wanColumn(stored: StoredColumn): StoredColumn {
	return {
		...stored,
		name: wanColumnName(stored.name),
		zh: `${stored.name} 换算为万元（由所述单位换算，单位为万元时等于原值；引用时仍按原文数字与单位）`,
		en: `${stored.name} converted to 万元 from the stated unit (equals it when the unit is 万元; citations keep the stated figure)`,
		unit: WAN,
		unitColumn: null,
		wanOf: stored.name
	};
}

/**
 * Contract columns in order, each decimal column followed by its `_decimals` column and, when
 * its unit is money, by its `_wan` column.
 */
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
			decimalsOf: null,
			wanOf: null
		};
		if (column.type !== 'decimal') return [stored];
		const decimals = decimalsColumn(stored);
		return isMoneyColumn(table, column) ? [stored, decimals, wanColumn(stored)] : [stored, decimals];
	});
}

/** The value of a money column in 万元, from the value, its unit and its decimals as written. */
function wanValue(table: TableDef, row: ParsedRow, column: StoredColumn): number | null {
	const name = column.wanOf ?? '';
	const value = row.values[name];
	const unitColumn = table.columns.find((candidate) => candidate.name === name)?.unitColumn;
	const unit = unitColumn === undefined ? null : row.values[unitColumn];
	const decimals = row.decimals[name];
	if (typeof value !== 'number' || !isMoneyUnit(unit) || decimals === null || decimals === undefined)
		return null;
	return toWan(value, unit, decimals);
}

function storedCell(table: TableDef, column: StoredColumn, row: ParsedRow): CellValue {
	if (column.decimalsOf !== null) return row.decimals[column.decimalsOf] ?? null;
	if (column.wanOf !== null) return wanValue(table, row, column);
	return row.values[column.name] ?? null;
}

/** One row in stored column order, `_decimals` filled from the digits as written. */
export function storedRow(table: TableDef, row: ParsedRow): Record<string, CellValue> {
	const stored: Record<string, CellValue> = {};
	for (const column of storedColumns(table)) stored[column.name] = storedCell(table, column, row);
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
function csvCell(table: TableDef, column: StoredColumn, row: ParsedRow): string {
	if (column.decimalsOf !== null) return String(row.decimals[column.decimalsOf] ?? '');
	if (column.wanOf !== null) return String(wanValue(table, row, column) ?? '');
	const value = row.values[column.name] ?? null;
	if (value === null) return '';
	if (column.type === 'decimal') return (row.raw[column.name] ?? String(value)).replace(/^\+/, '');
	return String(value);
}

/**
 * One CSV field as PapaParse's unparse writes it with `quotes: false` (the normalised CSV was
 * written with it; the bytes stay the same): quoted when it holds a comma, a quote, a line break
 * or a BOM, or starts or ends with a space; quotes doubled.
 */
export function csvField(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const NEEDS_QUOTES = /[\r\n",\uFEFF]|^ | $/;

/** The normalised CSV of a table: UTF-8 text, LF line ends, RFC 4180 quoting, stored columns. */
export function toNormalisedCsv(table: TableDef, rows: readonly ParsedRow[]): string {
	return normalisedCsvHeader(table) + normalisedCsvLines(table, rows);
}

/** The header line of the normalised CSV, with its line break. */
export function normalisedCsvHeader(table: TableDef): string {
	return `${storedColumns(table)
		.map((column) => csvField(column.name))
		.join(',')}\n`;
}

const STORED = new WeakMap<TableDef, StoredColumn[]>();

/** Rows as lines of the normalised CSV, each with its line break ('' for no rows): appendable. */
export function normalisedCsvLines(table: TableDef, rows: readonly ParsedRow[]): string {
	let columns = STORED.get(table);
	if (columns === undefined) STORED.set(table, (columns = storedColumns(table)));
	let text = '';
	for (const row of rows) {
		let line = '';
		for (let i = 0; i < columns.length; i++) {
			const column = columns[i];
			if (column !== undefined) line += (i === 0 ? '' : ',') + csvField(csvCell(table, column, row));
		}
		text += `${line}\n`;
	}
	return text;
}
