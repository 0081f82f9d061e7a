import { parseCatalog } from './catalog';
import { openDatabase } from './duckdb';
import { loadTable } from './load';

export interface PathComparison {
	table: string;
	parquetRows: number;
	csvRows: number;
	/** Rows in one load that the other lacks (EXCEPT ALL both ways): 0 means identical contents. */
	differingRows: number;
}

/**
 * Loads every catalog table through both paths (Parquet via hyparquet → Arrow, CSV via DuckDB's
 * reader) in a separate, throw-away DuckDB instance and compares the contents row for row.
 * The page's own (locked) instance is not touched.
 */
export async function compareLoadPaths(baseUrl: string): Promise<PathComparison[]> {
	const catalogResponse = await fetch(new URL('data/catalog.json', baseUrl).href);
	const catalog = parseCatalog(await catalogResponse.json());
	const { db, conn } = await openDatabase();
	try {
		const results: PathComparison[] = [];
		for (const table of catalog.tables) {
			const p = await loadTable({ db, conn, table, baseUrl, path: 'parquet', name: `p_${table.name}` });
			const c = await loadTable({ db, conn, table, baseUrl, path: 'csv', name: `c_${table.name}` });
			const diff = await conn.query(
				`SELECT ((SELECT count(*) FROM (SELECT * FROM "p_${table.name}" EXCEPT ALL SELECT * FROM "c_${table.name}"))
				 + (SELECT count(*) FROM (SELECT * FROM "c_${table.name}" EXCEPT ALL SELECT * FROM "p_${table.name}")))::INTEGER AS n`
			);
			results.push({ table: table.name, parquetRows: p.rows, csvRows: c.rows, differingRows: Number(diff.toArray()[0]?.n ?? -1) });
		}
		return results;
	} finally {
		await conn.close();
		await db.terminate();
	}
}
