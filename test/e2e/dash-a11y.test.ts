import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { devices, type Page } from 'playwright-core';
import { seriousViolations, useBrowser, watchedPage } from './browser';
import { dataReady, hydrated } from './dash-helpers';

// Accessibility (axe-core, WCAG 2 A/AA) with a citation open, and the phone layout (Pixel 7, with a
// citation sheet open) on every dashboard page of this feature, the overview and /data, in both
// languages. axe on each page as loaded is in the sweep (sweep.test.ts), at both widths.
const baseURL = inject('baseURL');
const session = useBrowser();
beforeAll(async () => {
	await mkdir('tmp/screenshots', { recursive: true });
});

const PATHS = [
	'',
	'/data',
	'/spending',
	'/three-public',
	'/departments',
	'/compare',
	'/departments/hengyang_eeb',
	'/sources'
];
const LOCALES = ['', '/en'];
const urls = LOCALES.flatMap((l) => PATHS.map((p) => `${l}${p}` || '/'));

/** Waits until the page is interactive (the data page has no copy link: its DuckDB status says so). */
async function ready(page: Page, path: string): Promise<void> {
	if (path.endsWith('/data')) await dataReady(page);
	else await hydrated(page);
}

describe('axe-core: no serious or critical WCAG 2 A/AA violation', () => {
	it('with a citation popover open and a drilled-down, filtered view', async () => {
		const { context, page } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/spending?years=2022&stage=final&line=basic`);
		await hydrated(page);
		await page.getByTestId('level-three_public-2022-final').locator('summary').click();
		await expect.poll(() => page.getByTestId('cite-text').count()).toBe(1);
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('phone (Pixel 7): no horizontal scrolling', () => {
	const pixel7 = devices['Pixel 7']!;
	for (const path of urls) {
		it(path, async () => {
			const { context, page } = await watchedPage(session.browser, baseURL, pixel7);
			await page.goto(`${baseURL}${path}`);
			await ready(page, path);
			const width = () =>
				page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
			const first = await width();
			expect(first.inner).toBe(412);
			expect(first.scroll).toBeLessThanOrEqual(first.inner);
			const name = (path.replaceAll('/', '_') || '_zh').replace(/^_/, '');
			await page.screenshot({ path: `tmp/screenshots/dash-phone-${name || 'zh'}.png`, fullPage: true });
			// An open citation is a sheet along the bottom edge: it does not widen the page either.
			const figure = page.locator('details.figure summary').first();
			if ((await figure.count()) > 0) {
				await figure.click();
				const open = await width();
				expect(open.scroll).toBeLessThanOrEqual(open.inner);
			}
			await context.close();
		});
	}
});
