import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startAfterFirstPaint } from './first-paint';

const hash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

// The shape SvelteKit 2.70 prerenders (its start script, abridged data) with its CSP <meta>.
const START = `
				{
					__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.js"),
						import("./_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null, null], form: null, error: null });
					});
				}
			`;
const page = (script: string, csp = hash(script)) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${csp}; style-src 'self'"></head>` +
	`<body><div>二〇二二年</div><script>${script}</script></body></html>`;

describe('starting the app after first paint', () => {
	it('wraps the imports in a painted-frame wait and puts the new script’s hash in the CSP', () => {
		const html = startAfterFirstPaint(page(START));
		const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
		expect(script).toContain(
			'new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))).then(() => Promise.all(['
		);
		expect(script.trimEnd().endsWith('}));\n\t\t\t\t}')).toBe(true);
		expect(script).toContain('const element = document.currentScript.parentElement;');
		expect(html).toContain(hash(script));
		expect(html).not.toContain(hash(START));
		// Still one valid script: it parses as JavaScript.
		expect(() => new Function(script)).not.toThrow();
	});

	it('leaves a page without a start script unchanged', () => {
		const html = '<html><body><p>404</p></body></html>';
		expect(startAfterFirstPaint(html)).toBe(html);
	});

	it('refuses a start script whose hash is not in the CSP (the page would not run)', () => {
		expect(() => startAfterFirstPaint(page(START, "'sha256-other'"))).toThrow(/no hash in the page CSP/);
	});
});
