import { tokenize } from './sql-tokens';

/**
 * The names of `known` tables a statement mentions, in first-mention order: every word or quoted
 * identifier outside strings and comments that equals a table name. Over-inclusive on purpose (a
 * column alias named like a table loads that table too): loading one table more is harmless,
 * missing one would fail the query. An unterminated literal mentions nothing.
 */
export function tablesNamed(sql: string, known: readonly string[]): string[] {
	const lexed = tokenize(sql);
	if (!lexed.ok) return [];
	const wanted = new Set(known);
	const found: string[] = [];
	for (const token of lexed.tokens) {
		if (token.kind !== 'word' && token.kind !== 'quoted') continue;
		const name = token.kind === 'word' ? token.value : token.value.toLowerCase();
		if (wanted.has(name) && !found.includes(name)) found.push(name);
	}
	return found;
}
