#!/usr/bin/env node
// npm run bench — first-load timings of the built site in headless Chromium (cold cache, one
// fresh browser context per run). Prints medians and writes tmp/bench.json; record the numbers
// with machine and date in docs/benchmarks.md.
import { launchChromium } from './chromium.mjs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { startServer } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

// Runs inside the page before any of its scripts: stamps the first animation frame in which the
// first chart SVG and every KPI figure are laid out (i.e. painted in that frame).
const PROBE = () => {
	const marks = {};
	const visible = (el) => el && el.getBoundingClientRect().width > 0;
	const tick = (now) => {
		if (marks.chart === undefined && visible(document.querySelector('[data-testid^="chart-"] svg')))
			marks.chart = now;
		const values = document.querySelectorAll('[data-testid^="card-"] .value');
		if (marks.kpis === undefined && values.length >= 9 && [...values].every(visible)) marks.kpis = now;
		if (marks.chart === undefined || marks.kpis === undefined) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	window.__benchMarks = marks;
};

async function once(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript(PROBE);
	await page.goto(url);
	await page.waitForFunction(() => performance.getEntriesByName('mingjing:duckdb-ready').length > 0, null, {
		timeout: 60000
	});
	const result = await page.evaluate(() => {
		const marks = window.__benchMarks;
		const ready = performance.getEntriesByName('mingjing:duckdb-ready')[0].startTime;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
		const scripts = performance.getEntriesByType('resource').filter((r) => /\.m?js(\?|$)/.test(r.name));
		// A frame's rAF runs before that frame paints, and nothing paints before first contentful
		// paint: the chart's paint time is the later of the two.
		const chart = Math.max(marks.chart, fcp ?? 0);
		const kpis = Math.max(marks.kpis, fcp ?? 0);
		const jsBeforeChart = scripts
			.filter((r) => r.responseEnd <= chart)
			.reduce((s, r) => s + r.transferSize, 0);
		const jsTotal = scripts.reduce((s, r) => s + r.transferSize, 0);
		return {
			chart,
			kpis,
			fcp,
			duckdbReady: ready,
			jsBeforeChart,
			jsTotal
		};
	});
	await context.close();
	return result;
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync('build/index.html')) {
	console.error('build/ is missing: run `npm run data && npm run build` first.');
	process.exit(1);
}
const server = await startServer();
const browser = await launchChromium();
try {
	await once(browser, `${server.url}/`); // warm-up of the browser process, not of any cache
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await once(browser, `${server.url}/`));
	const summary = Object.fromEntries(
		['chart', 'kpis', 'fcp', 'duckdbReady', 'jsBeforeChart', 'jsTotal'].map((k) => [
			k,
			median(runs.map((r) => r[k]))
		])
	);
	summary.readyOverChart = summary.duckdbReady / summary.chart;
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
	const report = { date: new Date().toISOString(), machine, runs: RUNS, summary, raw: runs };
	mkdirSync('tmp', { recursive: true });
	writeFileSync('tmp/bench.json', JSON.stringify(report, null, 2));
	console.log(`machine: ${machine}\nruns: ${RUNS} (cold cache each; medians)`);
	console.log(`first chart painted:   ${summary.chart.toFixed(0)} ms  (target ≤ 300 ms)`);
	console.log(`all KPI figures shown: ${summary.kpis.toFixed(0)} ms`);
	console.log(`first contentful paint:${summary.fcp?.toFixed(0)} ms`);
	console.log(
		`DuckDB ready:          ${summary.duckdbReady.toFixed(0)} ms  (${summary.readyOverChart.toFixed(1)}× the first chart; target ≥ 3×)`
	);
	console.log(
		`JS before first chart: ${(summary.jsBeforeChart / 1024).toFixed(1)} KiB transferred (all JS: ${(summary.jsTotal / 1024).toFixed(1)} KiB)`
	);
} finally {
	await browser.close();
	await server.stop();
}

// The SQL console's query benchmark (synthetic data; DuckDB-wasm vs native single-threaded).
await import('./bench-sql.mjs');

// The importer's benchmark (issue 8): real files and a generated 100 MB CSV, in Node.
await import('./bench-import.mjs');
