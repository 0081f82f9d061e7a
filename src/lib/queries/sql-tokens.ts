/**
 * A small SQL tokenizer for the console's statement guard: enough of DuckDB's lexical rules
 * (strings, E-strings, dollar quoting, quoted identifiers, nested block comments) to tell
 * keywords and identifiers apart from text inside literals. It never evaluates anything.
 */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
	kind: TokenKind;
	/** Lower-cased for words; the unquoted name for quoted identifiers; the raw text otherwise. */
	value: string;
	/** Offset in the source text. */
	start: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; unterminated: number };

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

function skipBlockComment(sql: string, from: number): number {
	let depth = 1;
	let i = from + 2;
	while (i < sql.length && depth > 0) {
		if (sql.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (sql.startsWith('*/', i)) {
			depth--;
			i += 2;
		} else i++;
	}
	return depth === 0 ? i : -1;
}

/** End of a quoted run (quote doubled to escape; backslash escapes too when `backslash`). */
function quotedEnd(sql: string, from: number, quote: string, backslash: boolean): number {
	let i = from + 1;
	while (i < sql.length) {
		if (backslash && sql[i] === '\\') i += 2;
		else if (sql[i] === quote && sql[i + 1] === quote) i += 2;
		else if (sql[i] === quote) return i + 1;
		else i++;
	}
	return -1;
}

function dollarEnd(sql: string, from: number): number {
	const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(from))?.[0];
	if (!tag) return -2;
	const close = sql.indexOf(tag, from + tag.length);
	return close < 0 ? -1 : close + tag.length;
}

function wordEnd(sql: string, from: number): number {
	let i = from + 1;
	while (i < sql.length && WORD_PART.test(sql[i]!)) i++;
	return i;
}

interface Step {
	token?: Token;
	next: number;
}

function stringStep(sql: string, i: number): Step | null {
	const c = sql[i]!;
	if (c === "'") {
		const end = quotedEnd(sql, i, "'", false);
		return { next: end, token: end < 0 ? undefined : { kind: 'string', value: sql.slice(i, end), start: i } };
	}
	if ((c === 'e' || c === 'E') && sql[i + 1] === "'") {
		const end = quotedEnd(sql, i + 1, "'", true);
		return { next: end, token: end < 0 ? undefined : { kind: 'string', value: sql.slice(i, end), start: i } };
	}
	if (c === '$') {
		const end = dollarEnd(sql, i);
		if (end === -2) return null;
		return { next: end, token: end < 0 ? undefined : { kind: 'string', value: sql.slice(i, end), start: i } };
	}
	if (c === '"') {
		const end = quotedEnd(sql, i, '"', false);
		const name = end < 0 ? '' : sql.slice(i + 1, end - 1).replaceAll('""', '"');
		return { next: end, token: end < 0 ? undefined : { kind: 'quoted', value: name, start: i } };
	}
	return null;
}

function step(sql: string, i: number): Step {
	const c = sql[i]!;
	if (/\s/.test(c)) return { next: i + 1 };
	if (sql.startsWith('--', i)) {
		const end = sql.indexOf('\n', i);
		return { next: end < 0 ? sql.length : end + 1 };
	}
	if (sql.startsWith('/*', i)) return { next: skipBlockComment(sql, i) };
	const literal = stringStep(sql, i);
	if (literal) return literal;
	if (WORD_START.test(c)) {
		const end = wordEnd(sql, i);
		return { next: end, token: { kind: 'word', value: sql.slice(i, end).toLowerCase(), start: i } };
	}
	if (/[0-9]/.test(c)) {
		let end = i + 1;
		while (end < sql.length && /[0-9._eE]/.test(sql[end]!)) end++;
		return { next: end, token: { kind: 'number', value: sql.slice(i, end), start: i } };
	}
	return { next: i + 1, token: { kind: 'punct', value: c, start: i } };
}

/** Splits SQL into tokens, dropping whitespace and comments. Unterminated literals are refused. */
export function tokenize(sql: string): TokenizeResult {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const { token, next } = step(sql, i);
		if (next < 0) return { ok: false, unterminated: i };
		if (token) tokens.push(token);
		i = next;
	}
	return { ok: true, tokens };
}
