import type { Catalog } from '$lib/model';
import { isTableName } from '$lib/model/names';

/**
 * Parses catalog.json (written by `npm run data` with the contract's own `buildCatalog`) once at
 * the edge: a table the contract does not know or a file outside data/ is refused with the reason.
 */
export function parseCatalog(json: unknown): Catalog {
	if (typeof json !== 'object' || json === null || !Array.isArray((json as Catalog).tables)) {
		throw new Error('catalog.json: expected an object with a "tables" array');
	}
	const catalog = json as Catalog;
	for (const table of catalog.tables) {
		if (!isTableName(table.name)) throw new Error(`catalog.json: bad table name ${table.name}`);
		for (const file of [table.files.parquet, table.files.csv]) {
			if (!/^data\/[a-z0-9_]+\.(parquet|csv)$/.test(file)) {
				throw new Error(`catalog.json: table ${table.name} names a file outside data/: ${file}`);
			}
		}
	}
	return catalog;
}
