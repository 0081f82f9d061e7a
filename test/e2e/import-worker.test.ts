// Issue 8: the importer is pure TypeScript that runs in a browser worker exactly as in Node. The
// test bundles it for the browser (esbuild, platform browser: any Node built-in fails the build),
// starts it as a Web Worker in Chromium and imports the real files from ../shared/real with it.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const REAL = '../shared/real';
const session = useBrowser();

async function workerSource(): Promise<string> {
	const bundle = await build({
		entryPoints: ['test/e2e/import-worker-entry.ts'],
		bundle: true,
		platform: 'browser',
		format: 'iife',
		write: false,
		logLevel: 'silent'
	});
	return bundle.outputFiles[0]?.text ?? '';
}

async function regionRows(): Promise<Record<string, string>[]> {
	const [header = '', ...lines] = (await readFile('data/regions.csv', 'utf8')).trim().split('\n');
	const names = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i] ?? '', cell])));
}

type WorkerResult = {
	encoding?: string | null;
	layouts?: (string | null)[];
	counts?: { read: number; imported: number; rejected: number; skipped: number }[];
	rows?: Record<string, string>[];
	problems?: string[];
};

async function importInWorker(file: string): Promise<WorkerResult> {
	const page = await session.browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	try {
		const source = await workerSource();
		const bytes = [...new Uint8Array(await readFile(file))];
		const name = file.split('/').pop() ?? file;
		const result = await page.evaluate(
			async ({ source, bytes, name, regions }) => {
				const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
				const worker = new Worker(url);
				const done = new Promise((resolve, reject) => {
					worker.onmessage = (event) => resolve(event.data);
					worker.onerror = (event) => reject(new Error(event.message));
				});
				worker.postMessage({ name, bytes: new Uint8Array(bytes), regions });
				return done;
			},
			{ source, bytes, name, regions: await regionRows() }
		);
		expect(errors).toEqual([]);
		return result as WorkerResult;
	} finally {
		await page.close();
	}
}

describe('the importer in a browser worker', () => {
	it('bundles for the browser without any Node built-in', async () => {
		expect((await workerSource()).length).toBeGreaterThan(100_000);
	});

	it.skipIf(!existsSync(REAL))(
		'imports the 2023 yearbook XLSX: the same counts and figures as in Node',
		async () => {
			const result = await importInWorker(
				`${REAL}/city-yearbook/china_city_statistical_yearbook_2023_prefecture.xlsx`
			);
			expect(result.layouts).toEqual(['city_yearbook']);
			expect(result.counts).toEqual([{ read: 324, imported: 296, rejected: 0, skipped: 28 }]);
			const pm25 = result.rows?.find((row) => row['region_id'] === 'hengyang' && row['indicator'] === 'pm25');
			expect(pm25).toMatchObject({
				value: '29',
				year: '2022',
				scope: 'whole_city',
				source_id: 'cn_city_yearbook_2023'
			});
			const revenue = result.rows?.find(
				(row) =>
					row['region_id'] === 'hengyang' &&
					row['indicator'] === 'general_budget_revenue' &&
					row['scope'] === 'urban_districts'
			);
			expect(revenue).toMatchObject({ value: '994195', unit: '万元' });
		}
	);

	it.skipIf(!existsSync(REAL))(
		'imports a GBK NBS export: GB18030 detected, 亿元 kept as published',
		async () => {
			const result = await importInWorker(`${REAL}/nbs-province-finance/Hunan 2017.csv`);
			expect(result.encoding).toBe('gb18030');
			const revenue = result.rows?.find((row) => row['indicator'] === 'general_budget_revenue');
			expect(revenue).toMatchObject({ region_id: 'hunan', value: '2757.82', unit: '亿元', year: '2017' });
		}
	);
});
