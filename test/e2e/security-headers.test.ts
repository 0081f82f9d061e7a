import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser';
import { grid } from './sql-helpers';
import { securityHeaders } from '../../scripts/security-headers.mjs';

// Issue 13: the bundled server sent no security headers and the site could be framed. Against the
// running server (the one npm start / npm run preview use): every response carries the headers,
// they equal the generated build/_headers, pages still run under header + meta policy, and a
// page inside an iframe is refused.
const baseURL = inject('baseURL');
const session = useBrowser();
const buildDir = process.env.BUILD_DIR ?? 'build';

function headersFileEntries(text: string): Record<string, string> {
	return Object.fromEntries(
		text
			.split('\n')
			.slice(1)
			.filter((line) => line.trim())
			.map((line) => [line.slice(0, line.indexOf(': ')).trim(), line.slice(line.indexOf(': ') + 2)])
	);
}

describe('security headers from the bundled server', () => {
	it('are on pages, scripts, wasm and data files, equal to build/_headers', async () => {
		const generated = headersFileEntries(await readFile(path.join(buildDir, '_headers'), 'utf8'));
		expect(generated).toEqual(securityHeaders());
		const html = await (await fetch(`${baseURL}/sql`)).text();
		const script = /src="([^"]+\.js)"|import\("([^"]+\.js)"\)/.exec(html);
		const paths = ['/', '/en/sql', '/data/catalog.json'];
		if (script) paths.push(new URL(script[1] ?? script[2]!, `${baseURL}/sql`).pathname);
		for (const file of paths) {
			const response = await fetch(baseURL + file);
			expect(response.status, file).toBe(200);
			for (const [name, value] of Object.entries(generated))
				expect(response.headers.get(name), `${name} ${file}`).toBe(value);
		}
		const csp = (await fetch(`${baseURL}/`)).headers.get('content-security-policy') ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(html).toMatch(
			/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/
		);
	});

	it('pages still hydrate and run DuckDB under both policies (no CSP violation)', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(`${baseURL}/sql?q=${encodeURIComponent('SELECT 6 * 7 AS answer')}`);
		await page.waitForSelector('[data-testid="sql-grid"] tbody tr[data-row]', { timeout: 30000 });
		expect((await grid(page)).rows).toEqual([['42']]);
		expect([violations, log.errors, log.foreignRequests]).toEqual([[], [], []]);
		await context.close();
	});

	it('a page in an iframe is refused (frame-ancestors none)', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const blocked: string[] = [];
		page.on('console', (m) => {
			if (/frame-ancestors|Refused to frame|refused to connect/i.test(m.text())) blocked.push(m.text());
		});
		await page.goto(`${baseURL}/data/catalog.json`);
		await page.evaluate((src) => {
			const frame = document.createElement('iframe');
			frame.src = src;
			document.body.append(frame);
			return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
		}, `${baseURL}/`);
		const frame = page.frames().find((f) => f !== page.mainFrame());
		const title = await frame?.evaluate(() => document.title).catch(() => null);
		expect(title ?? '').not.toContain('明镜');
		await expect.poll(() => blocked.length).toBeGreaterThan(0);
		await context.close();
	});
});
