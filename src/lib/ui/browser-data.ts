import { base } from '$app/paths';
import type { QueryRunner } from '$lib/queries/query';
import type { Database } from '$lib/data/db';

/** The site root as an absolute URL, so data files resolve under any base path. */
export function siteRoot(): string {
	return new URL(`${base}/`, window.location.href).href;
}

/**
 * The page's DuckDB, loaded on first call (lib/data is imported lazily to keep it off first paint),
 * with the reader's own imports in it before any query runs. Not cached here: after the console's
 * Stop discards an instance, getDatabase builds a new one, and the imports go into that one too
 * (applying them is idempotent per instance).
 */
export async function browserDatabase(): Promise<Database> {
	const [{ getDatabase }, { applyImports }] = await Promise.all([
		import('$lib/data/db'),
		import('./imported.svelte')
	]);
	const database = await getDatabase(siteRoot());
	await applyImports(database);
	return database;
}

export async function browserRunner(): Promise<QueryRunner> {
	const [database, { runQuery }] = await Promise.all([browserDatabase(), import('$lib/data/db')]);
	return (query) => runQuery(database, query);
}

/** Runs work once the page is idle after first paint (falls back to a short timeout). */
export function whenIdle(work: () => void | Promise<void>): () => void {
	let cancelled = false;
	const run = () => {
		if (!cancelled) void work();
	};
	const idle = typeof window.requestIdleCallback === 'function';
	const handle = idle ? window.requestIdleCallback(run, { timeout: 1500 }) : globalThis.setTimeout(run, 200);
	return () => {
		cancelled = true;
		if (idle) window.cancelIdleCallback(handle as number);
		else globalThis.clearTimeout(handle);
	};
}
