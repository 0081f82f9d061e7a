// What a reader's own import hands to the site: the files as detected, the recipes applied, the
// counts, and the contract rows (facts plus the reference rows the import added). The /import page
// builds one bundle per "Load"; lib/data puts its rows into DuckDB beside the embedded data and
// the browser keeps it (IndexedDB) until the reader removes it. Plain data: structured-cloneable,
// JSON-serialisable, the same shape in a worker, in storage and in a download.
import type { TableName } from '../model/index';
import type { ContractRow, FileFormat, ImportProblem, Recipe, RowCounts, TextEncoding } from './types';

export const BUNDLE_VERSION = 1;

/** One sheet of one file as the importer read it. */
export interface BundleSheet {
	readonly sheet: string | null;
	readonly layout: string | null;
	readonly counts: RowCounts;
}

export interface BundleFile {
	/** The file name as the reader's browser gave it (never a path). */
	readonly name: string;
	readonly bytes: number;
	readonly format: FileFormat;
	readonly encoding: TextEncoding | null;
	readonly sheets: readonly BundleSheet[];
	/** Problems kept with the load so /import can show them again after a reload. */
	readonly problems: readonly ImportProblem[];
}

export interface ImportBundle {
	readonly version: typeof BUNDLE_VERSION;
	/** Unique per load (e.g. crypto.randomUUID()). */
	readonly id: string;
	/** ISO time of the load. */
	readonly created: string;
	readonly files: readonly BundleFile[];
	/** Every recipe applied, in file/sheet order: downloadable and loadable again. */
	readonly recipes: readonly Recipe[];
	readonly counts: RowCounts;
	/**
	 * Contract rows by table, as CSV cells (ContractRow). Fact tables hold the imported facts;
	 * regions/departments/sources hold only the rows this import added (Registry.added).
	 */
	readonly rows: Partial<Record<TableName, readonly ContractRow[]>>;
}

/** The source_ids a bundle's facts cite: these are "your file", never a published source. */
export function bundleSourceIds(bundle: ImportBundle): string[] {
	return (bundle.rows.sources ?? []).map((row) => row['source_id'] ?? '').filter((id) => id !== '');
}

/** All rows of a table over several bundles, in load order. */
export function bundleRows(bundles: readonly ImportBundle[], table: TableName): ContractRow[] {
	return bundles.flatMap((bundle) => bundle.rows[table] ?? []);
}
