import { Bool, Float64, Int32, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import type { CatalogColumn } from './catalog';

function arrowType(column: CatalogColumn): DataType {
	switch (column.type) {
		case 'INTEGER':
			return new Int32();
		case 'DOUBLE':
			return new Float64();
		case 'BOOLEAN':
			return new Bool();
		default:
			return new Utf8();
	}
}

function normalise(value: unknown, column: CatalogColumn): unknown {
	if (value === undefined || value === null) return null;
	if (typeof value === 'bigint') return Number(value);
	if (column.type === 'VARCHAR' && typeof value !== 'string') return String(value);
	return value;
}

/** Builds an Arrow table with the catalog's column types from rows hyparquet decoded. */
export function rowsToArrow(rows: Record<string, unknown>[], columns: CatalogColumn[]): Table {
	const vectors: Record<string, Vector> = {};
	for (const column of columns) {
		const values = rows.map((row) => normalise(row[column.name], column));
		vectors[column.name] = vectorFromArray(values, arrowType(column)) as Vector;
	}
	return new Table(vectors);
}
