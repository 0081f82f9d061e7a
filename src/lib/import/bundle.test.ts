import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, OwnSources, bundleSourceIds, type ImportBundle } from './bundle';

const yearbook = {
	source_id: 'cn_city_yearbook_2023',
	title_zh: '中国城市统计年鉴2023',
	kind: 'yearbook',
	file_name: '',
	location: '第2章',
	url: 'https://example.org/yearbook'
};

function bundle(rows: ImportBundle['rows']): ImportBundle {
	const counts = { read: 0, imported: 0, rejected: 0, skipped: 0 };
	return { version: BUNDLE_VERSION, id: 'b', created: '', files: [], recipes: [], counts, rows, parts: [] };
}

describe('a reader import cites the reader file', () => {
	it('gives facts citing a published source a source of their own, one per source and file', () => {
		const fact = (region: string, file: string) => ({
			region_id: region,
			value: '29',
			source_id: 'cn_city_yearbook_2023',
			locator: `${file} / Sheet1 / R12 / I / PM2.5`
		});
		const own = new OwnSources([yearbook]);
		const rows = [fact('hengyang', 'a.xlsx'), fact('changsha', 'a.xlsx'), fact('hengyang', 'b.xlsx')].map(
			(row) => own.row(row)
		);
		const ids = rows.map((row) => row['source_id']);
		expect(ids[0]).toMatch(/^mine_[0-9a-f]{8}$/);
		expect(ids[1]).toBe(ids[0]);
		expect(ids[2]).not.toBe(ids[0]);
		expect(rows[0]).toEqual({ ...fact('hengyang', 'a.xlsx'), source_id: ids[0] });
		expect(own.added.map((row) => [row['source_id'], row['file_name'], row['url']])).toEqual([
			[ids[0], 'a.xlsx', ''],
			[ids[2], 'b.xlsx', '']
		]);
		expect(own.added[0]?.['title_zh']).toBe('中国城市统计年鉴2023');
		const sources = [{ source_id: 'my_table', title_zh: '我的表' }, ...own.added];
		expect(bundleSourceIds(bundle({ sources }))).toEqual(['my_table', ids[0], ids[2]]);
	});

	it('leaves facts citing the import own sources as they are', () => {
		const row = { source_id: 'my_table', locator: 'x.csv / R3 / B' };
		const own = new OwnSources([yearbook]);
		expect(own.row(row)).toBe(row);
		expect(own.added).toEqual([]);
	});
});
