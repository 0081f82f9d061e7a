import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { consoleUrl, openConsole, run, setSql, waitReady } from './sql-helpers';

// Issue 13: ECharts read braces in data as rich text (a line named `{a|x}{b|y}` was shown as
// "xy"). On a rendered chart of the SQL console: the legend, the axis and the tooltip (richText,
// drawn into the same SVG) show the name as it is.
const baseURL = inject('baseURL');
const session = useBrowser();
const HOSTILE = '{a|x}{b|y}';

describe('rich-text syntax in data on a rendered chart', () => {
	it('legend, axis and tooltip show {a|x}{b|y} literally', async () => {
		const { context, page, log } = await openConsole(session.browser, consoleUrl(baseURL));
		await waitReady(page);
		await setSql(
			page,
			`SELECT '${HOSTILE}' AS k, 1950.46 AS "${HOSTILE}" UNION ALL SELECT '{c}', 3 ORDER BY 2 DESC`
		);
		await run(page);
		await page.getByTestId('sql-view-chart').click();
		const svg = page.getByTestId('chart-sql-result-live').locator('svg');
		await expect.poll(() => svg.count(), { timeout: 30000 }).toBe(1);
		const texts = () =>
			svg.evaluate((el) =>
				[...el.querySelectorAll('text')].map((t) => (t.textContent ?? '').replaceAll('\u2060', ''))
			);
		await expect.poll(texts).toContain(HOSTILE);
		expect(await texts()).toContain('{c}');
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		const shown = async () => (await texts()).some((t) => /1,?950\.46/.test(t));
		for (let step = 1; step < 20 && !(await shown()); step++) {
			await page.mouse.move(box.x + (box.width * step) / 20, box.y + box.height * 0.55, { steps: 3 });
			await page.waitForTimeout(150);
		}
		const all = (await texts()).join(' | ');
		expect(all).toMatch(/1,?950\.46/);
		expect(all.split(HOSTILE).length - 1, all).toBeGreaterThanOrEqual(3);
		expect(all).not.toMatch(/(^| )xy( |$)/);
		expect(log.errors).toEqual([]);
		await context.close();
	});
});
