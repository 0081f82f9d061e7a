import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headerCsp, headersFile, securityHeaders } from './security-headers.mjs';
import { startServer } from './static-server.mjs';

// Issue 13: the bundled server sent no security headers, so the site could be framed. The server,
// the generated `_headers` and the docs' nginx/Caddy snippets must carry one policy.
let dir: string;
let server: { url: string; stop: () => Promise<unknown> };

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'mingjing-headers-'));
	await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
	await writeFile(path.join(dir, 'app.js'), 'export {}');
	server = await startServer(dir);
});
afterAll(async () => {
	await server?.stop();
	await rm(dir, { recursive: true, force: true });
});

/** `_headers` back into name → value (the format Netlify and Cloudflare Pages read). */
function parseHeadersFile(text: string): Record<string, string> {
	const [rule, ...lines] = text.trimEnd().split('\n');
	expect(rule).toBe('/*');
	return Object.fromEntries(
		lines.map((line) => {
			const at = line.indexOf(': ');
			return [line.slice(0, at).trim(), line.slice(at + 2)];
		})
	);
}

describe('security headers', () => {
	it("is the meta's policy without script-src/default-src, plus frame-ancestors 'none'", () => {
		expect(headerCsp()).toBe(
			"worker-src 'self' blob:; connect-src 'self'; img-src 'self' data: blob:; " +
				"style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; base-uri 'none'; " +
				"form-action 'self'; frame-ancestors 'none'"
		);
		expect(CSP_DIRECTIVES['script-src']).toEqual(['self', 'wasm-unsafe-eval']);
	});
	it('are sent by the bundled server on pages and assets, equal to the generated _headers', async () => {
		const expected = parseHeadersFile(headersFile());
		expect(expected).toEqual(securityHeaders());
		for (const file of ['/', '/app.js', '/missing']) {
			const response = await fetch(server.url + file);
			for (const [name, value] of Object.entries(expected))
				expect(response.headers.get(name), `${name} on ${file}`).toBe(value);
		}
		expect((await fetch(`${server.url}/app.js`)).headers.get('x-content-type-options')).toBe('nosniff');
	});
	it('are the ones docs/security.md gives for nginx and Caddy', async () => {
		const docs = await readFile(path.join(import.meta.dirname, '..', 'docs', 'security.md'), 'utf8');
		for (const [name, value] of Object.entries(securityHeaders())) {
			expect(docs, `nginx ${name}`).toContain(`add_header ${name} "${value}" always;`);
			expect(docs, `Caddy ${name}`).toContain(`\t\t${name} "${value}"`);
			expect(docs, `_headers ${name}`).toContain(`  ${name}: ${value}`);
		}
	});
});
