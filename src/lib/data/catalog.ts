import type { Catalog } from '$lib/model';
import { isTableName } from '$lib/model/names';

/** A file the catalog may name: under data/, plain names and hive `col=value` folders only. */
const FILE = /^data\/(?:[a-z0-9_]+\/)?(?:[a-z0-9_]+=[a-z0-9_]+\/)*[a-z0-9_]+\.(?:duckdb|parquet|csv)$/;
const GLOB = /^data\/[a-z0-9_]+\/\*\*\/\*\.parquet$/;

function refuse(reason: string): never {
	throw new Error(`catalog.json: ${reason}`);
}

/**
 * Parses catalog.json (written by `npm run data` with the contract's own `buildCatalog`) once at
 * the edge: a table the contract does not know, or a file outside data/ (a URL, `..`), is refused
 * with the reason, so nothing the page fetches or attaches comes from anywhere else.
 */
export function parseCatalog(json: unknown): Catalog {
	if (typeof json !== 'object' || json === null || !Array.isArray((json as Catalog).tables)) {
		refuse('expected an object with a "tables" array');
	}
	const catalog = json as Catalog;
	for (const table of catalog.tables) {
		if (!isTableName(table.name)) refuse(`bad table name ${table.name}`);
		if (!Array.isArray(table.partitions)) refuse(`table ${table.name} has no partitions list`);
		const files = [table.files.csv, ...table.partitions.flatMap((p) => [p.duckdb, p.parquet])];
		for (const file of files) {
			if (file !== null && !FILE.test(file)) refuse(`table ${table.name} names a file outside data/: ${file}`);
		}
		if (!FILE.test(table.files.parquet) && !GLOB.test(table.files.parquet)) {
			refuse(`table ${table.name} names a file outside data/: ${table.files.parquet}`);
		}
	}
	return catalog;
}
