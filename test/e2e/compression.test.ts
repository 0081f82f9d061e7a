import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

// The bundled server (scripts/static-server.mjs, also behind `npm start`/`npm run preview`) against
// the precompressed build. node:http rather than fetch: fetch would decode the body and hide
// Content-Encoding's effect on the bytes.
const baseURL = inject('baseURL');
const BUILD = process.env.BUILD_DIR ?? 'build';

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(urlPath: string, headers: Record<string, string>): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = request(new URL(urlPath, baseURL), { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

function decode(raw: Raw): Buffer {
	const encoding = raw.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(raw.body);
	if (encoding === 'gzip') return gunzipSync(raw.body);
	return raw.body;
}

/** The overview page, its biggest JS import and the DuckDB wasm the SQL pages load. */
function targets(): string[] {
	const overview = readFileSync(path.join(BUILD, 'index.html'), 'utf8');
	const scripts = [...new Set(overview.match(/_app\/immutable\/[\w./-]+\.js/g) ?? [])];
	const biggest = scripts.sort(
		(a, b) => statSync(path.join(BUILD, b)).size - statSync(path.join(BUILD, a)).size
	)[0];
	const assets = readdirSync(path.join(BUILD, '_app/immutable/assets'));
	const wasm = assets.find((name) => /^duckdb-eh\..*\.wasm$/.test(name));
	if (!biggest || !wasm) throw new Error(`${BUILD}: no JS chunk in index.html or no duckdb-eh wasm`);
	return ['/', `/${biggest}`, `/_app/immutable/assets/${wasm}`];
}

const onDisk = (urlPath: string) => readFileSync(path.join(BUILD, urlPath === '/' ? 'index.html' : urlPath));

describe('precompressed files from the bundled server', () => {
	const cases = [
		{ accept: 'br, gzip', encoding: 'br' },
		{ accept: 'gzip', encoding: 'gzip' },
		{ accept: 'identity', encoding: undefined }
	];
	for (const { accept, encoding } of cases) {
		it(`Accept-Encoding: ${accept} → ${encoding ?? 'identity'}, with the original bytes after decoding`, async () => {
			for (const urlPath of targets()) {
				const original = onDisk(urlPath);
				const raw = await get(urlPath, { 'Accept-Encoding': accept });
				expect(raw.status, urlPath).toBe(200);
				expect(raw.headers['content-encoding'], urlPath).toBe(encoding);
				expect(raw.headers['vary'], urlPath).toBe('Accept-Encoding');
				expect(Number(raw.headers['content-length']), urlPath).toBe(raw.body.length);
				if (encoding) expect(raw.body.length, urlPath).toBeLessThan(original.length / 2);
				expect(decode(raw).equals(original), urlPath).toBe(true);
			}
		});
	}

	it('the overview is served as UTF-8 HTML and the wasm as application/wasm, compressed or not', async () => {
		const [overview, , wasm] = targets();
		for (const accept of ['br', 'gzip', 'identity']) {
			expect((await get(overview!, { 'Accept-Encoding': accept })).headers['content-type']).toBe(
				'text/html;charset=utf-8'
			);
			expect((await get(wasm!, { 'Accept-Encoding': accept })).headers['content-type']).toBe(
				'application/wasm'
			);
		}
	});

	// One partition's Parquet of the partitioned spending table (data/spending/department_id=…/), and
	// the bin of partitions the browser attaches, as built.
	const PARQUET = '/data/spending/department_id=hengyang_eeb/data_0.parquet';
	const DUCKDB = '/data/spending/bin_000.duckdb';

	it('a Range request gets 206 with the bytes of the file itself: Parquet, and the wasm that has a .br beside it', async () => {
		const wasm = targets()[2]!;
		for (const urlPath of [PARQUET, wasm]) {
			const original = onDisk(urlPath);
			const raw = await get(urlPath, { 'Accept-Encoding': 'br, gzip', Range: 'bytes=100-1123' });
			expect(raw.status, urlPath).toBe(206);
			expect(raw.headers['content-encoding'], urlPath).toBeUndefined();
			expect(raw.headers['content-range'], urlPath).toBe(`bytes 100-1123/${original.length}`);
			expect(raw.body.equals(original.subarray(100, 1124)), urlPath).toBe(true);
		}
		// Parquet is already compressed: never a .br/.gz of it, whatever the client accepts.
		const whole = await get(PARQUET, { 'Accept-Encoding': 'br, gzip' });
		expect(whole.headers['content-encoding']).toBeUndefined();
		expect(whole.body.equals(onDisk(PARQUET))).toBe(true);
		// A DuckDB file (zero-padded blocks) is sent compressed to a client that accepts it.
		const duckdb = await get(DUCKDB, { 'Accept-Encoding': 'br' });
		expect(duckdb.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(duckdb.body).equals(onDisk(DUCKDB))).toBe(true);
		expect(duckdb.body.length).toBeLessThan(onDisk(DUCKDB).length / 4);
	});
});
