// IndexedDB, the browser's own storage: where a reader's imports wait between page loads. One
// object store of bundles keyed by id, one record per bundle: its facts are Blobs, which IndexedDB
// keeps as files of their own (Chromium refuses one value over ~128 MB, a Blob is not counted).
import { BUNDLE_VERSION, type ImportBundle } from '$lib/import/bundle';

const DB_NAME = 'mingjing';
const STORE = 'imports';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
	});
}

async function transact<T>(
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = work(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

/**
 * Every kept bundle, oldest first. Records of an earlier bundle version (rows in chunks, before
 * the facts were Blobs) are not read: a reader imports those files again.
 */
export async function readBundles(): Promise<ImportBundle[]> {
	if (typeof indexedDB === 'undefined') return [];
	const all = await transact('readonly', (store) => store.getAll() as IDBRequest<{ version?: unknown }[]>);
	return (all.filter((record) => record.version === BUNDLE_VERSION) as ImportBundle[]).sort((a, b) =>
		a.created.localeCompare(b.created)
	);
}

export async function putBundle(bundle: ImportBundle): Promise<void> {
	await transact<IDBValidKey>('readwrite', (store) => store.put(bundle));
}

export async function clearBundles(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await transact('readwrite', (store) => store.clear());
}
