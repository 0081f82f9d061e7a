// What a reader's own import hands to the site: the files as detected, the recipes applied, the
// counts, and the contract rows (facts plus the reference rows the import added). The /import page
// builds one bundle per "Load"; lib/data puts its rows into DuckDB beside the embedded data and
// the browser keeps it (IndexedDB) until the reader removes it. Plain data: structured-cloneable,
// JSON-serialisable, the same shape in a worker, in storage and in a download.
import type { TableName } from '../model/index';
import { fnv8 } from './ids';
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

/** `mine_…`: the prefix of every source id a reader's import makes its own. */
export const OWN_SOURCE_PREFIX = 'mine_';

/** The file a fact was read from: the first part of its locator (`file / sheet / R<row> / …`). */
function fileOfLocator(locator: string): string {
	return locator.split(' / ')[0] ?? '';
}

/**
 * Every fact of a reader's import cites the reader's file, never a published source: a recipe that
 * names a source the site already holds (a yearbook edition) would otherwise credit the reader's
 * copy to the publisher. Such facts get a source of their own (`mine_<hash>`, the published
 * source's description kept, the file named), so citations say "your file" and the audit compares
 * the file with the published figures instead of merging them.
 */
export function ownSources(bundle: ImportBundle, held: readonly ContractRow[]): ImportBundle {
	const published = new Map(held.map((row) => [row['source_id'] ?? '', row]));
	const added: ContractRow[] = [];
	const made = new Map<string, string>();
	const own = (sourceId: string, file: string): string => {
		const base = published.get(sourceId);
		if (base === undefined) return sourceId;
		const key = `${sourceId}\u0001${file}`;
		let id = made.get(key);
		if (id === undefined) {
			id = `${OWN_SOURCE_PREFIX}${fnv8(key)}`;
			made.set(key, id);
			added.push({ ...base, source_id: id, file_name: file, location: file, url: '', note: OWN_NOTE });
		}
		return id;
	};
	const rows: Partial<Record<TableName, ContractRow[]>> = {};
	for (const [table, list] of Object.entries(bundle.rows) as [TableName, readonly ContractRow[]][]) {
		if (table === 'sources') continue;
		rows[table] = list.map((row) => {
			const id = row['source_id'];
			if (id === undefined || !published.has(id)) return row;
			return { ...row, source_id: own(id, fileOfLocator(row['locator'] ?? '')) };
		});
	}
	rows.sources = [...(bundle.rows.sources ?? []), ...added];
	return { ...bundle, rows };
}

const OWN_NOTE = "Imported in the reader's browser from the file named in file_name; not a published copy.";
