/** A SQL statement with its bound parameters. Values never go into the SQL text. */
export interface Query {
	sql: string;
	params: ReadonlyArray<string | number | boolean | null>;
}

export type Row = Record<string, unknown>;

/** Runs a query somewhere (DuckDB-wasm in the browser, @duckdb/node-api at build time). */
export type QueryRunner = (query: Query) => Promise<Row[]>;

/** Quotes an identifier for DuckDB. Identifiers cannot be bound, so they pass through here only. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** `?, ?, ?` for an IN list of bound values. */
export function placeholders(count: number): string {
	return Array.from({ length: count }, () => '?').join(', ');
}
