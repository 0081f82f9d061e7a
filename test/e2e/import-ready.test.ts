import { afterAll, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { openImportWith } from './import-page-helpers';

// A reader on /import has come to load a file: once the page is idle it starts the import worker
// (its module), fetches the reference rows names resolve against and starts DuckDB with the
// reference tables in it, so a drop waits for none of them (docs/benchmarks.md, "Browser import").
const baseURL = inject('baseURL');
const session = useBrowser();
const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const close of closing) await close();
});

it('before any file is given, the worker, the reference tables and DuckDB are made ready', async () => {
	const { requests, log, close } = await openImportWith(session.browser, baseURL, '/en');
	closing.push(close);
	const paths = () => requests.map((request) => new URL(request.url()).pathname);
	const wanted = [
		/\/_app\/immutable\/workers\/worker-[\w-]+\.js$/,
		/\/duckdb-(eh|mvp)\.[\w-]+\.wasm$/,
		// The worker's reference rows (CSV) and DuckDB's tables (its own files).
		...['regions', 'departments', 'sources'].flatMap((table) => [
			new RegExp(`/data/${table}\\.csv$`),
			new RegExp(`/data/${table}\\.duckdb$`)
		])
	];
	await expect
		.poll(() => wanted.filter((pattern) => !paths().some((p) => pattern.test(p))).map(String), {
			timeout: 20000
		})
		.toEqual([]);
	// Nothing of a fact table is fetched for a page that has no file yet.
	expect(paths().filter((p) => /\/data\/(spending|environment|regional_finance)/.test(p))).toEqual([]);
	expect([log.foreignRequests, log.failedRequests, log.errors]).toEqual([[], [], []]);
});
