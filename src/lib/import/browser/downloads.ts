// A bundle's tables as the reader downloads them, to add to data/ and publish with `npm run data`:
// data/<table>.csv and Parquet. The facts are not held as rows in the page (BundlePart), so they
// are read back from the parts' Blobs when asked for, and several files' parts are settled as
// `npm run import --out` settles them (a key once, a second file's copy of a fact a restatement).
import { csvObjects, TABLE_NAMES, type TableName } from '../../model/index';
import type { ImportBundle } from '../bundle';
import { TableMerger } from '../merge';
import type { ContractRow } from '../types';
import { tableCsv, tableParquet } from './bundle-build';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** A reference table's rows as the bundle holds them (undefined for a fact table). */
function referenceOf(bundle: ImportBundle, table: TableName): readonly ContractRow[] | undefined {
	return (bundle.rows as Partial<Record<TableName, readonly ContractRow[]>>)[table];
}

/** The tables a bundle offers for download, with their row counts (before settling across files). */
export function downloadTables(bundle: ImportBundle): { table: TableName; rows: number }[] {
	return TABLE_NAMES.flatMap((table) => {
		const rows =
			referenceOf(bundle, table)?.length ??
			bundle.parts.reduce((n, p) => n + (p.table === table ? p.rows : 0), 0);
		return rows > 0 ? [{ table, rows }] : [];
	});
}

/** A table's rows: reference rows as held, facts read back from their parts and settled. */
export async function downloadRows(bundle: ImportBundle, table: TableName): Promise<ContractRow[]> {
	const reference = referenceOf(bundle, table);
	if (reference !== undefined) return [...reference];
	const merger = new TableMerger(table);
	const rows: ContractRow[] = [];
	for (const part of bundle.parts.filter((p) => p.table === table)) {
		const read = csvObjects(await part.contract.text()).rows;
		for (const row of merger.add(read).added) rows.push(row);
	}
	return rows;
}

/** data/<table>.csv: one file's part is that file as the worker wrote it, byte for byte. */
export async function downloadCsv(bundle: ImportBundle, table: TableName): Promise<Blob> {
	const parts = bundle.parts.filter((p) => p.table === table);
	const only = parts.length === 1 ? parts[0] : undefined;
	if (only !== undefined) return only.contract;
	return new Blob([tableCsv(table, await downloadRows(bundle, table))], { type: CSV_TYPE });
}

export async function downloadParquet(bundle: ImportBundle, table: TableName): Promise<Blob> {
	const buffer = tableParquet(table, await downloadRows(bundle, table));
	return new Blob([buffer], { type: 'application/vnd.apache.parquet' });
}
