// A bundle as IndexedDB records: Chromium refuses one value over ~128 MB (a 100 MB CSV's rows are
// ~280 MB once cloned), so the rows go in chunks of CHUNK_ROWS, each its own record, and the
// bundle's own record holds the rest. Pure: the storage module writes and reads the records.
import type { ImportBundle } from '$lib/import/bundle';
import type { TableName } from '$lib/model';
import type { ContractRow } from '$lib/import/types';

export const CHUNK_ROWS = 50_000;

export interface ChunkRecord {
	readonly id: string;
	/** The bundle the chunk belongs to. */
	readonly bundle: string;
	readonly table: TableName;
	readonly index: number;
	readonly rows: readonly ContractRow[];
}

export type StoredRecord = ImportBundle | ChunkRecord;

function isChunk(record: StoredRecord): record is ChunkRecord {
	return 'bundle' in record;
}

/** The bundle's record (rows left out) and its chunks. */
export function toRecords(bundle: ImportBundle): StoredRecord[] {
	const chunks: ChunkRecord[] = [];
	for (const [table, rows] of Object.entries(bundle.rows) as [TableName, readonly ContractRow[]][]) {
		for (let start = 0, index = 0; start < rows.length; start += CHUNK_ROWS, index++) {
			const id = `${bundle.id}\u0000${table}\u0000${index}`;
			chunks.push({ id, bundle: bundle.id, table, index, rows: rows.slice(start, start + CHUNK_ROWS) });
		}
	}
	return [{ ...bundle, rows: {} }, ...chunks];
}

/** Bundles put together again from their records (a record holding its rows is taken as it is). */
export function fromRecords(records: readonly StoredRecord[]): ImportBundle[] {
	const chunks = records.filter(isChunk).sort((a, b) => a.index - b.index);
	return records
		.filter((record): record is ImportBundle => !isChunk(record))
		.map((bundle) => {
			const rows: Partial<Record<TableName, ContractRow[]>> = {};
			for (const [table, list] of Object.entries(bundle.rows) as [TableName, ContractRow[]][])
				rows[table] = [...list];
			for (const chunk of chunks)
				if (chunk.bundle === bundle.id) (rows[chunk.table] ??= []).push(...chunk.rows);
			return { ...bundle, rows };
		});
}
