// DuckDB-wasm's own engine in Node (its blocking bundle, 1.4.3 like the browser's), for tests of
// code written against the async interface the site uses.
import { createRequire } from 'node:module';
import path from 'node:path';

export interface BlockingConnection {
	query(sql: string): { toArray(): unknown[] };
	prepare(sql: string): { close(): void };
}

export interface BlockingDatabase {
	registerFileText(name: string, text: string): void;
	registerFileBuffer(name: string, bytes: Uint8Array): void;
	dropFile(name: string): void;
	connect(): BlockingConnection;
}

const require = createRequire(import.meta.url);

export async function blockingDuckDB(): Promise<BlockingDatabase> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({});
	return db as BlockingDatabase;
}
