import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { devices, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { watchedPage } from './browser';

/** Where e2e screenshots go (git-ignored), for a person to look at. */
export const SCREENSHOT_DIR = path.join('test-results', 'screenshots');

/** The text of a FigureValue (its formatted value) by test id. */
export async function figureText(page: Page, testid: string): Promise<string> {
	return (await page.getByTestId(testid).locator('summary .value').first().textContent())?.trim() ?? '';
}

export async function waitForData(page: Page): Promise<void> {
	await expect
		.poll(() => page.getByTestId('data-status').getAttribute('data-state'), { timeout: 30000 })
		.toBe('ready');
}

/** Pages with a DuckDB status wait for it, so checks see the final DOM; static pages go on. */
export async function waitForDataIfAny(page: Page): Promise<void> {
	if ((await page.getByTestId('data-status').count()) > 0) await waitForData(page);
}

/** axe-core (WCAG 2 A and AA): the serious and critical violations, with the nodes they hit. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
