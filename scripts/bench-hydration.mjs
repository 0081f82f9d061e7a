#!/usr/bin/env node
// The main thread after first paint (issue 9, total blocking time): for each page, cold loads in
// a fresh context, the longest task after first contentful paint (SvelteKit's hydration of the
// whole page, on the pages measured) and the sum of every long task's time over 50 ms after it
// (what Lighthouse's total blocking time adds up, measured rather than simulated), over the
// first HYDRATION_WAIT_MS. Several builds can be compared in one run, loaded alternately:
//   BUILD_DIRS=/tmp/before,build node scripts/bench-hydration.mjs
// HYDRATION_CPU_SLOWDOWN (default 1) throttles the CPU through CDP as Lighthouse's mobile preset
// does (4). One JSON line per measure and build.
import { launchChromium } from './chromium.mjs';
import { emit, median } from './bench-lib.mjs';
import { startServer } from './static-server.mjs';

const DIRS = (process.env.BUILD_DIRS ?? process.env.BUILD_DIR ?? 'build').split(',');
const RUNS = Number(process.env.HYDRATION_RUNS ?? 9);
const WAIT = Number(process.env.HYDRATION_WAIT_MS ?? 4000);
const SLOWDOWN = Number(process.env.HYDRATION_CPU_SLOWDOWN ?? 1);
const PAGES = [
	{ name: 'overview', path: '/' },
	{ name: 'spending', path: '/spending' }
];

/** Runs in the page before its scripts: every long task, from the start. */
const OBSERVE = () => {
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
};

async function load(browser, url) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	if (SLOWDOWN !== 1) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
	}
	await page.addInitScript(OBSERVE);
	await page.goto(url);
	await page.waitForTimeout(WAIT);
	const result = await page.evaluate(() => {
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const after = window.__longTasks.filter(([start]) => start >= fcp);
		return {
			fcp,
			longest: Math.max(0, ...after.map(([, duration]) => duration)),
			blocking: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0)
		};
	});
	await context.close();
	return result;
}

const servers = await Promise.all(DIRS.map((dir) => startServer(dir)));
const browser = await launchChromium();
try {
	for (const { name, path } of PAGES) {
		const runs = DIRS.map(() => []);
		for (let i = 0; i <= RUNS; i++) {
			for (let d = 0; d < DIRS.length; d++) {
				const result = await load(browser, `${servers[d].url}${path}`);
				if (i > 0) runs[d].push(result); // the first round warms the browser process
			}
		}
		DIRS.forEach((dir, d) => {
			const extra = { build: dir, page: path, cpu_slowdown: SLOWDOWN, viewport: '412x823' };
			const of = (key) => median(runs[d].map((r) => r[key]));
			const all = (key) => runs[d].map((r) => Math.round(r[key]));
			emit({
				bench: 'hydration',
				measure: `${name}_longest_task_after_fcp`,
				value: of('longest'),
				unit: 'ms',
				runs: RUNS,
				extra: { ...extra, all: all('longest') }
			});
			emit({
				bench: 'hydration',
				measure: `${name}_blocking_after_fcp`,
				value: of('blocking'),
				unit: 'ms',
				runs: RUNS,
				extra: { ...extra, all: all('blocking') }
			});
			emit({ bench: 'hydration', measure: `${name}_fcp`, value: of('fcp'), unit: 'ms', runs: RUNS, extra });
		});
	}
} finally {
	await browser.close();
	await Promise.all(servers.map((server) => server.stop()));
}
