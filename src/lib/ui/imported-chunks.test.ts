import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, type ImportBundle } from '$lib/import/bundle';
import { CHUNK_ROWS, fromRecords, toRecords, type ChunkRecord } from './imported-chunks';

function bundle(id: string, spending: number, sources: number): ImportBundle {
	const counts = { read: spending, imported: spending, rejected: 0, skipped: 0 };
	const rows = {
		spending: Array.from({ length: spending }, (_, i) => ({
			amount: String(i),
			locator: `f.csv / R${i + 2}`
		})),
		sources: Array.from({ length: sources }, (_, i) => ({ source_id: `s${i}` }))
	};
	return { version: BUNDLE_VERSION, id, created: '2026-12-02', files: [], recipes: [], counts, rows };
}

describe('a bundle as storage records', () => {
	it('splits the rows into chunks no record of which holds more than CHUNK_ROWS, and joins them in order', () => {
		const big = bundle('b1', 2 * CHUNK_ROWS + 7, 1);
		const records = toRecords(big);
		expect(records).toHaveLength(1 + 3 + 1);
		expect(records[0]).toMatchObject({ id: 'b1', rows: {} });
		const chunks = records.slice(1) as ChunkRecord[];
		expect(chunks.map((c) => [c.table, c.index, c.rows.length])).toEqual([
			['spending', 0, CHUNK_ROWS],
			['spending', 1, CHUNK_ROWS],
			['spending', 2, 7],
			['sources', 0, 1]
		]);
		// Read back in any order: the rows come back exactly, in their order.
		const [again] = fromRecords([...records].reverse());
		expect(again?.rows.spending?.length).toBe(2 * CHUNK_ROWS + 7);
		expect(again?.rows.spending?.[CHUNK_ROWS]).toEqual({
			amount: String(CHUNK_ROWS),
			locator: `f.csv / R${CHUNK_ROWS + 2}`
		});
		expect(again).toEqual(big);
	});

	it('keeps two bundles apart and reads a record written whole (rows inside) as it is', () => {
		const whole = bundle('b2', 3, 0);
		const back = fromRecords([...toRecords(bundle('b1', 2, 1)), whole]);
		expect(back.map((b) => [b.id, b.rows.spending?.length, b.rows.sources?.length ?? 0])).toEqual([
			['b1', 2, 1],
			['b2', 3, 0]
		]);
	});
});
