/**
 * The console's limits, apart from console.ts so the page can show them without loading
 * DuckDB-wasm or Arrow on first paint.
 */
/** Rows kept from one result; more are not read, and the reader is told. */
export const CONSOLE_ROW_CAP = 100_000;
/** A statement still running after this long is stopped like a Stop. */
export const CONSOLE_TIMEOUT_MS = 30_000;
/** How long Stop waits for DuckDB to give way before terminating the worker. */
export const CANCEL_GRACE_MS = 150;
