// What a reader's own import hands to the site: the files as detected, the recipes applied, the
// counts, the reference rows the import added, and the facts as the worker encoded them. The
// /import page builds one bundle per "Load"; lib/data puts its rows into DuckDB beside the
// embedded data and the browser keeps it (IndexedDB) until the reader removes it. Plain data and
// Blobs: structured-cloneable, the same shape from the worker, in the page and in storage.
import type { TableName } from '../model/index';
import { fnv8 } from './ids';
import type { ContractRow, FileFormat, ImportProblem, Recipe, RowCounts, TextEncoding } from './types';

/** 2: facts kept as the worker encoded them (BundlePart), no longer as rows. */
export const BUNDLE_VERSION = 2;

/** The tables an import adds rows to beside its facts (Registry.added). */
export type ReferenceName = 'regions' | 'departments' | 'sources';

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

/**
 * One file's facts of one table, as the import worker encoded them: Blobs, which the browser keeps
 * outside the page's heap and IndexedDB stores as they are, so a 10^6-row import never becomes
 * 10^6 objects in the page (docs/benchmarks.md, "Browser import without rows in the page").
 */
export interface BundlePart {
	readonly table: TableName;
	/** The file the rows were read from (BundleFile.name). */
	readonly file: string;
	readonly rows: number;
	/** data/<table>.csv with its header: the rows' cells, as `npm run import --out` writes them. */
	readonly contract: Blob;
	/** The normalised CSV with its header, as `npm run data` stages it: what DuckDB reads. */
	readonly normalised: Blob;
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
	/** The reference rows this import added (Registry.added, own sources included), as CSV cells. */
	readonly rows: Partial<Record<ReferenceName, readonly ContractRow[]>>;
	/**
	 * The facts, in file order. Each file's parts are settled within the file (a key once); across
	 * files and against the site's data they are settled as they load (lib/data settleStaged).
	 */
	readonly parts: readonly BundlePart[];
}

/** The source_ids a bundle's facts cite: these are "your file", never a published source. */
export function bundleSourceIds(bundle: ImportBundle): string[] {
	return (bundle.rows.sources ?? []).map((row) => row['source_id'] ?? '').filter((id) => id !== '');
}

/** `mine_…`: the prefix of every source id a reader's import makes its own. */
export const OWN_SOURCE_PREFIX = 'mine_';

/** The file a fact was read from: the first part of its locator (`file / sheet / R<row> / …`). */
function fileOfLocator(locator: string): string {
	return locator.split(' / ')[0] ?? '';
}

const OWN_NOTE = "Imported in the reader's browser from the file named in file_name; not a published copy.";

/**
 * Every fact of a reader's import cites the reader's file, never a published source: a recipe that
 * names a source the site already holds (a yearbook edition) would otherwise credit the reader's
 * copy to the publisher. Such facts get a source of their own (`mine_<hash>`, the published
 * source's description kept, the file named), so citations say "your file" and the audit compares
 * the file with the published figures instead of merging them. Row by row, as the worker checks
 * them.
 */
export class OwnSources {
	private readonly published: Map<string, ContractRow>;
	private readonly made = new Map<string, string>();
	/** The sources made, in the order first needed. */
	readonly added: ContractRow[] = [];

	/** `published`: the site's own sources (never an earlier import's, which are the reader's already). */
	constructor(published: readonly ContractRow[]) {
		this.published = new Map(published.map((row) => [row['source_id'] ?? '', row]));
	}

	row(row: ContractRow): ContractRow {
		const id = row['source_id'];
		if (id === undefined || !this.published.has(id)) return row;
		return { ...row, source_id: this.own(id, fileOfLocator(row['locator'] ?? '')) };
	}

	private own(sourceId: string, file: string): string {
		const key = `${sourceId}\u0001${file}`;
		let id = this.made.get(key);
		if (id === undefined) {
			id = `${OWN_SOURCE_PREFIX}${fnv8(key)}`;
			this.made.set(key, id);
			const base = this.published.get(sourceId) ?? {};
			this.added.push({ ...base, source_id: id, file_name: file, location: file, url: '', note: OWN_NOTE });
		}
		return id;
	}
}
