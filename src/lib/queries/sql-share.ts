import { autoRunCost, type CostRefusal } from './sql-cost';
import { guardStatement } from './sql-guard';

/**
 * A shared query lives in the URL as `?q=<SQL>` (plain percent-encoding, so the link itself shows
 * what it will run). Opening a link only fills the editor; it runs at once only when the guard
 * passes it as a single plain SELECT and the cost check (sql-cost.ts) finds it cheap; DuckDB's
 * plan estimate is checked next, in the browser, before it runs.
 */
export const SHARE_PARAM = 'q';
/** Longer links are refused rather than cut (a cut query could mean something else). */
export const MAX_SHARED_SQL = 20000;

export interface SharedQuery {
	sql: string;
	autoRun: boolean;
	/** Why a statement the guard allows still waits for Run (too costly to start unasked). */
	held?: CostRefusal;
}

export function sharedQuery(search: URLSearchParams): SharedQuery | null {
	const sql = search.get(SHARE_PARAM);
	if (sql === null || sql.trim() === '' || sql.length > MAX_SHARED_SQL) return null;
	const guard = guardStatement(sql);
	if (!guard.ok || !guard.autoRun) return { sql, autoRun: false };
	const cost = autoRunCost(sql);
	return cost.ok ? { sql, autoRun: true } : { sql, autoRun: false, held: cost };
}

/** The link for a query: the page URL with `q` set and every other parameter kept. */
export function shareUrl(pageUrl: string, sql: string): string {
	const url = new URL(pageUrl);
	url.hash = '';
	url.searchParams.set(SHARE_PARAM, sql);
	return url.href;
}
