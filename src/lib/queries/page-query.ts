import type { QueryRunner } from './query';

/*
 * One mechanism for a page's data. A page names what it shows with plain parameters (a
 * department, a year …) and one loader turns them into the page's figures through any runner:
 * @duckdb/node-api at build time (the prerendered view) and DuckDB-wasm in the browser (every other
 * view, and every view once the reader has imported files). The split follows Mosaic's
 * client/coordinator: the query is pure and knows nothing of where it runs or of Svelte; the
 * browser-side client (lib/ui/page-query.svelte.ts) decides when to run it.
 */

/** A page's data for one view, through any runner. */
export interface PageQuery<P, T> {
	/** For messages and tests: which page's data this is. */
	readonly name: string;
	load(run: QueryRunner, params: P): Promise<T>;
	/** Whether two views need the same data (a view may differ in what it shows, not in what it loads). */
	same(a: P, b: P): boolean;
}

/** What the build ran: the view's parameters and the value the page starts from. */
export interface Prerendered<P, T> {
	params: P;
	value: T;
}

type Plain =
	string | number | boolean | null | undefined | readonly Plain[] | { readonly [k: string]: Plain };

/** Structural equality of plain values (parameters are strings, numbers and flat records). */
export function sameParams(a: Plain, b: Plain): boolean {
	if (a === b) return true;
	if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	const at = (o: object, k: string) => (o as Record<string, Plain>)[k];
	return [...keys].every((k) => sameParams(at(a, k), at(b, k)));
}

export function pageQuery<P, T>(
	name: string,
	load: (run: QueryRunner, params: P) => Promise<T>,
	same: (a: P, b: P) => boolean = (a, b) => sameParams(a as Plain, b as Plain)
): PageQuery<P, T> {
	return { name, load, same };
}

/** Runs a page's query for one view and keeps its parameters beside the value (build and tests). */
export async function runPageQuery<P, T>(
	query: PageQuery<P, T>,
	run: QueryRunner,
	params: P
): Promise<Prerendered<P, T>> {
	return { params, value: await query.load(run, params) };
}
