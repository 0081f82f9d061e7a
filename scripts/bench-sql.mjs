#!/usr/bin/env node
// SQL console benchmark (part of `npm run bench`): a GROUP BY with two aggregates over 1M and 10M
// SYNTHETIC rows (scripts/bench-sql/synthetic.mjs — generated, not real data), timed
//  - in headless Chromium, DuckDB-wasm with the site's own lib/data code (a bench-only harness page
//    built by Vite from scripts/bench-sql/, served on loopback, CSP as on the site), through the
//    console's run path and as a bare conn.query;
//  - in native DuckDB (@duckdb/node-api) with SET threads=1, in the same run, as the reference.
// Medians of BENCH_SQL_RUNS (default 7) runs after one warm-up. Writes tmp/bench-sql.json.
import { launchChromium } from './chromium.mjs';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { startServer } from './static-server.mjs';
import { buildHarnessPage, emit, median } from './bench-lib.mjs';
import { BENCH_QUERY, CHECK_QUERY, syntheticTableSql } from './bench-sql/synthetic.mjs';

const RUNS = Math.max(5, Number(process.env.BENCH_SQL_RUNS ?? 7));
const SIZES = [1_000_000, 10_000_000];
const TARGETS = { 1_000_000: 50, 10_000_000: 300 };
const HARNESS_DIR = path.resolve('tmp/bench-sql-harness');

async function browserTimings(url, rows) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const errors = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(url);
		await page.waitForSelector('body[data-ready="true"]');
		const result = await page.evaluate(([n, runs]) => window.runBench(n, runs), [rows, RUNS]);
		if (errors.length) throw new Error(`harness page errors: ${errors.join('; ')}`);
		return result;
	} finally {
		await browser.close();
	}
}

async function nativeTimings(rows) {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	await conn.run('SET threads = 1');
	await conn.run(syntheticTableSql(rows));
	const times = [];
	for (let i = 0; i <= RUNS; i++) {
		const started = performance.now();
		const reader = await conn.runAndReadAll(BENCH_QUERY);
		if (reader.currentRowCount !== 1000) throw new Error('native bench query: wrong row count');
		if (i > 0) times.push(performance.now() - started);
	}
	const check = (await conn.runAndReadAll(CHECK_QUERY)).getRowObjectsJS()[0];
	const version = (await conn.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0].v;
	conn.closeSync();
	return { times, check, version };
}

const plainCheck = (check) => Object.fromEntries(Object.entries(check).map(([k, v]) => [k, Number(v)]));

await buildHarnessPage('scripts/bench-sql', HARNESS_DIR);
const server = await startServer(HARNESS_DIR);
const results = [];
try {
	for (const rows of SIZES) {
		const wasm = await browserTimings(`${server.url}/index.html`, rows);
		const native = await nativeTimings(rows);
		const same = JSON.stringify(plainCheck(wasm.check)) === JSON.stringify(plainCheck(native.check));
		if (!same)
			throw new Error(
				`wasm and native disagree: ${JSON.stringify(wasm.check)} vs ${JSON.stringify(native.check)}`
			);
		results.push({
			rows,
			createMs: wasm.createMs,
			console: median(wasm.consoleMs),
			raw: median(wasm.rawMs),
			native: median(native.times),
			nativeVersion: native.version,
			check: plainCheck(wasm.check),
			samples: { console: wasm.consoleMs, raw: wasm.rawMs, native: native.times }
		});
	}
} finally {
	await server.stop();
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
mkdirSync('tmp', { recursive: true });
writeFileSync(
	'tmp/bench-sql.json',
	JSON.stringify(
		{ date: new Date().toISOString(), machine, runs: RUNS, query: BENCH_QUERY, results },
		null,
		2
	)
);
for (const r of results) {
	const label = (r.rows / 1e6).toFixed(0) + 'M';
	const extra = { rows: r.rows, native: r.native, raw: r.raw, nativeVersion: r.nativeVersion };
	emit({
		bench: 'sql',
		measure: `console_group_by_${label}`,
		value: r.console,
		unit: 'ms',
		target: `<= ${TARGETS[r.rows]}`,
		synthetic: true,
		runs: RUNS,
		extra
	});
	emit({
		bench: 'sql',
		measure: `console_over_native_${label}`,
		value: r.console / r.native,
		unit: 'ratio',
		target: '<= 4',
		synthetic: true,
		runs: RUNS,
		extra
	});
}
console.error(`\nSQL console, GROUP BY with two aggregates over SYNTHETIC rows (median of ${RUNS} runs)`);
console.error(
	`machine: ${machine}; native reference: DuckDB ${results[0]?.nativeVersion} with SET threads=1`
);
for (const r of results) {
	const target = TARGETS[r.rows];
	console.error(
		`${(r.rows / 1e6).toFixed(0).padStart(2)}M rows: console ${r.console.toFixed(1)} ms (target ≤ ${target} ms)` +
			` · bare conn.query ${r.raw.toFixed(1)} ms · native 1 thread ${r.native.toFixed(1)} ms` +
			` · console ÷ native ${(r.console / r.native).toFixed(2)}× (target ≤ 4×)`
	);
}
