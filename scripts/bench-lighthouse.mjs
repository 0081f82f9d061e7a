#!/usr/bin/env node
// Lighthouse 12.2.3 (mobile preset: simulated slow 4G and 4× CPU slowdown) against the built site
// served compressed by static-server.mjs, in Debian's Chromium; the median of LIGHTHOUSE_RUNS
// (default 3) runs per page, each in a fresh Chromium. Prints one JSON line per measure (emit).
// Run alone (`node scripts/bench-lighthouse.mjs`) or as the end of bench.mjs's first-page part.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { emit, median } from './bench-lib.mjs';
import { startServer } from './static-server.mjs';

const BUILD = process.env.BUILD_DIR ?? 'build';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** The pages the issue names: the overview and /spending. */
export const LIGHTHOUSE_PAGES = [
	{ name: 'overview', path: '/' },
	{ name: 'spending', path: '/spending' }
];

/** One Lighthouse run in its own Chromium and profile (no cache or service state carried over). */
async function audit(url, reportPath) {
	const userDataDir = await mkdtemp(join(tmpdir(), 'mingjing-lh-'));
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		userDataDir,
		logLevel: 'error'
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		// The whole report stays in tmp/ for reading (its diagnostics name the long tasks).
		await mkdir('tmp/lighthouse', { recursive: true });
		await writeFile(reportPath, JSON.stringify(result.lhr));
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
		const ms = (id) => audits[id]?.numericValue ?? null;
		return {
			score: Math.round((categories.performance?.score ?? 0) * 100),
			fcp: ms('first-contentful-paint'),
			lcp: ms('largest-contentful-paint'),
			tbt: ms('total-blocking-time'),
			cls: ms('cumulative-layout-shift'),
			si: ms('speed-index')
		};
	} finally {
		await chrome.kill();
		await rm(userDataDir, { recursive: true, force: true });
	}
}

const MEASURES = [
	{ key: 'score', unit: 'score', target: '>= 95' },
	{ key: 'fcp', unit: 'ms', target: null },
	{ key: 'lcp', unit: 'ms', target: null },
	{ key: 'tbt', unit: 'ms', target: null },
	{ key: 'cls', unit: 'score', target: null },
	{ key: 'si', unit: 'ms', target: null }
];

/** Attempts per run: Lighthouse sometimes loses its own trace (NO_NAVSTART), a tool fault, not the page's. */
const ATTEMPTS = 3;

/** One run, tried again when Lighthouse reports a runtime error; the last error is thrown. */
async function auditWithRetry(url, reportPath) {
	let failure = null;
	for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
		try {
			return await audit(url, reportPath);
		} catch (error) {
			failure = error;
			console.error(`${url}: attempt ${attempt} of ${ATTEMPTS} failed (${error.message})`);
		}
	}
	throw failure;
}

/** Runs every page RUNS times against a server already serving the build; emits medians. */
export async function benchLighthouse(baseUrl, runs = RUNS) {
	for (const { name, path } of LIGHTHOUSE_PAGES) {
		const results = [];
		for (let i = 0; i < runs; i++)
			results.push(await auditWithRetry(`${baseUrl}${path}`, `tmp/lighthouse/${name}-${i}.json`));
		for (const { key, unit, target } of MEASURES) {
			const values = results.map((r) => r[key]).filter((v) => typeof v === 'number');
			emit({
				bench: 'lighthouse',
				measure: `lighthouse_${name}_${key}`,
				value: values.length ? median(values) : null,
				unit,
				target,
				runs,
				extra: { preset: 'mobile', lighthouse: '12.2.3', page: path, all: values }
			});
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	if (!existsSync(`${BUILD}/index.html`)) {
		console.error(`${BUILD}/ is missing: run \`npm run data && npm run build\` first.`);
		process.exit(1);
	}
	const server = await startServer(BUILD);
	try {
		await benchLighthouse(server.url);
	} finally {
		await server.stop();
	}
}
