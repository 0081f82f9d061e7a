// The reader's own imports in this browser: kept in IndexedDB until removed, loaded into the
// page's DuckDB beside the embedded data, offered by every dashboard's selectors. (Stub: the
// signatures the /import page builds on; the implementation lands in the next commits.)
import type { ImportBundle } from '$lib/import/bundle';
import type { ContractRow } from '$lib/import/types';

let bundles: ImportBundle[] = $state([]);

/** The bundles loaded in this browser, oldest first (reactive). */
export function importedBundles(): readonly ImportBundle[] {
	return bundles;
}

/** Keeps the bundle (IndexedDB) and loads its rows into DuckDB; resolves when queries see them. */
export async function addImport(bundle: ImportBundle): Promise<void> {
	bundles = [...bundles, bundle];
}

/** Forgets every import (storage and DuckDB): the embedded data only, as published. */
export async function removeImports(): Promise<void> {
	bundles = [];
}

/**
 * The reference rows an import in this browser resolves names against (the Registry's
 * `existing`): the embedded regions, departments and sources plus those earlier imports added.
 */
export async function referenceRows(): Promise<Record<'regions' | 'departments' | 'sources', ContractRow[]>> {
	return { regions: [], departments: [], sources: [] };
}
