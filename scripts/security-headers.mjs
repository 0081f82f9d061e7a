#!/usr/bin/env node
// The site's security headers, in one place: svelte.config.js takes the CSP directives for the
// <meta> it writes into every prerendered page, static-server.mjs sends the headers, and the build
// writes them into build/_headers (Netlify, Cloudflare Pages) so a host's copy cannot drift.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The policy of the per-page <meta> (kit.csp adds the hashes of SvelteKit's inline scripts). */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'worker-src': ['self', 'blob:'],
	'connect-src': ['self'],
	'img-src': ['self', 'data:', 'blob:'],
	'style-src': ['self', 'unsafe-inline'],
	'font-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self']
};

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'wasm-unsafe-eval',
	'unsafe-eval',
	'strict-dynamic'
]);
/** @param {string} value */
const source = (value) => (KEYWORDS.has(value) ? `'${value}'` : value);

/**
 * The header policy: the meta's directives and `frame-ancestors 'none'` (which a <meta> cannot
 * carry), without default-src and script-src. Both policies are enforced, so scripts stay under
 * the meta's per-page hashes; a header with `script-src 'self'` would block those inline scripts,
 * and one with every page's hashes would be one header per page (Cloudflare Pages allows 100
 * rules). The DuckDB worker, governed by its own response's policy, gets no script restriction
 * from this header, so it may compile wasm; connect-src 'self' still keeps it at home.
 */
/** @returns {string} */
export function headerCsp() {
	const directives = Object.entries(CSP_DIRECTIVES)
		.filter(([name]) => name !== 'default-src' && name !== 'script-src')
		.map(([name, values]) => `${name} ${values.map(source).join(' ')}`);
	return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** Every response's headers (a shared SQL link sits in the URL: no referrer leaves the site). */
export function securityHeaders() {
	return {
		'Content-Security-Policy': headerCsp(),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'X-Frame-Options': 'DENY'
	};
}

/** The `_headers` file Netlify and Cloudflare Pages read: one rule for every path. */
export function headersFile() {
	const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
	return `/*\n${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
	await writeFile(join(dir, '_headers'), headersFile());
	console.log(`security-headers: wrote ${join(dir, '_headers')}`);
}
