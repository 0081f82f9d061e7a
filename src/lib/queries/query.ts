/** A SQL statement with its bound parameters. Values never go into the SQL text. */
export interface Query {
	sql: string;
	params: ReadonlyArray<string | number | boolean | null>;
	/**
	 * Partition values the query filters every partitioned table it reads on, e.g.
	 * `{ department_id: 'x' }`: the browser then loads only those partitions of each table. Set it
	 * only when the SQL itself keeps to those values (test/e2e and queries/scope.test.ts check that
	 * scoped and full loads give the same rows); omit it and the whole tables are loaded.
	 */
	scope?: Readonly<Record<string, string | number>>;
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
