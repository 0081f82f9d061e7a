// IndexedDB, the browser's own storage: where a reader's imports wait between page loads. One
// object store of bundles keyed by id; nothing here knows what a bundle holds.
import type { ImportBundle } from '$lib/import/bundle';
import { fromRecords, toRecords, type StoredRecord } from './imported-chunks';

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

/** Every kept bundle, oldest first. */
export async function readBundles(): Promise<ImportBundle[]> {
	if (typeof indexedDB === 'undefined') return [];
	const all = await transact('readonly', (store) => store.getAll() as IDBRequest<StoredRecord[]>);
	return fromRecords(all).sort((a, b) => a.created.localeCompare(b.created));
}

/** One transaction: the bundle's record and every chunk of its rows, or nothing. */
export async function putBundle(bundle: ImportBundle): Promise<void> {
	const records = toRecords(bundle);
	await transact<IDBValidKey>('readwrite', (store) => {
		// toRecords always yields the bundle's own record first, so there is a last request.
		let last = store.put(records[0]);
		for (const record of records.slice(1)) last = store.put(record);
		return last;
	});
}

export async function clearBundles(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await transact('readwrite', (store) => store.clear());
}
