// SYNTHETIC benchmark data — not real data, never shown on the site, never written to data/.
// A seeded, deterministic generator expressed as DuckDB SQL over range(): integer arithmetic
// only, so DuckDB-wasm (1.4.3) and native DuckDB (1.5.x) build exactly the same rows, and the
// query's checksums can be compared across the two engines.
export const SYNTHETIC_TABLE = 'synthetic_bench';
export const SEED = 20221231;

/** CREATE TABLE for `rows` synthetic rows: k = one of 1,000 groups, v = an amount 0.00–999.99. */
export function syntheticTableSql(rows, seed = SEED) {
	return `CREATE OR REPLACE TABLE ${SYNTHETIC_TABLE} AS
SELECT ((i * 2654435761 + ${seed}) % 1000)::INTEGER AS k,
       (((i * 40503 + ${seed} * 7) % 100000) / 100.0)::DOUBLE AS v
FROM range(${Number(rows)}) t(i)`;
}

/** The measured query: a GROUP BY with two aggregates. */
export const BENCH_QUERY = `SELECT k, count(*) AS n, sum(v) AS total FROM ${SYNTHETIC_TABLE} GROUP BY k`;

/** Order-independent fingerprint of the result (groups, rows counted, total summed). */
export const CHECK_QUERY = `SELECT count(*)::INTEGER AS groups, sum(n)::BIGINT::DOUBLE AS rows, round(sum(total), 2) AS total FROM (${BENCH_QUERY})`;
