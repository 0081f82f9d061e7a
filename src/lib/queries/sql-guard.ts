import { tokenize, type Token } from './sql-tokens';

/**
 * The console's statement guard: a pure check, run before any SQL reaches DuckDB, that lets
 * through one read-only statement and nothing else. It is the second wall, not the only one:
 * DuckDB itself is locked (no external access, configuration locked, no extension loading) and
 * the console runs each statement inside a READ ONLY transaction after DuckDB has prepared it
 * as a single statement (src/lib/data/console.ts).
 */
export type GuardRefusal =
	| { code: 'empty' }
	| { code: 'unterminated'; offset: number }
	| { code: 'multiple'; count: number }
	| { code: 'statement'; keyword: string }
	| { code: 'function'; name: string }
	| { code: 'file'; reference: string };

export type StatementKind = 'select' | 'values' | 'describe' | 'show' | 'summarize' | 'explain';

export type GuardResult =
	| {
			ok: true;
			kind: StatementKind;
			/** A plain SELECT (or WITH … SELECT): the only kind a shared link may run by itself. */
			autoRun: boolean;
	  }
	| ({ ok: false } & GuardRefusal);

const LEADING: Record<string, StatementKind> = {
	select: 'select',
	with: 'select',
	from: 'select',
	values: 'values',
	table: 'select',
	describe: 'describe',
	desc: 'describe',
	show: 'show',
	summarize: 'summarize',
	explain: 'explain',
	pivot: 'select',
	unpivot: 'select'
};

/** Statement keywords that change data, schema, settings or the outside world. */
const WRITING = new Set([
	'insert',
	'update',
	'delete',
	'merge',
	'upsert',
	'create',
	'drop',
	'alter',
	'truncate',
	'attach',
	'detach',
	'install',
	'load',
	'set',
	'reset',
	'pragma',
	'copy',
	'export',
	'import',
	'call',
	'vacuum',
	'checkpoint',
	'use',
	'begin',
	'commit',
	'rollback',
	'abort',
	'start',
	'end',
	'prepare',
	'execute',
	'deallocate',
	'grant',
	'revoke',
	'comment',
	'analyze',
	'update_extensions'
]);

/** Table and scalar functions that read files or URLs, run SQL text, or change state. */
const FORBIDDEN_FUNCTION =
	/^(read_\w*|parquet_\w*|sniff_csv|glob|query|query_table|iceberg_\w*|delta_\w*|sqlite_\w*|postgres_\w*|mysql_\w*|st_read\w*|st_drivers|csv_scan|json_scan|arrow_scan\w*|load_\w*|http_\w*|duckdb_secrets|which_secret|checkpoint|force_checkpoint|getenv|ducklake_\w*)$/;

const FILE_EXTENSION = /^(csv|tsv|txt|parquet|json|jsonl|ndjson|gz|zst|arrow|db|duckdb|sqlite|xlsx)$/;

function splitStatements(tokens: Token[]): Token[][] {
	const statements: Token[][] = [[]];
	for (const token of tokens) {
		if (token.kind === 'punct' && token.value === ';') statements.push([]);
		else statements.at(-1)!.push(token);
	}
	return statements.filter((s) => s.length > 0);
}

function isWord(token: Token | undefined, ...words: string[]): boolean {
	return token?.kind === 'word' && words.includes(token.value);
}

/** The statement's leading keyword (skipping opening parentheses) or, after WITH, the main one. */
function mainKeyword(tokens: Token[]): string {
	const first = tokens.find((t) => !(t.kind === 'punct' && t.value === '('));
	if (!isWord(first, 'with')) return first?.kind === 'word' ? first.value : (first?.value ?? '');
	let depth = 0;
	for (const token of tokens.slice(tokens.indexOf(first!) + 1)) {
		if (token.kind === 'punct' && token.value === '(') depth++;
		else if (token.kind === 'punct' && token.value === ')') depth--;
		else if (depth === 0 && isWord(token, 'select', 'from', 'values', 'table', ...WRITING))
			return token.value;
	}
	return 'with';
}

function forbiddenCall(tokens: Token[]): string | null {
	for (let i = 0; i + 1 < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1]!;
		if ((token.kind === 'word' || token.kind === 'quoted') && next.value === '(' && next.kind === 'punct') {
			const name = token.value.toLowerCase();
			if (FORBIDDEN_FUNCTION.test(name)) return name;
		}
	}
	return null;
}

/** A statement keyword straight after an opening parenthesis: a write hidden in a subquery. */
function nestedWrite(tokens: Token[]): string | null {
	for (let i = 1; i < tokens.length; i++) {
		const before = tokens[i - 1]!;
		const token = tokens[i]!;
		if (before.kind === 'punct' && before.value === '(' && token.kind === 'word' && WRITING.has(token.value))
			return token.value;
	}
	return null;
}

const CLAUSE_END = new Set([
	'where',
	'group',
	'having',
	'qualify',
	'window',
	'order',
	'limit',
	'offset',
	'union',
	'except',
	'intersect',
	'select',
	'returning',
	'using',
	'sample',
	'pivot',
	'unpivot'
]);

function looksLikeFile(tokens: Token[], i: number): string | null {
	const token = tokens[i]!;
	if (token.kind === 'string') return token.value;
	if (token.kind === 'quoted' && /[./:\\]/.test(token.value)) return `"${token.value}"`;
	const dot = tokens[i + 1];
	const part = tokens[i + 2];
	if (dot?.value === '.' && part && FILE_EXTENSION.test(part.value.toLowerCase()))
		return `${token.value}.${part.value}`;
	return null;
}

/**
 * A string literal, a quoted name with a path in it, or `name.csv` where a table belongs: DuckDB
 * reads such a reference as a file (a "replacement scan"), from disk or from a URL.
 */
function fileReference(tokens: Token[]): string | null {
	const inFrom: boolean[] = [false];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const depth = inFrom.length - 1;
		if (token.kind === 'punct' && token.value === '(') inFrom.push(false);
		else if (token.kind === 'punct' && token.value === ')') inFrom.length = Math.max(1, depth);
		else if (isWord(token, 'from', 'join')) inFrom[depth] = true;
		else if (token.kind === 'word' && CLAUSE_END.has(token.value)) inFrom[depth] = false;
		const before = tokens[i - 1];
		const tablePosition =
			isWord(before, 'from', 'join') ||
			(inFrom[depth] === true && before?.value === ',' && before.kind === 'punct');
		if (tablePosition && token.kind !== 'punct') {
			const reference = looksLikeFile(tokens, i);
			if (reference) return reference;
		}
	}
	return null;
}

function checkStatement(tokens: Token[]): GuardResult {
	const keyword = mainKeyword(tokens);
	const leading = tokens.find((t) => !(t.kind === 'punct' && t.value === '('));
	const kind = LEADING[leading?.kind === 'word' ? leading.value : ''];
	const mainIsRead = ['select', 'from', 'values', 'table'].includes(keyword) || kind !== 'select';
	if (!kind || !mainIsRead) return { ok: false, code: 'statement', keyword: keyword.toUpperCase() };
	const nested = nestedWrite(tokens);
	if (nested) return { ok: false, code: 'statement', keyword: nested.toUpperCase() };
	if (kind === 'explain' || kind === 'describe' || kind === 'summarize') {
		const inner = tokens.slice(tokens.indexOf(leading!) + 1).find((t) => !isWord(t, 'analyze'));
		if (isWord(inner, ...WRITING))
			return { ok: false, code: 'statement', keyword: inner!.value.toUpperCase() };
	}
	const call = forbiddenCall(tokens);
	if (call) return { ok: false, code: 'function', name: call };
	const file = fileReference(tokens);
	if (file) return { ok: false, code: 'file', reference: file };
	return { ok: true, kind, autoRun: isWord(leading, 'select', 'with') && keyword === 'select' };
}

/** Checks console SQL: exactly one read-only statement, no file/URL reads, no state changes. */
export function guardStatement(sql: string): GuardResult {
	const lexed = tokenize(sql);
	if (!lexed.ok) return { ok: false, code: 'unterminated', offset: lexed.unterminated };
	const statements = splitStatements(lexed.tokens);
	if (statements.length === 0) return { ok: false, code: 'empty' };
	if (statements.length > 1) return { ok: false, code: 'multiple', count: statements.length };
	return checkStatement(statements[0]!);
}
