import { describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { dataReady, hydrated } from './dash-helpers';

// Issue 9, "a lighter first page": a page's HTML carries the audit findings of its badges and no
// other; the badges hydrate unchanged and other views get theirs from the whole digest fetched
// after first paint; the app's JS starts after first paint under the page's CSP.
const baseURL = inject('baseURL');
const session = useBrowser();
const BUILD = process.env.BUILD_DIR ?? 'build';

interface DigestFile {
	refs: { id: string; severity: string }[];
}
const digest = JSON.parse(readFileSync(join(BUILD, 'audit-digest.json'), 'utf8')) as DigestFile;
const allIds = digest.refs.map((ref) => ref.id);

function htmlPages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' || name === 'data' ? [] : htmlPages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

function badgeIds(html: string): Set<string> {
	return new Set([...html.matchAll(/data-findings="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')));
}

const read = (page: string) => readFileSync(join(BUILD, page), 'utf8');
const isAuditPage = (path: string) => /(^|\/)audit(\.html|\/)/.test(path.slice(BUILD.length));

describe('audit findings in the prerendered HTML', () => {
	it('every page but the audit’s own carries exactly the findings its badges show', () => {
		const pages = htmlPages(BUILD).filter((path) => !isAuditPage(path));
		expect(pages.length).toBeGreaterThan(40);
		for (const path of pages) {
			const html = readFileSync(path, 'utf8');
			const shown = badgeIds(html);
			const carried = allIds.filter((id) => html.includes(id));
			expect({ path, carried: carried.sort() }).toEqual({ path, carried: [...shown].sort() });
		}
	});

	it('the overview does not carry the findings only /projects shows; both show the 2021 三公经费 one', () => {
		const overview = read('index.html');
		const projects = read('projects.html');
		const onlyProjects = [...badgeIds(projects)].filter((id) => !badgeIds(overview).has(id));
		expect(onlyProjects.length).toBeGreaterThan(0);
		for (const id of onlyProjects) expect(overview).not.toContain(id);
		expect(
			[...badgeIds(overview)].some((id) => id.startsWith('parts_sum-hengyang_eeb-2021-final-three_public'))
		).toBe(true);
		// No finding reference (the digest's `{id:…,rule_id:…}`) is serialised into the page data.
		expect(overview).not.toMatch(/rule_id:"/);
	});

	it('the whole digest is one static file of all 37 findings', () => {
		expect(allIds).toHaveLength(37);
		expect(new Set(allIds).size).toBe(37);
	});
});

describe('the app starts after first paint', () => {
	it('the overview links no script and its start script waits for a painted frame, hashed in its CSP', () => {
		const html = read('index.html');
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).not.toMatch(/<link[^>]+rel="stylesheet"(?![^>]*disabled)/);
		const script = /<script>([\s\S]*?kit\.start\([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
		expect(script).toContain('requestAnimationFrame(() => setTimeout(painted))).then(() => Promise.all([');
		const hash = createHash('sha256').update(script, 'utf8').digest('base64');
		expect(html).toContain(`'sha256-${hash}'`);
	});
});

describe('the first paint waits for the first screen, not the whole page', () => {
	const MARK = 'id="mingjing-parsed"';
	it('the overview and /spending mark where their first screen ends, once, before the charts and the full table', () => {
		for (const [file, before, after] of [
			['index.html', 'data-testid="card-', 'data-testid="chart-expenditure-static"'],
			['en.html', 'data-testid="card-', 'data-testid="chart-expenditure-static"'],
			['spending.html', 'aria-labelledby="level-heading"', 'aria-labelledby="full-heading"'],
			['en/spending.html', 'aria-labelledby="level-heading"', 'aria-labelledby="full-heading"']
		] as const) {
			const html = read(file);
			expect(html.split(MARK).length - 1, file).toBe(1);
			expect(html.lastIndexOf(before), file).toBeGreaterThan(0);
			expect(html.lastIndexOf(before), file).toBeLessThan(html.indexOf(MARK));
			expect(html.indexOf(after), file).toBeGreaterThan(html.indexOf(MARK));
		}
		// app.html blocks rendering on the mark; a page without one (here /sql) paints once parsed.
		expect(read('sql.html')).toContain('<link rel="expect" href="#mingjing-parsed" blocking="render"');
		expect(read('sql.html')).not.toContain(MARK);
	});

	it('what comes before the mark fills the first screen at desktop and phone widths', async () => {
		for (const viewport of [
			{ width: 1280, height: 900 },
			{ width: 412, height: 823 }
		]) {
			const context = await session.browser.newContext({ viewport });
			const page = await context.newPage();
			for (const path of ['/', '/en', '/spending']) {
				await page.goto(`${baseURL}${path}`);
				// The bottom of the last block laid out before the mark, page coordinates.
				const bottom = await page.evaluate(() => {
					let block = document.getElementById('mingjing-parsed')?.previousElementSibling ?? null;
					while (block && block.getBoundingClientRect().height === 0) block = block.previousElementSibling;
					return block ? block.getBoundingClientRect().bottom + window.scrollY : 0;
				});
				expect(bottom, `${path} at ${viewport.width}px`).toBeGreaterThan(viewport.height);
			}
			await context.close();
		}
	});
});

async function badgesOnPage(page: Page): Promise<string[]> {
	return page
		.locator('a.audit-badge')
		.evaluateAll((links) =>
			links.map((a) => `${a.getAttribute('data-testid')}=${a.getAttribute('data-findings')}`)
		);
}

describe('badges in the browser', () => {
	it('the overview’s badges hydrate as prerendered and stay the same with the whole digest', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const digestFetched = page.waitForResponse((response) => response.url().endsWith('/audit-digest.json'));
		const response = await page.goto(`${baseURL}/`);
		const prerendered = [...badgeIds((await response?.text()) ?? '')].sort();
		expect(prerendered.length).toBeGreaterThan(10);
		await hydrated(page);
		expect((await digestFetched).status()).toBe(200);
		await dataReady(page);
		const shown = await badgesOnPage(page);
		expect([...new Set(shown.flatMap((b) => (b.split('=')[1] ?? '').split(' ')))].sort()).toEqual(
			prerendered
		);
		expect(await page.getByTestId('three-public-previous-audit').getAttribute('data-severity')).toBe('error');
		expect(log.errors).toEqual([]);
		expect(log.failedRequests).toEqual([]);
		await context.close();
	});

	it('another view gets its badges from the whole digest: 2021 三公经费 (18.4) as the current year', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		await page.goto(`${baseURL}/?dept=hengyang_eeb&year=2021`);
		await dataReady(page);
		await expect
			.poll(() => page.getByTestId('three-public').locator('summary .value').textContent())
			.toBe('18.4 万元');
		await expect
			.poll(() => page.getByTestId('three-public-audit').getAttribute('data-findings'), { timeout: 15000 })
			.toContain('parts_sum-hengyang_eeb-2021-final-three_public');
		expect(await page.getByTestId('three-public-audit').getAttribute('href')).toMatch(
			/^\.?\/audit\?dept=hengyang_eeb&year=2021#parts_sum-hengyang_eeb-2021-final-three_public/
		);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});
