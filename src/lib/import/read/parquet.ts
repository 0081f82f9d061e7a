// Parquet → one Sheet: row 1 holds the column names, data rows are 2, 3, … (so a locator's row
// is the data row + 1, as in a CSV with a header). Cells carry the typed value and its text,
// numbers without float noise (FLOAT columns to the shortest float32 decimal).
import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData, type SchemaTree } from 'hyparquet';
import type { Cell, ImportNote, ImportProblem, Row, Workbook } from '../types';
import { memorySheet } from '../sheet';
import { cleanFloat32, cleanNumber, numberText } from './numbers';
import { readProblems } from './messages';

export interface ParquetRead {
	readonly workbook: Workbook | null;
	readonly problems: ImportProblem[];
}

interface ColumnKind {
	readonly name: string;
	readonly float32: boolean;
	readonly date: boolean;
}

function columnsOf(metadata: FileMetaData): ColumnKind[] {
	const root: SchemaTree = parquetSchema(metadata);
	return root.children.map(({ element }) => ({
		name: element.name,
		float32: element.type === 'FLOAT',
		date: element.logical_type?.type === 'DATE' || element.converted_type === 'DATE'
	}));
}

function jsonText(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) =>
		typeof item === 'bigint' ? item.toString() : item instanceof Uint8Array ? Array.from(item) : item
	);
}

function numberCell(value: number, column: ColumnKind): Cell {
	const cleaned = column.float32 ? cleanFloat32(value) : cleanNumber(value);
	return { text: numberText(cleaned), value: cleaned };
}

/** A Parquet value as a Cell; null and '' are empty cells. */
export function parquetCell(value: unknown, column: ColumnKind): Cell | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number') return numberCell(value, column);
	if (typeof value === 'bigint') {
		const asNumber = Number(value);
		const text = value.toString();
		return Number.isSafeInteger(asNumber) ? { text, value: asNumber } : { text, value: text };
	}
	if (typeof value === 'boolean') return { text: String(value), value };
	if (typeof value === 'string') return { text: value, value };
	if (value instanceof Date) {
		const iso = value.toISOString();
		const text = column.date ? iso.slice(0, 10) : iso;
		return { text, value: text };
	}
	const text = jsonText(value);
	return { text, value: text };
}

function trimmed(cells: (Cell | null)[]): (Cell | null)[] {
	let end = cells.length;
	while (end > 0 && cells[end - 1] === null) end--;
	return end === cells.length ? cells : cells.slice(0, end);
}

async function readRows(buffer: ArrayBuffer, metadata: FileMetaData): Promise<unknown[][]> {
	let rows: unknown[][] = [];
	await parquetRead({
		file: buffer,
		metadata,
		rowFormat: 'array',
		onComplete: (data: unknown[][]) => {
			rows = data;
		}
	});
	return rows;
}

function fail(file: string, error: unknown): ParquetRead {
	const detail = error instanceof Error ? error.message : String(error);
	const problem = /compress|codec|zstd|brotli|lz4|gzip/i.test(detail)
		? readProblems.parquetCodec(file, detail)
		: readProblems.unreadable(file, detail);
	return { workbook: null, problems: [problem] };
}

export async function readParquet(
	file: string,
	bytes: Uint8Array,
	notes: readonly ImportNote[] = []
): Promise<ParquetRead> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	try {
		const metadata = parquetMetadata(buffer);
		const columns = columnsOf(metadata);
		const data = await readRows(buffer, metadata);
		const header: Row = { n: 1, cells: columns.map(({ name }) => ({ text: name, value: name })) };
		const rows: Row[] = [header];
		data.forEach((values, i) => {
			const cells = columns.map((column, c) => parquetCell(values[c], column));
			rows.push({ n: i + 2, cells: trimmed(cells) });
		});
		const name = file.replace(/^.*[\\/]/, '');
		const workbook: Workbook = {
			file,
			format: 'parquet',
			encoding: null,
			delimiter: null,
			sheets: [memorySheet(name, rows)],
			notes: [...notes]
		};
		return { workbook, problems: [] };
	} catch (error) {
		return fail(file, error);
	}
}
