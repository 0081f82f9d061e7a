#!/usr/bin/env node
// Browser import benchmark (issue 10; part of `npm run bench`; alone: `node scripts/bench-import-browser.mjs`):
// the built site's /import page in headless Chromium, a fresh browser per run, the file given
// through the page's own file input (setInputFiles), timed until "loaded" (the worker's outcome is
// in, the bundle is built and addImport has resolved) by the page's clock (installStamps; the
// harness's own end-to-end time is reported beside it). The yearbook is measured twice: dropped as
// soon as the page is hydrated, and 3 s later, as a reader who takes a moment to pick it. Files: the 2023 yearbook XLSX from
// ../shared/real (when present) and a generated 100 MB CSV (synthetic contract-shaped spending
// rows, scripts/bench-import-data.mjs, under tmp/, never shipped). Memory: the peak JS heap of the
// import worker (CDP Runtime.getHeapUsage through a browser session attached to the worker,
// sampled every 250 ms), the page's JS heap after the load, and the renderer processes' peak RSS.
// Medians of BENCH_IMPORT_BROWSER_RUNS (default 3). One JSON line per measure (bench-lib emit).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { emit, median, rendererRssMb } from './bench-lib.mjs';
import { makeSyntheticCsv } from './bench-import-data.mjs';
import { startServer } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_IMPORT_BROWSER_RUNS ?? 3);
const SYNTHETIC_RUNS = Number(process.env.BENCH_IMPORT_BROWSER_SYNTHETIC_RUNS ?? RUNS);
const LOAD_TIMEOUT_MS = Number(process.env.BENCH_IMPORT_BROWSER_LOAD_TIMEOUT_MS ?? 180000);
const BUILD = process.env.BUILD_DIR ?? 'build';
const YEARBOOK = '../shared/real/city-yearbook/china_city_statistical_yearbook_2023_prefecture.xlsx';
const SYNTHETIC = path.resolve('tmp/bench-import-browser/synthetic_100mb.csv');

/** Samples the import worker's JS heap (CDP, non-flat session: messages through Target.sendMessageToTarget). */
async function watchWorkerHeap(browser) {
	const cdp = await browser.newBrowserCDPSession();
	let sessionId = null;
	let peak = 0;
	let id = 0;
	const pending = new Map();
	cdp.on('Target.receivedMessageFromTarget', (event) => {
		const message = JSON.parse(event.message);
		pending.get(message.id)?.(message.result);
		pending.delete(message.id);
	});
	const ask = (method) =>
		new Promise((resolve) => {
			const key = ++id;
			pending.set(key, resolve);
			cdp
				.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: key, method }) })
				.catch(() => resolve(null));
			setTimeout(() => resolve(null), 1000);
		});
	let stopped = false;
	const loop = (async () => {
		while (!stopped) {
			await sample().catch((error) => console.error(`worker heap sample: ${error.message}`));
			await new Promise((r) => setTimeout(r, 250));
		}
	})();
	async function sample() {
		{
			if (sessionId === null) {
				const { targetInfos } = await cdp.send('Target.getTargets');
				const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('/workers/worker-'));
				// The worker may already be gone (a small file is read in a moment).
				if (worker)
					sessionId = await cdp
						.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })
						.then((attached) => attached.sessionId)
						.catch(() => null);
			} else {
				const usage = await ask('Runtime.getHeapUsage');
				if (usage?.usedSize) peak = Math.max(peak, usage.usedSize);
			}
		}
	}
	return async () => {
		stopped = true;
		await loop.catch(() => {});
		return peak / 2 ** 20;
	};
}

/**
 * Page-side timestamps (performance.now in the tab): the input's change event (the drop), the
 * first file card marked done, the click on Load, and the "loaded" line's insertion. The page's
 * own time is (done − drop) + (loaded − click): Playwright's round trips (~0.25 s for the click's
 * actionability checks, ~0.4 s for waitForSelector to notice a node while DuckDB's worker is busy)
 * and the gap a reader leaves before pressing Load are not the page's.
 */
function installStamps() {
	const stamps = {};
	window.__importStamps = stamps;
	const mark = (key) => (stamps[key] ??= performance.now());
	document.addEventListener('change', () => mark('drop'), true);
	document.addEventListener(
		'click',
		(event) =>
			event.target instanceof Element && event.target.closest('[data-testid="import-load"]') && mark('click'),
		true
	);
	new MutationObserver(() => {
		if (document.querySelector('[data-testid="import-file"][data-status="done"]')) mark('done');
		if (document.querySelector('[data-testid="import-loaded"]')) mark('loaded');
	}).observe(document.body, { subtree: true, childList: true, attributes: true });
}

async function runOnce(url, file, settleMs = 0) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${url}/en/import`);
		await page.waitForSelector('[data-testid="import-drop"][data-hydrated="true"]');
		// A reader takes a moment to pick a file; settleMs > 0 measures the drop after that moment.
		if (settleMs > 0) await page.waitForTimeout(settleMs);
		await page.evaluate(installStamps);
		const stopHeap = await watchWorkerHeap(browser);
		let rssPeak = 0;
		const rssTimer = setInterval(() => (rssPeak = Math.max(rssPeak, rendererRssMb(process.pid))), 250);
		const started = Date.now();
		await page.getByTestId('import-input').setInputFiles(file);
		const name = path.basename(file);
		await page.waitForSelector(`[data-testid="import-file"][data-file="${name}"][data-status="done"]`, {
			timeout: 120000
		});
		const read = Date.now() - started;
		await page.getByTestId('import-load').click();
		// null: addImport had not resolved after LOAD_TIMEOUT_MS (or failed: the page says why).
		const loaded = await page
			.waitForSelector('[data-testid="import-loaded"], [data-testid="import-load-error"]', {
				timeout: LOAD_TIMEOUT_MS
			})
			.then(async (element) =>
				(await element.getAttribute('data-testid')) === 'import-loaded' ? Date.now() - started : null
			)
			.catch(() => null);
		clearInterval(rssTimer);
		const workerHeapMb = await stopHeap();
		const counts = await page.getByTestId('file-counts').textContent();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		const stamps = await page.evaluate(() => window.__importStamps);
		const inPage =
			loaded === null ? null : Math.round(stamps.done - stamps.drop + (stamps.loaded - stamps.click));
		return {
			inPage,
			loaded,
			read,
			workerHeapMb,
			pageHeapMb: heap.usedSize / 2 ** 20,
			rssPeakMb: rssPeak,
			counts
		};
	} finally {
		await browser.close();
	}
}

async function measure(url, label, file, targets, count = RUNS, settleMs = 0) {
	const runs = [];
	for (let i = 0; i < count; i++) runs.push(await runOnce(url, file, settleMs));
	const of = (key) => {
		const values = runs.map((r) => r[key]);
		return values.some((v) => v === null) ? null : median(values);
	};
	const synthetic = label.startsWith('synthetic');
	const extra = { file: path.basename(file), bytes: statSync(file).size, counts: runs[0].counts };
	emit({
		bench: 'import-browser',
		measure: `browser_import_loaded_ms:${label}`,
		value: of('inPage'),
		unit: 'ms',
		target: targets.ms,
		synthetic,
		runs: count,
		extra: { ...extra, settle_ms: settleMs, runs_ms: runs.map((r) => r.inPage) }
	});
	emit({
		bench: 'import-browser',
		measure: `browser_import_loaded_harness_ms:${label}`,
		value: of('loaded'),
		unit: 'ms',
		synthetic,
		runs: count,
		extra: { ...extra, settle_ms: settleMs, read_ms: of('read'), runs_ms: runs.map((r) => r.loaded) }
	});
	if (settleMs > 0) return;
	emit({
		bench: 'import-browser',
		measure: `browser_import_worker_heap_peak_mb:${label}`,
		value: of('workerHeapMb'),
		unit: 'MB',
		target: targets.heap,
		synthetic,
		runs: count,
		extra
	});
	emit({
		bench: 'import-browser',
		measure: `browser_import_page_heap_mb:${label}`,
		value: of('pageHeapMb'),
		unit: 'MB',
		target: targets.heap,
		synthetic,
		runs: count,
		extra
	});
	emit({
		bench: 'import-browser',
		measure: `browser_import_renderer_rss_peak_mb:${label}`,
		value: of('rssPeakMb'),
		unit: 'MB',
		synthetic,
		runs: count,
		extra
	});
}

if (!existsSync(`${BUILD}/import.html`)) {
	console.error(`${BUILD}/import.html is missing: run \`npm run build\` first.`);
	process.exit(1);
}
const server = await startServer(BUILD);
try {
	if (RUNS > 0 && existsSync(YEARBOOK)) {
		await measure(server.url, 'yearbook_2023_xlsx', YEARBOOK, { ms: '<= 3000', heap: null });
		await measure(
			server.url,
			'yearbook_2023_xlsx_after_3s',
			YEARBOOK,
			{ ms: '<= 3000', heap: null },
			RUNS,
			3000
		);
	} else if (RUNS > 0) console.error(`${YEARBOOK} is absent: the yearbook measure is skipped.`);
	if (SYNTHETIC_RUNS > 0) {
		mkdirSync(path.dirname(SYNTHETIC), { recursive: true });
		makeSyntheticCsv(SYNTHETIC, 100 * 2 ** 20);
		await measure(
			server.url,
			'synthetic_100mb_csv',
			SYNTHETIC,
			{ ms: '<= 20000', heap: '<= 600' },
			SYNTHETIC_RUNS
		);
	}
} finally {
	await server.stop();
}
