import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchedPage, type PageLog } from './browser';

/** The console page with the usual log plus a dialog sentinel (alert/confirm/prompt = script ran). */
export async function openConsole(
	browser: Browser,
	url: string
): Promise<{ context: BrowserContext; page: Page; log: PageLog; dialogs: string[] }> {
	const { context, page, log } = await watchedPage(browser, url, { acceptDownloads: true });
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto(url);
	await page.waitForSelector('[data-testid="sql-editor"][data-ready="true"]', { timeout: 30000 });
	return { context, page, log, dialogs };
}

export async function waitReady(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid="sql-status"][data-state="ready"]', { timeout: 30000 });
}

/**
 * Waits until the statement Run started has reached DuckDB. Stop is enabled as soon as Run is
 * pressed, but before this point it cancels the start instead of the statement.
 */
export async function waitExecuting(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid="sql-status"][data-executing="true"]', { timeout: 30000 });
}

/** Replaces the editor's text as a paste would (no auto-closed brackets from typing). */
export async function setSql(page: Page, sql: string): Promise<void> {
	await page.getByTestId('sql-editor-content').click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
	expect(await editorText(page)).toBe(sql);
}

export async function editorText(page: Page): Promise<string> {
	return page
		.getByTestId('sql-editor-content')
		.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'));
}

/** Clicks Run and waits until the statement has finished (or was refused). */
export async function run(page: Page): Promise<void> {
	const before = Number(await page.getByTestId('sql-status').getAttribute('data-completed'));
	await page.getByTestId('sql-run').click();
	await page.waitForSelector(`[data-testid="sql-status"][data-completed="${before + 1}"]`, {
		timeout: 30000
	});
}

/** The visible grid as text: header, then the rendered rows. */
export async function grid(page: Page): Promise<{ header: string[]; rows: string[][] }> {
	return page.getByTestId('sql-grid').evaluate((el) => ({
		header: [...el.querySelectorAll('thead th .sort')].map(
			(th) => th.childNodes[0]?.textContent?.trim() ?? ''
		),
		rows: [...el.querySelectorAll('tbody tr[data-row]')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')
		)
	}));
}

/** Resolves (in the page) with the ms from the Stop click until Run is enabled again. */
export async function armStopTimer(page: Page): Promise<void> {
	await page.evaluate(() => {
		const stop = document.querySelector('[data-testid="sql-stop"]')!;
		const runButton = document.querySelector<HTMLButtonElement>('[data-testid="sql-run"]')!;
		(window as unknown as { __stopMs: Promise<number> }).__stopMs = new Promise((resolve) => {
			stop.addEventListener(
				'click',
				() => {
					const started = performance.now();
					const observer = new MutationObserver(() => {
						if (!runButton.disabled) {
							observer.disconnect();
							resolve(performance.now() - started);
						}
					});
					observer.observe(runButton, { attributes: true });
				},
				{ capture: true, once: true }
			);
		});
	});
}

export function stopMs(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __stopMs: Promise<number> }).__stopMs);
}

export function consoleUrl(baseURL: string, sql?: string, lang = ''): string {
	const path = `${baseURL}${lang ? `/${lang}` : ''}/sql`;
	return sql === undefined ? path : `${path}?q=${encodeURIComponent(sql)}`;
}
