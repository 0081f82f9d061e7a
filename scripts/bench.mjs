#!/usr/bin/env node
// npm run bench — every measure as one JSON line on stdout (scripts/bench-lib.mjs `emit`); the
// human-readable notes go to stderr. First the first page (issue 2, issue 9): the built site's
// overview against a plain hand-written ECharts page drawing the same first chart
// (scripts/bench-first-paint/), served the same way and loaded alternately in the same run,
// cold cache each; then Lighthouse (scripts/bench-lighthouse.mjs) and the main thread after first
// paint (scripts/bench-hydration.mjs); then the other benchmarks.
// Record the numbers with machine and date in docs/benchmarks.md.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { emit, machine, median } from './bench-lib.mjs';
import { startServer } from './static-server.mjs';
import { buildPlainPage } from './bench-first-paint/harness.mjs';
import { firstLoad, gzipBytes } from './bench-first-paint/measure.mjs';
import { benchLighthouse } from './bench-lighthouse.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const BUILD = process.env.BUILD_DIR ?? 'build';
/** The overview's KPI cards: nine figures. */
const KPI_COUNT = 9;

if (!existsSync(`${BUILD}/index.html`)) {
	console.error(`${BUILD}/ is missing: run \`npm run data && npm run build\` first.`);
	process.exit(1);
}

const medianOf = (runs, key) => median(runs.map((r) => r[key]).filter((v) => typeof v === 'number'));

/** Alternates site and plain page so both meet the same machine load; medians of RUNS each. */
async function firstPaintRuns() {
	const plainDir = await buildPlainPage();
	const [site, plain] = [await startServer(BUILD), await startServer(plainDir)];
	const browser = await launchChromium();
	try {
		const siteTarget = { url: `${site.url}/`, dir: BUILD, kpis: KPI_COUNT, duckdb: true };
		const plainTarget = { url: `${plain.url}/`, dir: plainDir };
		// Warm-up of the browser process, not of any cache (every load has a fresh context).
		await firstLoad(browser, siteTarget);
		await firstLoad(browser, plainTarget);
		const runs = { site: [], plain: [] };
		for (let i = 0; i < RUNS; i++) {
			runs.site.push(await firstLoad(browser, siteTarget));
			runs.plain.push(await firstLoad(browser, plainTarget));
		}
		return runs;
	} finally {
		await browser.close();
		await Promise.all([site.stop(), plain.stop()]);
	}
}

const runs = await firstPaintRuns();
const measure = (name, value, unit, target = null, extra = {}) =>
	emit({ bench: 'first-page', measure: name, value, unit, target, runs: RUNS, extra });
const chart = medianOf(runs.site, 'chart');
const plainChart = medianOf(runs.plain, 'chart');
measure('first_chart', chart, 'ms', '<= 150');
measure('first_chart_plain_echarts', plainChart, 'ms');
measure('first_chart_speedup', plainChart / chart, 'x', '>= 2', { site: chart, plain: plainChart });
measure('kpis_visible', medianOf(runs.site, 'kpis'), 'ms');
measure('fcp', medianOf(runs.site, 'fcp'), 'ms');
measure('duckdb_ready', medianOf(runs.site, 'duckdbReady'), 'ms');
measure('js_before_first_chart_gzip', medianOf(runs.site, 'jsBeforeChartGzip'), 'bytes', '<= 61440', {
	transferred: medianOf(runs.site, 'jsBeforeChartTransferred'),
	scripts: medianOf(runs.site, 'scriptsBeforeChart'),
	plain_gzip: medianOf(runs.plain, 'jsBeforeChartGzip')
});
measure('js_total_transferred', medianOf(runs.site, 'jsTotalTransferred'), 'bytes');
for (const [name, file] of [
	['overview_html_gzip', 'index.html'],
	['spending_html_gzip', 'spending.html']
]) {
	const raw = statSync(`${BUILD}/${file}`).size;
	emit({
		bench: 'first-page',
		measure: name,
		value: gzipBytes(BUILD, file),
		unit: 'bytes',
		target: '<= 61440',
		extra: { raw }
	});
}
mkdirSync('tmp', { recursive: true });
writeFileSync(
	'tmp/bench.json',
	JSON.stringify({ date: new Date().toISOString(), machine: machine(), runs }, null, 2)
);
console.error(
	`first page: ${RUNS} cold loads each, site and plain ECharts alternately (raw runs in tmp/bench.json)`
);

// Lighthouse, mobile preset, against the same build served compressed.
{
	const server = await startServer(BUILD);
	try {
		await benchLighthouse(server.url);
	} finally {
		await server.stop();
	}
}

// The main thread after first paint: hydration's longest task and the blocking time (issue 9).
await import('./bench-hydration.mjs');

// The SQL console's query benchmark (synthetic data; DuckDB-wasm vs native single-threaded).
await import('./bench-sql.mjs');

// The importer's benchmark (issue 8): real files and a generated 100 MB CSV, in Node.
await import('./bench-import.mjs');
// The same import in the browser (/import page, worker), issue 10.
await import('./bench-import-browser.mjs');

// The browser's load path on synthetic 10^5–10^7-row tables (issue 9).
await import('./bench-load.mjs');

// `npm run data` on synthetic 10^5 and 10^6 rows (issue 9).
await import('./bench-data.mjs');
