import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';

// The headline's sentence on the audit: how many published figures of the page's department do not
// add up, counted from the embedded audit, linked to it, and absent where there is none.
const baseURL = inject('baseURL');
const session = useBrowser();

describe('the audit sentence of the headlines (the embedded audit’s findings about numbers)', () => {
	const audit = (page: Page) =>
		page.evaluate(() => {
			const line = document.querySelector('[data-sentence="audit_findings"]');
			const link = line?.querySelector('a');
			// The resolved link: prerendered hrefs are relative to the page.
			const url = new URL(link?.href ?? '', document.baseURI);
			return line ? { text: line.textContent ?? '', href: `${url.pathname}${url.search}` } : null;
		});
	it('counts, links to the audit, survives hydration and the digest, and is absent at zero', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/projects`);
		expect(await audit(page)).toEqual({
			text: '本页有 7 个公布数字对不上（见审计）。',
			href: '/audit?dept=hengyang_eeb&year=2022'
		});
		// After hydration and the whole digest's fetch, the same sentence (no shift, no flicker).
		await page.waitForLoadState('networkidle');
		expect((await audit(page))?.text).toBe('本页有 7 个公布数字对不上（见审计）。');
		await page.goto(`${baseURL}/en`);
		await page.waitForLoadState('networkidle');
		expect(await audit(page)).toEqual({
			text: '26 published figures of this department for 2022 do not add up (see the audit).',
			href: '/en/audit?dept=hengyang_eeb&year=2022'
		});
		await page.goto(`${baseURL}/three-public`);
		expect((await audit(page))?.text).toBe('本页有 1 个公布数字对不上（见审计）。');
		// Muchuan has no finding: its headline says nothing of the audit.
		await page.goto(`${baseURL}/spending?dept=muchuan_eeb`);
		await expect.poll(() => page.locator('h1').textContent(), { timeout: 30000 }).toContain('沐川');
		await page.waitForLoadState('networkidle');
		expect(await audit(page)).toBeNull();
		expect(log.errors).toEqual([]);
		await context.close();
	}, 120000);
});
