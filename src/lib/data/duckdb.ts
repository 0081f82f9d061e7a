import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/** Self-hosted bundles only: the wasm and worker ship in the build, nothing comes from a CDN. */
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export interface OpenedDatabase {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
}

/**
 * Starts the worker and opens an in-memory database. Extension autoload and autoinstall are
 * switched off straight away: with them on, a query that needs an extension (read_parquet, JSON)
 * tries to download it and crashes the instance offline (see docs/toolchain notes).
 */
export async function openDatabase(): Promise<OpenedDatabase> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	if (!bundle.mainWorker) throw new Error('DuckDB: no worker in the selected bundle');
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true }
	});
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	return { db, conn };
}

/**
 * Locks the instance before any table is loaded: no file or network access except the files the
 * page itself registers under `allowedPrefix` (the site's own DuckDB files, attached read-only as
 * pages need them), and no further change of configuration (so a shared query cannot switch
 * access back on, nor widen the allowed directory).
 */
export async function lockDatabase(conn: duckdb.AsyncDuckDBConnection, allowedPrefix?: string): Promise<void> {
	if (allowedPrefix !== undefined) {
		await conn.query(`SET allowed_directories = ['${allowedPrefix.replaceAll("'", "''")}']`);
	}
	await conn.query('SET enable_external_access = false');
	await conn.query('SET lock_configuration = true');
}
