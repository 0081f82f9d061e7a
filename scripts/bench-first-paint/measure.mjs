// One cold first load of a page in headless Chromium (fresh context, so no HTTP cache): when the
// first chart SVG and the KPI figures were painted, first contentful paint, DuckDB ready, and
// the scripts that had arrived by the first chart's paint.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Runs inside the page before any of its scripts: stamps the first animation frame in which the
// first chart SVG (and, with `kpis`, every KPI figure) is laid out, i.e. painted in that frame.
const PROBE = (kpiCount) => {
	const marks = {};
	const visible = (el) => el && el.getBoundingClientRect().width > 0;
	const tick = (now) => {
		if (marks.chart === undefined && visible(document.querySelector('[data-testid^="chart-"] svg')))
			marks.chart = now;
		const values = document.querySelectorAll('[data-testid^="card-"] .value');
		if (marks.kpis === undefined && kpiCount > 0 && values.length >= kpiCount && [...values].every(visible))
			marks.kpis = now;
		if (marks.chart === undefined || (kpiCount > 0 && marks.kpis === undefined)) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
	window.__benchMarks = marks;
};

/** gzip size of a served file: its precompressed .gz sibling, or gzip -9 of small files. */
export function gzipBytes(dir, urlPath) {
	const file = path.join(dir, decodeURIComponent(urlPath));
	if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
	return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, dir: string, kpis?: number, duckdb?: boolean }} target
 */
export async function firstLoad(browser, { url, dir, kpis = 0, duckdb = false }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript(PROBE, kpis);
	await page.goto(url);
	if (duckdb) {
		await page.waitForFunction(() => performance.getEntriesByName('mingjing:duckdb-ready').length > 0, null, {
			timeout: 60000
		});
	} else {
		await page.waitForFunction(() => window.__benchMarks?.chart !== undefined, null, { timeout: 60000 });
	}
	const timings = await page.evaluate(() => {
		const marks = window.__benchMarks;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const ready = performance.getEntriesByName('mingjing:duckdb-ready')[0]?.startTime ?? null;
		const scripts = performance
			.getEntriesByType('resource')
			.filter((r) => /\.m?js(\?|$)/.test(r.name))
			.map((r) => ({ path: new URL(r.name).pathname, end: r.responseEnd, transfer: r.transferSize }));
		// A frame's rAF runs before that frame paints, and nothing paints before first contentful
		// paint: the chart's paint time is the later of the two.
		const chart = Math.max(marks.chart, fcp);
		const kpis = marks.kpis === undefined ? null : Math.max(marks.kpis, fcp);
		return { chart, kpis, fcp, duckdbReady: ready, scripts };
	});
	await context.close();
	const before = timings.scripts.filter((s) => s.end <= timings.chart);
	return {
		chart: timings.chart,
		kpis: timings.kpis,
		fcp: timings.fcp,
		duckdbReady: timings.duckdbReady,
		jsBeforeChartTransferred: before.reduce((sum, s) => sum + s.transfer, 0),
		jsBeforeChartGzip: before.reduce((sum, s) => sum + gzipBytes(dir, s.path), 0),
		scriptsBeforeChart: before.length,
		jsTotalTransferred: timings.scripts.reduce((sum, s) => sum + s.transfer, 0)
	};
}
