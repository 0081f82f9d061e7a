import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { devices, type Browser, type Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousViolations, watchedPage } from './browser';

/** Where e2e screenshots go (git-ignored), for a person to look at. */
export const SCREENSHOT_DIR = path.join('test-results', 'screenshots');

/** The text of a FigureValue (its formatted value) by test id. */
export { figure as figureText } from './dash-helpers';
export { seriousViolations };

export async function waitForData(page: Page): Promise<void> {
	await expect
		.poll(() => page.getByTestId('data-status').getAttribute('data-state'), { timeout: 30000 })
		.toBe('ready');
}

/** Pages with a DuckDB status wait for it, so checks see the final DOM; static pages go on. */
export async function waitForDataIfAny(page: Page): Promise<void> {
	if ((await page.getByTestId('data-status').count()) > 0) await waitForData(page);
}

/**
 * Opens a page at Pixel 7 size, saves a full-page screenshot and returns how wide the document
 * is: on a phone the layout viewport grows with any overflow, so this must equal the device width.
 */
export async function phoneWidth(browser: Browser, url: string, name: string) {
	const { context, page, log } = await watchedPage(browser, url, { ...devices['Pixel 7'] });
	await page.goto(url);
	await waitForDataIfAny(page);
	await mkdir(SCREENSHOT_DIR, { recursive: true });
	await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
	const widths = await page.evaluate(() => ({
		document: document.documentElement.scrollWidth,
		layout: window.innerWidth,
		device: window.screen.width
	}));
	await context.close();
	return { widths, log };
}

/**
 * The accessibility and phone-layout tests of a page group: axe-core finds no serious or critical
 * violation on each of `axePaths`; each of `phonePaths` (path, screenshot name) fits a Pixel 7.
 */
export function a11yAndPhoneTests(
	session: { readonly browser: Browser },
	baseURL: string,
	axePaths: readonly string[],
	phonePaths: readonly (readonly [string, string])[]
): void {
	for (const path of axePaths) {
		it(`has no serious or critical axe violation on ${path}`, async () => {
			const { context, page } = await watchedPage(session.browser, baseURL);
			await page.goto(`${baseURL}${path}`);
			await waitForDataIfAny(page);
			expect(await seriousViolations(page)).toEqual([]);
			await context.close();
		});
	}
	for (const [path, name] of phonePaths) {
		it(`does not scroll sideways on a Pixel 7: ${path}`, async () => {
			const { widths, log } = await phoneWidth(session.browser, `${baseURL}${path}`, name);
			expect(widths.document).toBe(widths.device);
			expect(widths.layout).toBe(widths.device);
			expect(log.errors).toEqual([]);
		});
	}
}
