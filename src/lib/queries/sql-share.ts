import { guardStatement } from './sql-guard';

/**
 * A shared query lives in the URL as `?q=<SQL>` (plain percent-encoding, so the link itself shows
 * what it will run). Opening a link only fills the editor; it runs at once only when the guard
 * passes it as a single plain SELECT.
 */
export const SHARE_PARAM = 'q';
/** Longer links are refused rather than cut (a cut query could mean something else). */
export const MAX_SHARED_SQL = 20000;

export interface SharedQuery {
	sql: string;
	autoRun: boolean;
}

export function sharedQuery(search: URLSearchParams): SharedQuery | null {
	const sql = search.get(SHARE_PARAM);
	if (sql === null || sql.trim() === '' || sql.length > MAX_SHARED_SQL) return null;
	const guard = guardStatement(sql);
	return { sql, autoRun: guard.ok && guard.autoRun };
}

/** The link for a query: the page URL with `q` set and every other parameter kept. */
export function shareUrl(pageUrl: string, sql: string): string {
	const url = new URL(pageUrl);
	url.hash = '';
	url.searchParams.set(SHARE_PARAM, sql);
	return url.href;
}
