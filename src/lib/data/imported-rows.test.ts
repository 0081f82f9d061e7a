import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { catalogColumns, type Catalog, type CatalogTable, type TableName } from '$lib/model';
import { csvObjects } from '$lib/model';
import { TableStore } from './tables';
import { importedCsv } from './imported';
import { blockingDuckDB } from '../../../test/helpers/wasm-duckdb';

// A reader's import through the store, on DuckDB-wasm's own engine (its blocking Node bundle
// behind the async interface the site uses): settled against the held rows, then queried.
let asyncDb: AsyncDuckDB;
let conn: AsyncDuckDBConnection;

beforeAll(async () => {
	const db = await blockingDuckDB();
	const blocking = db.connect();
	conn = { query: async (sql: string) => blocking.query(sql) } as unknown as AsyncDuckDBConnection;
	asyncDb = {
		registerFileText: async (name: string, text: string) => db.registerFileText(name, text),
		registerFileBuffer: async (name: string, bytes: Uint8Array) => db.registerFileBuffer(name, bytes),
		dropFile: async (name: string) => db.dropFile(name)
	} as unknown as AsyncDuckDB;
}, 30000);

function table(name: TableName, rowCount: number): CatalogTable {
	const columns = catalogColumns(name);
	return { name, row_count: rowCount, partitions: [], partition_by: [], columns } as unknown as CatalogTable;
}

/** data/spending.csv's first rows as the importer's cells (the report's own figures). */
function spendingRows(count: number): Record<string, string>[] {
	return csvObjects(readFileSync('data/spending.csv', 'utf8')).rows.slice(0, count);
}

async function rows(sql: string): Promise<Record<string, unknown>[]> {
	const result = (await conn.query(sql)) as unknown as { toArray(): { toJSON(): Record<string, unknown> }[] };
	return result.toArray().map((row) => row.toJSON());
}

describe('imported rows in the store', () => {
	it('types the rows as the data build does: the stated amount, its decimals and 万元', () => {
		const csv = importedCsv('spending', spendingRows(1));
		expect(csv.split('\n')[0]).toContain('amount,amount_decimals,amount_wan');
		expect(csv.split('\n')[1]).toContain(',2264,0,2264,');
	});

	it('keeps a new fact primary, leaves out a key already held, keeps a restated fact as a restatement', async () => {
		const store = new TableStore(asyncDb, conn, { tables: [table('spending', 3)] } as unknown as Catalog, {
			baseUrl: 'http://localhost/',
			budgetBytes: 1e9
		});
		const first = spendingRows(2);
		const load = await store.addImported('a-1', { rows: { spending: first } });
		expect(load.tables).toEqual([{ table: 'spending', rows: 2, duplicates: 0, restatements: 0 }]);
		// Again: the same keys (same source and locator) are already held.
		const again = await store.addImported('a-2', { rows: { spending: first } });
		expect(again.tables).toEqual([{ table: 'spending', rows: 2, duplicates: 2, restatements: 0 }]);
		// The same facts from another file: kept, but not primary, so no sum doubles.
		const restated = first.map((row) => ({ ...row, source_id: 'my_copy', locator: `${row['locator']} (copy)` }));
		const third = await store.addImported('a-3', { rows: { spending: restated } });
		expect(third.tables).toEqual([{ table: 'spending', rows: 2, duplicates: 0, restatements: 2 }]);
		expect(await rows('SELECT sum(amount_wan) AS s, count(*)::INTEGER AS n FROM spending WHERE is_primary')).toEqual([
			{ s: 2264 + 1649.05, n: 2 }
		]);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM spending')).toEqual([{ n: 4 }]);
		// The same bundle id twice is one load.
		expect(await store.addImported('a-1', { rows: { spending: first } })).toBe(load);
	});

	it('settles a bundle file by file: a second file restating the first is kept, not as primary', async () => {
		await conn.query('DROP TABLE IF EXISTS spending; DROP TABLE IF EXISTS mine_spending');
		const store = new TableStore(asyncDb, conn, { tables: [table('spending', 3)] } as unknown as Catalog, {
			baseUrl: 'http://localhost/',
			budgetBytes: 1e9
		});
		const first = spendingRows(2).map((row) => ({ ...row, source_id: 'file_a', locator: `a.csv / ${row['locator']}` }));
		const copy = first.map((row) => ({ ...row, source_id: 'file_b', locator: `b.csv / ${row['locator']}` }));
		// Parts as the import worker hands them: the normalised CSV as a Blob, one per file.
		const part = (rows: typeof first) => ({
			table: 'spending',
			rows: rows.length,
			normalised: new Blob([importedCsv('spending', rows)])
		});
		const load = await store.addImported('c-1', { rows: {}, parts: [part(first), part(copy), part(first)] });
		expect(load.tables).toEqual([{ table: 'spending', rows: 6, duplicates: 2, restatements: 2 }]);
		expect(
			await rows("SELECT source_id, is_primary, amount_wan FROM spending WHERE source_id LIKE 'file_%' ORDER BY 1, 3")
		).toEqual([
			{ source_id: 'file_a', is_primary: true, amount_wan: 1649.05 },
			{ source_id: 'file_a', is_primary: true, amount_wan: 2264 },
			{ source_id: 'file_b', is_primary: false, amount_wan: 1649.05 },
			{ source_id: 'file_b', is_primary: false, amount_wan: 2264 }
		]);
	});

	it('a large table becomes a view over the imported rows when no file of it is loaded', async () => {
		const big = { ...table('spending', 2_000_000), name: 'spending' } as CatalogTable;
		await conn.query('DROP TABLE IF EXISTS spending; DROP TABLE IF EXISTS mine_spending');
		const store = new TableStore(asyncDb, conn, { tables: [big] } as unknown as Catalog, {
			baseUrl: 'http://localhost/',
			budgetBytes: 1e9
		});
		await store.addImported('b-1', { rows: { spending: spendingRows(3) } });
		expect(await rows("SELECT table_type FROM information_schema.tables WHERE table_name = 'spending'")).toEqual([
			{ table_type: 'VIEW' }
		]);
		expect(await rows('SELECT round(sum(amount_wan), 2) AS s FROM spending')).toEqual([{ s: 2264 + 1649.05 + 2966.94 }]);
	});
});
