#!/usr/bin/env node
// Load benchmark (part of `npm run bench`; alone: `npm run bench:load`): the browser's columnar load
// path on SYNTHETIC spending tables of 10^5, 10^6 and 10^7 rows (scripts/bench-load/synthetic.mjs:
// generated, never shipped), in headless Chromium with the site's own lib/data code (a bench-only
// harness page built by Vite from scripts/bench-load/, CSP as on the site), a fresh browser per run:
//  - console ready: the statement names spending → its DuckDB files are fetched and attached → the
//    console's first query returns (the DuckDB start-up before it, when the page opens, beside it);
//  - JS heap of the page after the load (CDP) and the tab's memory (RSS of the renderer processes);
//  - 10^7 rows: loaded (time, memory) or refused by the size gate (time to the refusal);
//  - a one-department view (the spending page's query, scoped) at 10^5 and 10^6 rows, and the ratio.
// Medians of BENCH_LOAD_RUNS (default 5; 3 for 10^7). One JSON line per measure (bench-lib emit).
// BENCH_LOAD_REUSE=1 keeps synthetic folders of an earlier run (the 10^7 one takes minutes to write).
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { buildHarnessPage, emit, median, rendererRssMb } from './bench-lib.mjs';
import { startServer } from './static-server.mjs';
import { writeSyntheticCsv, writeSyntheticSite } from './bench-load/synthetic.mjs';

const RUNS = Math.max(3, Number(process.env.BENCH_LOAD_RUNS ?? 5));
const WWW = path.resolve('tmp/bench-load/www');
const SIZES = (process.env.BENCH_LOAD_SIZES ?? '100000,1000000,10000000').split(',').map(Number);

async function inPage(url, fn, arg) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const navigated = Date.now();
		await page.goto(url);
		await page.waitForSelector('body[data-ready="true"]');
		const result = await page.evaluate(([f, a]) => window[f](...a), [fn, arg]);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		const rss = rendererRssMb(process.pid);
		if (errors.length) throw new Error(`harness page errors: ${errors.join('; ')}`);
		return { ...result, totalMs: Date.now() - navigated, heapMb: heap.usedSize / 2 ** 20, tabMb: rss };
	} finally {
		await browser.close();
	}
}

await buildHarnessPage('scripts/bench-load', WWW, { emptyOutDir: false });
const sites = {};
for (const rows of SIZES) {
	const started = performance.now();
	sites[rows] = await writeSyntheticSite(path.join(WWW, `s${rows}`), rows);
	console.error(
		`synthetic ${rows} rows: ${sites[rows].departments} departments in ${sites[rows].files} DuckDB files, ${(sites[rows].bytes / 2 ** 20).toFixed(1)} MB of DuckDB files, written in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}
// Written before the server starts: sirv snapshots the file list at start.
const csv = sites[1000000] ? await writeSyntheticCsv(path.join(WWW, 's1000000')) : null;
const server = await startServer(WWW);
try {
	const views = {};
	for (const rows of SIZES) {
		const site = `${server.url}/s${rows}/`;
		const runs = rows >= 10_000_000 ? 3 : RUNS;
		const results = [];
		for (let i = 0; i < runs; i++)
			results.push(await inPage(`${server.url}/index.html`, 'consoleReady', [site]));
		const label = rows.toExponential().replace('+', '');
		const extra = {
			rows,
			departments: sites[rows].departments,
			files: sites[rows].files,
			bytes: sites[rows].bytes
		};
		if (results.some((r) => r.refused)) {
			emit({
				bench: 'load',
				measure: `console_refused_${label}`,
				value: median(results.map((r) => r.loadAndQueryMs)),
				unit: 'ms',
				target: '<= 1000',
				synthetic: true,
				runs,
				extra: { ...extra, refusal: results[0].refusal }
			});
		} else {
			const bigTargets = rows >= 10_000_000;
			emit({
				bench: 'load',
				// The measure, "console ready (load + first query)": from running the first
				// statement that names the table to its result. DuckDB itself starts when the console
				// page opens (after first paint, before the reader can run anything): reported beside.
				measure: `console_ready_${label}`,
				value: median(results.map((r) => r.loadAndQueryMs)),
				unit: 'ms',
				target: bigTargets ? '<= 30000' : rows === 1_000_000 ? '<= 3000' : null,
				synthetic: true,
				runs,
				extra: {
					...extra,
					loadMs: median(results.map((r) => r.loadMs)),
					duckdbOpenMs: median(results.map((r) => r.openMs)),
					withDuckdbStartMs: median(results.map((r) => r.openMs + r.loadAndQueryMs)),
					rowsLoaded: results[0].rows
				}
			});
			emit({
				bench: 'load',
				measure: `js_heap_after_load_${label}`,
				value: median(results.map((r) => r.heapMb)),
				unit: 'MB',
				target: rows === 1_000_000 ? '<= 300' : null,
				synthetic: true,
				runs,
				extra
			});
			emit({
				bench: 'load',
				measure: `tab_memory_after_load_${label}`,
				value: median(results.map((r) => r.tabMb)),
				unit: 'MB',
				target: bigTargets ? '<= 2048' : null,
				synthetic: true,
				runs,
				extra
			});
		}
		if (rows <= 1_000_000) {
			const dept = `d${String(Math.floor(sites[rows].departments / 2)).padStart(4, '0')}`;
			const viewRuns = [];
			for (let i = 0; i < RUNS; i++)
				viewRuns.push(await inPage(`${server.url}/index.html`, 'departmentView', [site, dept]));
			views[rows] = median(viewRuns.map((r) => r.viewMs));
			emit({
				bench: 'load',
				measure: `department_view_${label}`,
				value: views[rows],
				unit: 'ms',
				synthetic: true,
				runs: RUNS,
				extra: {
					...extra,
					department: dept,
					viewRows: viewRuns[0].rows,
					loadedBytes: viewRuns[0].loadedBytes
				}
			});
		}
	}
	if (sites[1000000]) {
		// The readable fallback at 10^6 rows, same run: the same rows as one CSV through read_csv.
		const site = `${server.url}/s1000000/`;
		const runs = [];
		for (let i = 0; i < 3; i++) runs.push(await inPage(`${server.url}/index.html`, 'csvReady', [site]));
		emit({
			bench: 'load',
			measure: 'csv_path_ready_1e6',
			value: median(runs.map((r) => r.openMs + r.loadAndQueryMs)),
			unit: 'ms',
			synthetic: true,
			runs: 3,
			extra: {
				bytes: csv.bytes,
				loadAndQueryMs: median(runs.map((r) => r.loadAndQueryMs)),
				jsHeapMb: median(runs.map((r) => r.heapMb)),
				tabMb: median(runs.map((r) => r.tabMb))
			}
		});
	}
	if (views[100000] && views[1000000]) {
		emit({
			bench: 'load',
			measure: 'department_view_growth_1e5_to_1e6',
			value: views[1000000] / views[100000],
			unit: 'ratio',
			target: '<= 1.2',
			synthetic: true,
			runs: RUNS
		});
	}
} finally {
	await server.stop();
}
