#!/usr/bin/env node
// Writes <file>.br and <file>.gz beside every compressible file of the static build (run after
// `vite build`). Our own step instead of adapter-static's `precompress: true`, which uses brotli
// quality 11 on everything: on 2 cores that takes minutes for the two ~35 MB DuckDB wasm files,
// while quality 6 on them costs ~1 s each and is ~4 % larger than quality 9.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text-like formats, wasm and DuckDB files (zero-padded blocks); Parquet and images are already compressed. */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.duckdb',
	'.csv',
	'.txt',
	'.xml'
]);
/** Below this, a compressed copy saves less than a packet and costs a file. */
export const MIN_BYTES = 1024;
const MiB = 1024 * 1024;

/** Brotli quality by size: the best for the small files a page needs first, faster for big ones. */
export function brotliQuality(bytes) {
	if (bytes < MiB) return 11;
	if (bytes < 8 * MiB) return 9;
	return 6;
}

function brotliOptions(bytes, ext) {
	const { constants: c } = zlib;
	return {
		params: {
			[c.BROTLI_PARAM_QUALITY]: brotliQuality(bytes),
			[c.BROTLI_PARAM_MODE]: ext === '.wasm' ? c.BROTLI_MODE_GENERIC : c.BROTLI_MODE_TEXT,
			// A 16 MiB window (default 4 MiB) finds repeats across the wasm's whole code section.
			[c.BROTLI_PARAM_LGWIN]: bytes > 4 * MiB ? 24 : 22,
			[c.BROTLI_PARAM_SIZE_HINT]: bytes
		}
	};
}

async function* walk(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (entry.isFile()) yield path;
	}
}

/** Files the step looks at: everything except the compressed copies themselves. */
async function listFiles(dir) {
	const files = [];
	for await (const path of walk(dir)) {
		if (path.endsWith('.br') || path.endsWith('.gz')) continue;
		files.push({ path, bytes: (await stat(path)).size });
	}
	return files;
}

const eligible = (file) => COMPRESSIBLE.has(extname(file.path).toLowerCase()) && file.bytes >= MIN_BYTES;

/** Writes (or removes) one compressed sibling: a copy no smaller than the original is not kept. */
async function writeSibling(path, raw, compressed) {
	if (compressed.length < raw.length) await writeFile(path, compressed);
	else await rm(path, { force: true });
	return compressed.length < raw.length ? compressed.length : null;
}

async function compressOne(file) {
	const raw = await readFile(file.path);
	const ext = extname(file.path).toLowerCase();
	const [br, gz] = await Promise.all([brotli(raw, brotliOptions(raw.length, ext)), gzip(raw, { level: 9 })]);
	return {
		path: file.path,
		raw: raw.length,
		br: await writeSibling(`${file.path}.br`, raw, br),
		gz: await writeSibling(`${file.path}.gz`, raw, gz)
	};
}

/**
 * Precompresses `dir` in place. Every eligible file gets fresh .br/.gz copies (so none is stale);
 * a file that is no longer eligible loses any copy left beside it. Biggest files first, at most
 * `concurrency` at a time (zlib runs them on libuv's thread pool).
 */
export async function precompressDir(dir, { concurrency = 2 } = {}) {
	const started = performance.now();
	const files = await listFiles(dir);
	const todo = files.filter(eligible).sort((a, b) => b.bytes - a.bytes);
	for (const file of files.filter((f) => !eligible(f))) {
		await rm(`${file.path}.br`, { force: true });
		await rm(`${file.path}.gz`, { force: true });
	}
	const results = [];
	const worker = async () => {
		for (let file = todo.shift(); file; file = todo.shift()) results.push(await compressOne(file));
	};
	await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
	results.sort((a, b) => a.path.localeCompare(b.path));
	return {
		files: results,
		skipped: files.length - results.length,
		milliseconds: performance.now() - started
	};
}

function summary(result) {
	const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
	const sum = (key) => result.files.reduce((s, f) => s + (f[key] ?? f.raw), 0);
	return (
		`precompress: ${result.files.length} files → .br/.gz (${result.skipped} left as they are), ` +
		`raw ${mb(sum('raw'))}, br ${mb(sum('br'))}, gz ${mb(sum('gz'))}, ` +
		`${(result.milliseconds / 1000).toFixed(1)} s`
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
	console.log(summary(await precompressDir(dir)));
}
