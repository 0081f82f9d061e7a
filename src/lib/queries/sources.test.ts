import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRealData } from '../../../test/helpers/real-data';
import { loadSources, type SourceEntry } from './sources';

let entries: SourceEntry[];
let close: () => Promise<void>;

beforeAll(async () => {
	const db = await openRealData();
	close = db.close;
	entries = await loadSources(db.run);
});
afterAll(async () => close?.());

describe('sources and what they contributed (real data)', () => {
	it('lists every source once, department sources first', () => {
		expect(entries).toHaveLength(18);
		expect(new Set(entries.map((e) => e.source_id)).size).toBe(18);
		expect(entries[0]?.department_id).not.toBeNull();
		expect(entries.at(-1)?.department_id).toBeNull();
	});
	it('counts the rows each source gave each table, and they add up to every fact row', async () => {
		const report = entries.find((e) => e.source_id === 'hy_eeb_2022_self_assessment')!;
		expect(report).toMatchObject({
			department_zh: '衡阳市生态环境局',
			published_on: '2023-03-18',
			fiscal_year: 2022
		});
		const spending = report.contributions.find((c) => c.table === 'spending')?.rows;
		expect(spending).toBe(102);
		expect(report.contributions.map((c) => c.table)).toEqual([
			'spending',
			'projects',
			'indicators',
			'environment',
			'staffing',
			'activities'
		]);
		const total = entries.reduce((sum, e) => sum + e.totalRows, 0);
		// data/*.csv fact tables: 133 + 8 + 85 + 176 + 14 + 127 + 168 rows (environment and
		// regional_finance include the 115 + 156 rows imported from the three yearbook XLSX files).
		expect(total).toBe(133 + 8 + 85 + 176 + 14 + 127 + 168);
	});
	it('keeps an unknown publication date empty instead of guessing', () => {
		expect(
			entries.find((e) => e.source_id === 'qingyuan_eeb_2019_three_public_final')?.published_on
		).toBeNull();
	});
});
