import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliQuality, precompressDir } from './precompress.mjs';

const temporary: string[] = [];

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'mingjing-precompress-'));
	temporary.push(dir);
	return dir;
}

afterEach(async () => {
	await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Repetitive but not trivial text, like a prerendered page. */
function page(kb: number): Buffer {
	const rows = Array.from(
		{ length: kb * 16 },
		(_, i) => `<tr><td>部门 ${i}</td><td>${(i * 7919) % 100003}</td></tr>`
	);
	return Buffer.from(`<!doctype html><table>${rows.join('\n')}</table>`).subarray(0, kb * 1024);
}

/** Bytes that do not compress (like Parquet pages or PNG data). */
function noise(bytes: number): Buffer {
	let x = 2463534242;
	return Buffer.from(
		Array.from({ length: bytes }, () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x & 255))
	);
}

async function files(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
		.sort();
}

describe('precompress', () => {
	it('writes .br and .gz for compressible files ≥ 1 KB only, and both decode to the original bytes', async () => {
		const dir = await tempDir();
		await mkdir(path.join(dir, '_app/immutable'), { recursive: true });
		await mkdir(path.join(dir, 'data'));
		const originals: Record<string, Buffer> = {
			'index.html': page(40),
			'_app/immutable/app.js': page(3),
			'_app/immutable/engine.wasm': page(20),
			'data/spending.csv': page(2),
			'data/catalog.json': Buffer.from(JSON.stringify({ tables: Array(200).fill({ name: 'spending' }) })),
			'small.html': Buffer.from('<p>tiny</p>'),
			'data/spending.parquet': page(8),
			'favicon.png': page(8),
			'noise.js': noise(4096)
		};
		for (const [name, bytes] of Object.entries(originals)) await writeFile(path.join(dir, name), bytes);

		const result = await precompressDir(dir);

		const compressed = [
			'index.html',
			'_app/immutable/app.js',
			'_app/immutable/engine.wasm',
			'data/spending.csv',
			'data/catalog.json'
		];
		expect(await files(dir)).toEqual(
			[...Object.keys(originals), ...compressed.flatMap((n) => [`${n}.br`, `${n}.gz`])].sort()
		);
		for (const name of compressed) {
			const original = originals[name]!;
			const br = await readFile(path.join(dir, `${name}.br`));
			const gz = await readFile(path.join(dir, `${name}.gz`));
			expect(brotliDecompressSync(br).equals(original), `${name}.br`).toBe(true);
			expect(gunzipSync(gz).equals(original), `${name}.gz`).toBe(true);
			expect(br.length).toBeLessThan(original.length);
			expect(gz.length).toBeLessThan(original.length);
		}
		// The originals are untouched; the incompressible .js is counted but gets no copies.
		for (const [name, bytes] of Object.entries(originals)) {
			expect((await readFile(path.join(dir, name))).equals(bytes), name).toBe(true);
		}
		const noiseResult = result.files.find((f) => f.path.endsWith('noise.js'));
		expect(noiseResult).toMatchObject({ raw: 4096, br: null, gz: null });
		expect(result.files).toHaveLength(6);
		expect(result.skipped).toBe(3);
	});

	it('leaves no stale copy: a changed file gets new ones, a file now too small or incompressible loses them', async () => {
		const dir = await tempDir();
		await writeFile(path.join(dir, 'a.html'), page(10));
		await writeFile(path.join(dir, 'b.css'), page(10));
		await writeFile(path.join(dir, 'c.js'), page(10));
		await precompressDir(dir);

		const changed = page(30);
		await writeFile(path.join(dir, 'a.html'), changed);
		await writeFile(path.join(dir, 'b.css'), 'b{}');
		await writeFile(path.join(dir, 'c.js'), noise(2048));
		await precompressDir(dir);

		expect(await files(dir)).toEqual(['a.html', 'a.html.br', 'a.html.gz', 'b.css', 'c.js']);
		expect(brotliDecompressSync(await readFile(path.join(dir, 'a.html.br'))).equals(changed)).toBe(true);
		expect(gunzipSync(await readFile(path.join(dir, 'a.html.gz'))).equals(changed)).toBe(true);
	});

	it('uses brotli 11 below 1 MiB and faster qualities for the big wasm files', () => {
		expect(brotliQuality(175_866)).toBe(11);
		expect(brotliQuality(1024 * 1024 - 1)).toBe(11);
		expect(brotliQuality(1024 * 1024)).toBe(9);
		expect(brotliQuality(34_242_586)).toBe(6);
	});
});
