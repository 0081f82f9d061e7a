// Issue 11's Done-when, all at once: every page × both languages × both widths × every embedded
// department and one imported from a real published file. On each visit: no chart drawn without
// a value, no overlapping, outside or cut text in a chart (prerendered and live), no sideways
// scroll, a headline with cited figures on the dashboards, and no serious or critical axe
// violation. One context per department × language; each page is loaded once at one width and
// resized to the other, so the prerendered layouts of both widths and the live charts laid out
// again for each are all checked.
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { csvObjects } from '../../src/lib/model/csv';
import { seriousViolations, useBrowser, watchedPage } from './browser';
import { CHANGJIANG, HAVE_CHANGJIANG, changjiangBundle, keep } from './import-store';
import { downloadRows } from '../../src/lib/import/browser/downloads';
import { chartLayout, reachAll, settled, sidewaysProblems, story, storyProblems } from './page-checks';

const baseURL = inject('baseURL');
const session = useBrowser();
const WIDTHS = [1280, 412] as const;
const HEIGHT = 900;

const departments = csvObjects(readFileSync('data/departments.csv', 'utf8')).rows;
const spendingRows = csvObjects(readFileSync('data/spending.csv', 'utf8')).rows;
const projectRows = csvObjects(readFileSync('data/projects.csv', 'utf8')).rows;

interface Target {
	path: string;
	/** A dashboard about one department: it has a headline, and its h1 names the department. */
	dashboard: boolean;
	/** The headline has figures to cite (spending held, a region with PM2.5 …). */
	cites: boolean;
	/** At least this many charts (the primary department's pages, whose charts are known). */
	charts?: number;
}

// The primary department's charts per page: a page drawing fewer lost one.
const PRIMARY_CHARTS: Record<string, number> = {
	'/': 2,
	'/spending': 1,
	'/three-public': 2,
	'/projects': 1,
	'/environment': 4
};

interface Department {
	id: string;
	regionId: string;
	lines: ReadonlySet<string>;
	primary: boolean;
	/** Embedded departments have a prerendered page of their own; an imported one has not. */
	embedded: boolean;
}

function departmentTargets(d: Department): Target[] {
	const dept = `?dept=${d.id}`;
	const page = (path: string, cites: boolean): Target => ({
		path: path === '/' ? `/${dept}` : `${path}${dept}`,
		dashboard: true,
		cites,
		...(d.primary && PRIMARY_CHARTS[path] ? { charts: PRIMARY_CHARTS[path] } : {})
	});
	const project = projectRows.find((p) => p.department_id === d.id);
	const projectPage = project && `/projects/${d.id}/${project.fiscal_year}/${project.project_id}`;
	return [
		page('/', true),
		page('/spending', true),
		...(d.embedded ? [{ path: `/departments/${d.id}`, dashboard: true, cites: true }] : []),
		...(d.lines.has('three_public') ? [page('/three-public', true)] : []),
		page('/projects', project !== undefined),
		...(projectPage ? [{ path: projectPage, dashboard: false, cites: false }] : []),
		page('/environment', d.regionId !== '')
	];
}

const SITE_PAGES = ['/departments', '/compare', '/audit', '/sources', '/data', '/sql', '/import'].map(
	(path): Target => ({ path, dashboard: false, cites: false })
);

/** `/en?dept=…`, never `/en/?dept=…`: the site's relative asset paths expect no trailing slash. */
function localized(path: string, en: boolean): string {
	if (!en) return path;
	return path === '/' || path.startsWith('/?') ? `/en${path.slice(1)}` : `/en${path}`;
}

/** Another department's view is loaded through DuckDB: waits until the page is about it. */
async function aboutDepartment(page: Page, target: Target, name: string): Promise<string[]> {
	const about = async () => {
		const s = await story(page);
		return s.sentences.length > 0 && (target.path.startsWith('/environment') || s.h1.includes(name));
	};
	try {
		await expect.poll(about, { timeout: 60000 }).toBe(true);
		return [];
	} catch {
		return [`never showed a headline about ${name}`];
	}
}

async function resize(page: Page, width: number): Promise<void> {
	await page.setViewportSize({ width, height: HEIGHT });
	// Live charts lay themselves out again for their new box (ResizeObserver, then a redraw).
	await page.waitForTimeout(800);
}

/** Every check at the current width, on the static or the live layer of the charts. */
async function checksHere(page: Page, target: Target, en: boolean, layer: 'static' | 'live') {
	const problems = await storyProblems(page, { headline: target.dashboard, cites: target.cites, en });
	const layout = await chartLayout(page, layer);
	problems.push(...layout.problems, ...(await sidewaysProblems(page)));
	if (layer === 'live') {
		if (layout.charts < (target.charts ?? 0)) problems.push(`${layout.charts} charts, not ${target.charts}`);
		problems.push(...(await seriousViolations(page)).map((v) => `axe ${v}`));
	}
	return problems;
}

const visits: string[] = [];

/** One page: loaded at `first`, checked, resized to the other width, checked, its charts made live, both widths again. */
async function visit(page: Page, target: Target, en: boolean, name: string, first: number) {
	const second = first === WIDTHS[0] ? WIDTHS[1] : WIDTHS[0];
	const t0 = Date.now();
	const marks: string[] = [];
	const mark = (what: string) => marks.push(`${what} ${Date.now() - t0}`);
	await page.setViewportSize({ width: first, height: HEIGHT });
	await page.goto(`${baseURL}${localized(target.path, en)}`);
	await settled(page);
	mark('settled');
	const problems = target.dashboard ? await aboutDepartment(page, target, name) : [];
	const at = (width: number, found: string[]) => found.map((p) => `${width}px ${p}`);
	mark('about');
	problems.push(...at(first, await checksHere(page, target, en, 'static')));
	mark('static1');
	await resize(page, second);
	problems.push(...at(second, await checksHere(page, target, en, 'static')));
	mark('static2');
	try {
		await reachAll(page);
	} catch {
		problems.push(`${second}px not every chart became live`);
	}
	mark('reach');
	problems.push(...at(second, await checksHere(page, target, en, 'live')));
	mark('live2');
	await resize(page, first);
	problems.push(...at(first, await checksHere(page, target, en, 'live')));
	mark('live1');
	visits.push(`${en ? 'en' : 'zh'} ${target.path}`, `${en ? 'en' : 'zh'} ${target.path}`);
	// SWEEP_LOG=file: one line per visit as it ends, to follow a long run.
	if (process.env.SWEEP_LOG)
		appendFileSync(
			process.env.SWEEP_LOG,
			`${new Date().toISOString()} ${en ? 'en' : 'zh'} ${target.path} ${problems.length} ${marks.join(' ')}\n${problems.join('\n')}\n`
		);
	return problems.map((p) => `${en ? '/en' : ''}${target.path} ${p}`);
}

/** Visits every target in one context, the load width alternating; every problem found. */
async function sweep(page: Page, targets: readonly Target[], en: boolean, name: string) {
	const problems: string[] = [];
	for (const [i, target] of targets.entries()) {
		problems.push(...(await visit(page, target, en, name, WIDTHS[i % 2] ?? WIDTHS[0])));
	}
	return problems;
}

const LANGS = [
	{ lang: 'zh', en: false },
	{ lang: 'en', en: true }
] as const;

describe.each(departments.flatMap((d) => LANGS.map((l) => ({ ...l, d }))))(
	'$d.department_id ($lang): every page at 1280 and 412 px',
	({ d, en }) => {
		it('charts drawn with values and laid out cleanly, no sideways scroll, cited headline, axe clean', async () => {
			const id = d.department_id ?? '';
			const department: Department = {
				id,
				regionId: d.region_id ?? '',
				lines: new Set(spendingRows.filter((r) => r.department_id === id).map((r) => r.line_id ?? '')),
				primary: d.is_primary === 'true',
				embedded: true
			};
			const { context, page, log } = await watchedPage(session.browser, baseURL);
			const problems = await sweep(
				page,
				departmentTargets(department),
				en,
				(en ? d.name_en : d.name_zh) ?? ''
			);
			await context.close();
			expect(problems).toEqual([]);
			expect(log.errors).toEqual([]);
		}, 600000);
	}
);

describe.skipIf(!HAVE_CHANGJIANG)(`an imported department (${CHANGJIANG}, ../shared/real)`, () => {
	for (const { lang, en } of LANGS)
		it(`${lang}: in the switcher, its figures shown, and every page passes the same checks`, async () => {
			const bundle = await changjiangBundle();
			const row = bundle.rows.departments?.find((r) => r.name_zh === CHANGJIANG);
			const id = row?.department_id ?? '';
			expect(id).not.toBe('');
			const { context, page, log } = await watchedPage(session.browser, baseURL);
			await page.goto(`${baseURL}${localized('/spending', en)}`);
			await keep(page, bundle);
			const option = page.getByTestId('select-department').locator(`option[value="${id}"]`);
			// The lists come from DuckDB once the import is read: slow on a busy machine.
			await expect.poll(() => option.count(), { timeout: 60000 }).toBe(1);
			const lines = new Set((await downloadRows(bundle, 'spending')).map((r) => r.line_id ?? ''));
			const department = { id, regionId: row?.region_id ?? '', lines, primary: false, embedded: false };
			const problems = await sweep(
				page,
				departmentTargets(department),
				en,
				(en ? row?.name_en : CHANGJIANG) ?? ''
			);
			// The 支出总表's 合计, 基本支出 and 项目支出 as printed (万元), in the department's spending table.
			const spending: Target = { path: `/spending?dept=${id}`, dashboard: true, cites: true };
			await page.goto(`${baseURL}${localized(spending.path, en)}`);
			expect(await aboutDepartment(page, spending, CHANGJIANG)).toEqual([]);
			const table = page.getByTestId('level-table');
			await expect.poll(() => table.innerText(), { timeout: 30000 }).toContain('3,475.89');
			expect(await table.innerText()).toContain('2,394.43');
			expect(await table.innerText()).toContain('1,081.46');
			await context.close();
			expect(problems).toEqual([]);
			expect(log.errors).toEqual([]);
		}, 600000);
});

describe.each(LANGS)('the site pages without a department ($lang) at 1280 and 412 px', ({ en }) => {
	it('charts drawn with values and laid out cleanly, no sideways scroll, axe clean', async () => {
		const { context, page, log } = await watchedPage(session.browser, baseURL);
		const problems = await sweep(page, SITE_PAGES, en, '');
		await context.close();
		expect(problems).toEqual([]);
		expect(log.errors).toEqual([]);
	}, 600000);
});

afterAll(() => {
	console.log(`sweep: ${visits.length} visits (page × language × width × department)`);
});
