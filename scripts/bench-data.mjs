#!/usr/bin/env node
// npm run bench:data — `npm run data` on SYNTHETIC data folders (the real data/ plus N synthetic
// spending rows, scripts/bench-data/synthetic.mjs, written under tmp/, never shipped): wall time
// (measured around the child process, Node start-up included) and the child's peak RSS, median
// of BENCH_DATA_RUNS runs (3) at 10^5 and 10^6 rows. Targets (issue 9) at 10^6: ≤ 60 s, ≤ 1.5 GB.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { emit, median } from './bench-lib.mjs';
import { writeSyntheticData } from './bench-data/synthetic.mjs';

const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const SIZES = (process.env.BENCH_DATA_SIZES ?? '100000,1000000').split(',').map(Number);
const TARGETS = { 1000000: { ms: '<= 60000', mb: '<= 1536' } };
const WORK = 'tmp/bench-data';

function buildOnce(inputDir, outputDir) {
	rmSync(outputDir, { recursive: true, force: true });
	const started = performance.now();
	const args = ['--import', 'tsx', 'scripts/bench-data/run-build.ts', inputDir, outputDir];
	const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
	const wallMs = performance.now() - started;
	const line = run.stdout.trim().split('\n').pop() ?? '';
	if (run.status !== 0 || !line.startsWith('{'))
		throw new Error(`build of ${inputDir} failed:\n${run.stderr}`);
	return { ...JSON.parse(line), wallMs, load: loadavg()[0] };
}

const label = (rows) => `1e${Math.round(Math.log10(rows))}`;

for (const rows of SIZES) {
	const inputDir = `${WORK}/synthetic-${rows}`;
	rmSync(inputDir, { recursive: true, force: true });
	const generated = await writeSyntheticData({ dir: inputDir, rows });
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(buildOnce(inputDir, `${WORK}/out-${rows}`));
	const [first] = runs;
	const extra = {
		rows_synthetic: generated.rows,
		rows_loaded: first.rows,
		spending_partitions: first.spendingPartitions,
		duckdb_bytes: first.duckdbBytes,
		csv_shipped: first.csvShipped.length,
		validate_ms: Math.round(median(runs.map((run) => run.validateMs))),
		write_ms: Math.round(median(runs.map((run) => run.writeMs))),
		cpu_ms: Math.round(median(runs.map((run) => run.cpuMs))),
		runs_ms: runs.map((run) => Math.round(run.wallMs)),
		load_average_1m: runs.map((run) => Number(run.load.toFixed(1)))
	};
	const target = TARGETS[rows] ?? {};
	const common = { bench: 'data', synthetic: true, runs: RUNS, extra };
	emit({
		...common,
		measure: `data_build_ms_${label(rows)}`,
		value: Math.round(median(runs.map((run) => run.wallMs))),
		unit: 'ms',
		target: target.ms ?? null
	});
	emit({
		...common,
		measure: `data_build_rss_mb_${label(rows)}`,
		value: Math.round(median(runs.map((run) => run.maxRssMb))),
		unit: 'MB',
		target: target.mb ?? null
	});
}
