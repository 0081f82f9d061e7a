// Shared by every benchmark script: medians, the machine line, and the one JSON line per measure
// that `npm run bench` prints so a script can read the results (`grep '^{' | jq`).
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const machine = () =>
	`${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/**
 * Prints one measure as a single JSON line on stdout:
 * {"bench":"load","measure":"console_ready_1e6","value":812.4,"unit":"ms","target":"<= 3000",
 *  "met":true,"synthetic":true,"runs":5,"machine":"…","date":"…"}
 * `target` is the issue's target as text (null when the measure has none); `met` compares value
 * with it (null without a target). `extra` carries context (sizes, ratios' parts).
 */
export function emit({
	bench,
	measure,
	value,
	unit,
	target = null,
	synthetic = false,
	runs = 1,
	extra = {}
}) {
	const met = target === null ? null : meets(value, target);
	const line = {
		bench,
		measure,
		value,
		unit,
		target,
		met,
		synthetic,
		runs,
		machine: machine(),
		date: new Date().toISOString(),
		...extra
	};
	console.log(JSON.stringify(line));
	return line;
}

/** `"<= 3000"` / `">= 2"` against a value. */
export function meets(value, target) {
	const match = /^(<=|>=|<|>)\s*(-?[\d.]+)$/.exec(String(target).trim());
	if (!match || typeof value !== 'number') return null;
	const limit = Number(match[2]);
	switch (match[1]) {
		case '<=':
			return value <= limit;
		case '>=':
			return value >= limit;
		case '<':
			return value < limit;
		default:
			return value > limit;
	}
}

/**
 * Builds a bench-only harness page (scripts/<name>/index.html + its TS, using the site's own
 * `$lib` code) with Vite into `outDir`. `emptyOutDir: false` keeps data written there earlier.
 */
export async function buildHarnessPage(root, outDir, { emptyOutDir = true } = {}) {
	const { build } = await import('vite');
	const path = await import('node:path');
	// The harness imports $lib code whose TypeScript config extends .svelte-kit/tsconfig.json, which a
	// fresh clone has only after `svelte-kit sync`: every harness (load, SQL) needs it, run alone or not.
	execFileSync(process.execPath, [path.resolve('node_modules/@sveltejs/kit/svelte-kit.js'), 'sync']);
	await build({
		root: path.resolve(root),
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: path.resolve('src/lib') } },
		build: { outDir, emptyOutDir, target: 'es2022', chunkSizeWarningLimit: 100000 }
	});
}

/**
 * Resident memory of the renderer processes (the tab and its workers) of the Chromium this script
 * launched (Playwright spawns it as our child), in MB.
 */
export function rendererRssMb(rootPid) {
	const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
	const procs = out
		.trim()
		.split('\n')
		.map((line) => {
			const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
			return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
		});
	const family = new Set([rootPid]);
	for (let grew = true; grew;) {
		grew = false;
		for (const p of procs) {
			if (family.has(p.ppid) && !family.has(p.pid)) {
				family.add(p.pid);
				grew = true;
			}
		}
	}
	const renderers = procs.filter((p) => family.has(p.pid) && p.args.includes('--type=renderer'));
	return renderers.reduce((s, p) => s + p.rss, 0) / 1024;
}
