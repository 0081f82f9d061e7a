import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSyntheticCsv } from '../../../../scripts/bench-import-data.mjs';
import { totalCounts } from '../import';
import { LAYOUTS } from '../layouts/index';
import { openWorkbook } from '../read/index';
import { Registry } from '../registry';
import type { ContractRow } from '../types';
import { importWorkbook } from '../workbook';
import { NormalisedEncoder, TABLES, csvObjects, normalisedCsvHeader } from '../../model/index';
import { PREVIEW_ROWS } from './protocol';
import { importBytes } from './run';
import { SLICE_ROWS } from './sliced';

describe('a large CSV imported in slices', () => {
	mkdirSync('tmp', { recursive: true });
	const file = 'tmp/sliced-test.csv';
	makeSyntheticCsv(file, 2_600_000);
	const bytes = new Uint8Array(readFileSync(file));
	const existing = { regions: [], departments: [], sources: [] };

	it('gives the rows and counts of the whole-sheet import, pausing between slices', async () => {
		let pauses = 0;
		const sliced = await importBytes({
			name: 'synthetic.csv',
			bytes,
			options: {},
			existing,
			published: [],
			pause: async () => void pauses++
		});
		const opened = await openWorkbook('synthetic.csv', bytes);
		const whole: ContractRow[] = [];
		const sheets = importWorkbook(opened.workbook!, LAYOUTS, new Registry(existing), {
			sink: (_table, rows) => whole.push(...rows)
		});
		const [sheet] = sliced.sheets;
		expect(sheet?.layout).toBe('contract_table');
		expect(sheet?.counts).toEqual(totalCounts(sheets));
		expect(sheet?.counts.read).toBeGreaterThan(2 * SLICE_ROWS);
		expect(pauses).toBe(Math.floor(sheet!.counts.read / SLICE_ROWS));
		// The worker's encoded facts are the whole-sheet import's rows, cell for cell, in order.
		const [spending] = sliced.tables;
		expect([spending?.table, spending?.rows]).toEqual(['spending', whole.length]);
		const back = csvObjects((await spending?.contract.text()) ?? '').rows;
		expect(back).toEqual(whole);
		const def = TABLES.spending;
		expect(await spending?.normalised.text()).toBe(
			normalisedCsvHeader(def) + new NormalisedEncoder(def).lines(whole)
		);
		expect(back[SLICE_ROWS]?.['locator']).toBe(`synthetic.csv / R${SLICE_ROWS + 2}`);
		expect(sheet?.tables).toEqual([
			{ table: 'spending', rows: whole.length, preview: whole.slice(0, PREVIEW_ROWS) }
		]);
	});
});
