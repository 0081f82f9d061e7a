#!/usr/bin/env node
// npm run import: starts the importer (scripts/import.ts) with a heap sized to its input. V8 grows
// its heap lazily to several times the live data; a limit of ~7× the input (the decoded text is
// two bytes a character, plus the keys that keep a fact from being imported twice) makes it
// collect early, so a 100 MB CSV stays well under 1 GB instead of ballooning past it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Heap limit (MiB) for importing files of `bytes` in total. */
export function heapLimitMb(bytes) {
	return Math.min(16384, Math.max(512, Math.ceil((7 * bytes) / 2 ** 20) + 256));
}

export function inputBytes(args) {
	return args
		.filter((arg) => !arg.startsWith('--') && existsSync(arg))
		.reduce((sum, file) => sum + statSync(file).size, 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const limit = heapLimitMb(inputBytes(args));
	const run = spawnSync(
		process.execPath,
		[`--max-old-space-size=${limit}`, '--import', 'tsx', 'scripts/import.ts', ...args],
		{
			stdio: 'inherit'
		}
	);
	process.exit(run.status ?? 1);
}
