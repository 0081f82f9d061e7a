/** The console's query history, kept in this browser only (localStorage), newest first, bounded. */
export const HISTORY_KEY = 'mingjing.sql.history';
export const HISTORY_LIMIT = 50;

export function withQuery(history: readonly string[], sql: string, limit = HISTORY_LIMIT): string[] {
	const trimmed = sql.trim();
	if (!trimmed) return [...history];
	return [trimmed, ...history.filter((q) => q !== trimmed)].slice(0, limit);
}

export function readHistory(storage: Pick<Storage, 'getItem'>): string[] {
	try {
		const parsed: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]');
		return Array.isArray(parsed)
			? parsed.filter((q): q is string => typeof q === 'string').slice(0, HISTORY_LIMIT)
			: [];
	} catch {
		return [];
	}
}

export function writeHistory(storage: Pick<Storage, 'setItem'>, history: readonly string[]): void {
	try {
		storage.setItem(HISTORY_KEY, JSON.stringify(history.slice(0, HISTORY_LIMIT)));
	} catch {
		// Storage full or disabled (private mode): the history simply is not kept.
	}
}
