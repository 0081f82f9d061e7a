import { fetchCatalog } from './db';
import { lockDatabase, openDatabase } from './duckdb';
import { FILE_PREFIX, loadCsv } from './load';
import { TableStore } from './tables';

export interface PathComparison {
	table: string;
	columnarRows: number;
	csvRows: number;
	/** Rows in one load that the other lacks (EXCEPT ALL both ways): 0 means identical contents. */
	differingRows: number;
}

/**
 * Loads every catalog table that ships a CSV through both paths (the DuckDB files, attached, and
 * the CSV read by DuckDB's reader) in a separate, throw-away DuckDB instance, locked like the
 * page's, and compares the contents row for row. The page's own instance is not touched.
 */
export async function compareLoadPaths(baseUrl: string): Promise<PathComparison[]> {
	const catalog = await fetchCatalog(baseUrl);
	const { db, conn } = await openDatabase();
	await lockDatabase(conn, FILE_PREFIX);
	const store = new TableStore(db, conn, catalog, { baseUrl, budgetBytes: Number.POSITIVE_INFINITY });
	try {
		const results: PathComparison[] = [];
		for (const table of catalog.tables.filter((t) => t.files.csv !== null)) {
			await store.ensure([table.name]);
			const csvName = `csv_${table.name}`;
			await loadCsv({ db, conn, table, name: csvName, baseUrl });
			const q = (sql: string) => conn.query(sql).then((r) => Number(r.toArray()[0]?.n ?? -1));
			const a = `"${table.name}"`;
			const b = `"${csvName}"`;
			results.push({
				table: table.name,
				columnarRows: await q(`SELECT count(*)::INTEGER AS n FROM ${a}`),
				csvRows: await q(`SELECT count(*)::INTEGER AS n FROM ${b}`),
				differingRows: await q(
					`SELECT ((SELECT count(*) FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b}))
					 + (SELECT count(*) FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a})))::INTEGER AS n`
				)
			});
		}
		return results;
	} finally {
		await conn.close();
		await db.terminate();
	}
}
