import { Bool, Float64, Int32, Table, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';
import type { CatalogColumn } from '$lib/model';

/** What the Arrow conversion needs of a catalog column. */
export type ArrowColumn = Pick<CatalogColumn, 'name' | 'type'>;

/*
 * Arrow vectors are assembled from typed arrays with makeData rather than with Arrow's builders
 * (vectorFromArray): the builders compile their null check with `new Function`, which the site's
 * Content-Security-Policy (no 'unsafe-eval') forbids.
 */

type Cell = string | number | boolean | null;

function normalise(value: unknown, column: ArrowColumn): Cell {
	if (value === undefined || value === null) return null;
	if (typeof value === 'bigint') return Number(value);
	if (column.type === 'VARCHAR') return String(value);
	if (column.type === 'BOOLEAN') return Boolean(value);
	return typeof value === 'number' ? value : Number(value);
}

function validity(values: Cell[]): { nullBitmap: Uint8Array; nullCount: number } {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null) nullCount++;
		else nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	return { nullBitmap, nullCount };
}

function utf8Vector(values: Cell[]): Vector {
	const encoder = new TextEncoder();
	const encoded = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
	const valueOffsets = new Int32Array(values.length + 1);
	encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i]! + bytes.length));
	const data = new Uint8Array(valueOffsets[values.length]!);
	encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]!));
	return makeVector(makeData({ type: new Utf8(), length: values.length, ...validity(values), valueOffsets, data }));
}

function boolVector(values: Cell[]): Vector {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v === true) data[i >> 3]! |= 1 << (i & 7);
	});
	return makeVector(makeData({ type: new Bool(), length: values.length, ...validity(values), data }));
}

function numberVector(values: Cell[], integer: boolean): Vector {
	const numbers = values.map((v) => (typeof v === 'number' ? v : 0));
	const common = { length: values.length, ...validity(values) };
	return integer
		? makeVector(makeData({ type: new Int32(), ...common, data: Int32Array.from(numbers) }))
		: makeVector(makeData({ type: new Float64(), ...common, data: Float64Array.from(numbers) }));
}

function columnVector(values: Cell[], column: ArrowColumn): Vector {
	switch (column.type) {
		case 'INTEGER':
			return numberVector(values, true);
		case 'DOUBLE':
			return numberVector(values, false);
		case 'BOOLEAN':
			return boolVector(values);
		default:
			return utf8Vector(values);
	}
}

/** Builds an Arrow table with the catalog's column types from rows hyparquet decoded. */
export function rowsToArrow(rows: Record<string, unknown>[], columns: readonly ArrowColumn[]): Table {
	const vectors: Record<string, Vector> = {};
	for (const column of columns) {
		vectors[column.name] = columnVector(
			rows.map((row) => normalise(row[column.name], column)),
			column
		);
	}
	return new Table(vectors);
}
