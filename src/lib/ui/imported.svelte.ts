// The reader's own imports in this browser: kept in IndexedDB until removed, loaded into the
// page's DuckDB beside the embedded data (before any query runs), offered by every dashboard.
// Nothing leaves the browser: storage is local and the rows reach DuckDB as registered text.
import type { Database } from '$lib/data/db';
import type { ImportLoad } from '$lib/data/imported-rows';
import { bundleSourceIds, type ImportBundle } from '$lib/import/bundle';
import type { ContractRow } from '$lib/import/types';
import { clearBundles, putBundle, readBundles } from './imported-store';

let bundles: ImportBundle[] = $state([]);
let stored: Promise<ImportBundle[]> | null = null;

/** The bundles kept in this browser, read once per page load (an empty list where storage fails). */
export function storedImports(): Promise<ImportBundle[]> {
	if (stored === null) {
		stored = readBundles()
			.catch(() => [] as ImportBundle[])
			.then((list) => (bundles = list));
	}
	return stored;
}

/** The bundles loaded in this browser, oldest first (reactive; empty until storedImports resolves). */
export function importedBundles(): readonly ImportBundle[] {
	return bundles;
}

/** The source ids that are the reader's own files (citations say "your file"). */
export function importedSourceIds(): readonly string[] {
	return bundles.flatMap(bundleSourceIds);
}

/**
 * A key of the imports in this browser, for a QueryClient's `imports`: it changes with every
 * import or removal, so a page's queries re-run on the data DuckDB then holds.
 */
export function importsKey(): string {
	return ['imports', ...importedSourceIds()].join('|');
}

/**
 * Called by browserDatabase() for the page's instance: every kept bundle goes in before any query
 * (once per instance: the store remembers the bundles it holds).
 */
export async function applyImports(db: Database): Promise<void> {
	await storedImports();
	// The current list: what storage held at page load plus what was imported since.
	for (const bundle of bundles) await db.store.addImported(bundle.id, bundle);
}

/**
 * Keeps the bundle (IndexedDB) and loads its rows into DuckDB; resolves when queries see them,
 * with what was kept, left out as already held, and kept as restatements.
 */
export async function addImport(bundle: ImportBundle): Promise<ImportLoad> {
	await storedImports();
	const { browserDatabase } = await import('./browser-data');
	// Kept and loaded at once (IndexedDB writes the Blobs while DuckDB reads them): either failing
	// fails the load, and the reader is told; a reload then shows what storage holds.
	const [, load] = await Promise.all([
		putBundle(bundle),
		browserDatabase().then((db) => db.store.addImported(bundle.id, bundle))
	]);
	bundles = [...bundles.filter((b) => b.id !== bundle.id), bundle];
	return load;
}

/**
 * Forgets every import: storage cleared, then the page reloads so DuckDB holds the embedded data
 * only, exactly as published (nothing half-removed can remain in a fresh instance).
 */
export async function removeImports(): Promise<void> {
	await clearBundles();
	bundles = [];
	window.location.reload();
}

type References = Record<'regions' | 'departments' | 'sources', ContractRow[]>;
let embedded: Promise<References> | null = null;

/** The embedded reference tables, fetched once per page (every import and the registry read them). */
function embeddedReferences(): Promise<References> {
	embedded ??= fetchReferences();
	embedded.catch(() => (embedded = null));
	return embedded;
}

async function fetchReferences(): Promise<References> {
	const [{ fetchCatalog }, { csvObjects }, { siteRoot }] = await Promise.all([
		import('$lib/data/db'),
		import('$lib/model'),
		import('./browser-data')
	]);
	const root = siteRoot();
	const catalog = await fetchCatalog(root);
	const read = async (name: 'regions' | 'departments' | 'sources'): Promise<ContractRow[]> => {
		const file = catalog.tables.find((t) => t.name === name)?.files.csv;
		if (!file) return [];
		const response = await fetch(new URL(file, root).href);
		if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
		return csvObjects(await response.text()).rows;
	};
	const [regions, departments, sources] = await Promise.all([
		read('regions'),
		read('departments'),
		read('sources')
	]);
	return { regions, departments, sources };
}

/**
 * The site's own sources: an import's facts citing one get a source of their own (OwnSources,
 * in the worker). A source an earlier import made is the reader's already and stays as it is.
 */
export async function publishedSources(): Promise<ContractRow[]> {
	return (await embeddedReferences()).sources;
}

/**
 * The reference rows an import in this browser resolves names against (the Registry's
 * `existing`): the embedded regions, departments and sources plus those earlier imports added.
 */
export async function referenceRows(): Promise<Record<'regions' | 'departments' | 'sources', ContractRow[]>> {
	const [embedded, kept] = await Promise.all([embeddedReferences(), storedImports()]);
	const plus = (table: 'regions' | 'departments' | 'sources') => [
		...embedded[table],
		...kept.flatMap((bundle) => bundle.rows[table] ?? [])
	];
	return { regions: plus('regions'), departments: plus('departments'), sources: plus('sources') };
}
