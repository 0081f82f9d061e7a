import { DataType, type Table } from 'apache-arrow';
import type { CellKind } from '$lib/format/cell';

/**
 * A query result as the console's grid, chart and exports read it: column names and kinds, and
 * cells read straight from the Arrow vectors DuckDB returned (no copy into row objects, so
 * 100,000 rows cost what the vectors cost).
 */
export interface ResultColumn {
	name: string;
	kind: CellKind;
	/** An integer column of at most 32 bits (exported to Parquet as INT32). */
	integer: boolean;
	/** DuckDB's type name as Arrow reports it, for the column header's title. */
	type: string;
}

export interface ResultSet {
	columns: ResultColumn[];
	rowCount: number;
	value(row: number, column: number): unknown;
}

function kindOf(type: DataType): CellKind {
	if (DataType.isDictionary(type)) return kindOf(type.dictionary);
	if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'text';
	if (DataType.isBool(type)) return 'boolean';
	if (DataType.isDate(type)) return 'date';
	if (DataType.isTimestamp(type)) return 'timestamp';
	return 'other';
}

export function resultSetFromArrow(table: Table): ResultSet {
	const vectors = table.schema.fields.map((_, i) => table.getChildAt(i));
	return {
		columns: table.schema.fields.map((field) => ({
			name: field.name,
			kind: kindOf(field.type),
			integer: DataType.isInt(field.type) && field.type.bitWidth <= 32,
			type: String(field.type)
		})),
		rowCount: table.numRows,
		value: (row, column) => vectors[column]?.get(row) ?? null
	};
}
