#!/usr/bin/env node
// Import benchmark (issue 8): time and peak memory of `npm run import` for each real file in
// ../shared/real and for a generated 100 MB CSV (synthetic rows, labelled synthetic, written to
// tmp/ and never shipped). Each run is its own Node process; medians of BENCH_IMPORT_RUNS runs.
// Prints one JSON line per measure and a table; targets: yearbook XLSX ≤ 2 s, 100 MB CSV ≤ 15 s
// and ≤ 1 GB peak.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeSyntheticCsv } from './bench-import-data.mjs';
import { heapLimitMb } from './import-run.mjs';
import { emit, median } from './bench-lib.mjs';

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const REAL = '../shared/real';

/**
 * Flags a reader would pass for files whose title rows do not name the department (the README of
 * ../shared/real/standard-tables names the publisher). The Changjiang tables print no year, so
 * they are imported without one: the importer refuses their rows with a problem, as it should.
 */
const FLAGS = {
	'dazhou-ring-road-maintenance-center-2014-budget-three-public-expenses.csv': {
		department: '达州市环城公路养护中心'
	},
	'dazhu-county-science-bureau-2014-budget-three-public-expenses.csv': { department: '大竹县科技局' },
	// Its title row names no year; the README gives 2021 (the form says 2021年第一批…).
	'xianning-eco-env-bureau-2021-transfer-payment-performance-self-evaluation.csv': {
		department: '咸宁市生态环境局',
		year: 2021
	}
};

function runOnce(file, extra) {
	// The same heap sizing as `npm run import` (scripts/import-run.mjs).
	const heap = `--max-old-space-size=${heapLimitMb(statSync(file).size)}`;
	const args = [heap, '--import', 'tsx', 'scripts/bench-import-one.ts', file, JSON.stringify(extra)];
	const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
	const line = run.stdout.trim().split('\n').pop() ?? '';
	if (run.status !== 0 || !line.startsWith('{'))
		throw new Error(`import of ${file} failed:\n${run.stderr}\n${run.stdout.slice(-2000)}`);
	return JSON.parse(line);
}

function measure(name, file, { out, target } = {}) {
	const runs = [];
	const extra = { ...(FLAGS[path.basename(file)] ?? {}), ...(out ? { out } : {}) };
	for (let i = 0; i < RUNS; i++) {
		if (out) rmSync(out, { recursive: true, force: true });
		runs.push(runOnce(file, extra));
	}
	const result = {
		measure: `import:${name}`,
		file: path.basename(file),
		bytes: statSync(file).size,
		ms: median(runs.map((r) => r.ms)),
		peakMb: median(runs.map((r) => r.peakMb)),
		rowsRead: runs[0].read,
		rowsImported: runs[0].imported,
		facts: runs[0].facts,
		problems: runs[0].problems,
		runs: RUNS,
		...(target ? { target } : {})
	};
	const label = name;
	const context = {
		file: label,
		bytes: result.bytes,
		rowsRead: result.rowsRead,
		rowsImported: result.rowsImported
	};
	const synthetic = label.startsWith('synthetic');
	emit({
		bench: 'import',
		measure: `import_ms:${label}`,
		value: result.ms,
		unit: 'ms',
		target: target?.ms ? `<= ${target.ms}` : null,
		synthetic,
		runs: RUNS,
		extra: context
	});
	emit({
		bench: 'import',
		measure: `import_peak_mb:${label}`,
		value: result.peakMb,
		unit: 'MB',
		target: target?.peakMb ? `<= ${target.peakMb}` : null,
		synthetic,
		runs: RUNS,
		extra: context
	});
	return result;
}

const results = [];
if (existsSync(REAL)) {
	for (const dir of ['city-yearbook', 'nbs-province-finance', 'standard-tables']) {
		for (const name of readdirSync(path.join(REAL, dir))
			.filter((n) => !n.endsWith('.md'))
			.sort()) {
			const target = dir === 'city-yearbook' ? { ms: 2000 } : undefined;
			results.push(measure(`${dir}/${name}`, path.join(REAL, dir, name), { target }));
		}
	}
} else {
	console.error(`import benchmark: ${REAL} not found, real files skipped`);
}
mkdirSync('tmp/bench-import', { recursive: true });
const big = makeSyntheticCsv('tmp/bench-import/synthetic-100mb.csv', 100 * 2 ** 20);
results.push(
	measure('synthetic-100mb-csv', big.file, {
		out: 'tmp/bench-import/out',
		target: { ms: 15000, peakMb: 1024 }
	})
);
for (const r of results) {
	const ok = r.target
		? r.ms <= r.target.ms && (r.target.peakMb === undefined || r.peakMb <= r.target.peakMb)
			? 'met'
			: 'MISSED'
		: '';
	const name = r.measure.replace(/^import:/, '').padEnd(96);
	const cost = `${r.ms.toFixed(0).padStart(7)} ms ${r.peakMb.toFixed(0).padStart(6)} MB peak`;
	const rows = `read ${r.rowsRead}, imported ${r.rowsImported}, ${r.facts} facts, ${r.problems} problems`;
	console.error(`${name} ${cost}  ${rows} ${ok}`);
}
