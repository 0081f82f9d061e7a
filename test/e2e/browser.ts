import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium with the project's flags (scripts/chromium.mjs, shared with the bench). */
export function launchBrowser(): Promise<Browser> {
	return launchChromium() as Promise<Browser>;
}

/**
 * One browser per test file: launched before its tests, closed after them. Call at the top of the
 * file; read `.browser` inside tests (it exists only once `beforeAll` has run).
 */
export function useBrowser(): { readonly browser: Browser } {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		get browser(): Browser {
			if (!browser) throw new Error('useBrowser: the browser is read before beforeAll ran');
			return browser;
		}
	};
}

/** axe-core (WCAG 2 A and AA): the serious and critical violations, with the nodes they hit. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Everything a page did that a test must fail on: console errors, page errors, foreign or failed requests. */
export interface PageLog {
	errors: string[];
	foreignRequests: string[];
	failedRequests: string[];
}

export async function watchedPage(
	browser: Browser,
	baseURL: string,
	options: BrowserContextOptions = {}
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const origin = new URL(baseURL).origin;
	const log: PageLog = { errors: [], foreignRequests: [], failedRequests: [] };
	page.on('console', (m) => {
		if (m.type() === 'error' || m.text().includes('hydration_mismatch')) log.errors.push(m.text());
	});
	page.on('pageerror', (e) => log.errors.push(e.message));
	context.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			log.foreignRequests.push(url);
	});
	context.on('requestfailed', (r) => {
		// hyparquet may abort its own HEAD/range probe once it has what it needs.
		if (r.failure()?.errorText === 'net::ERR_ABORTED' && r.method() === 'HEAD') return;
		log.failedRequests.push(`${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
	});
	return { context, page, log };
}
