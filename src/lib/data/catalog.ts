/** The catalog the data build writes next to the data files (static/data/catalog.json). */
export interface CatalogColumn {
	name: string;
	type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';
	description_zh: string;
	description_en: string;
	unit: string | null;
}

export interface CatalogTable {
	name: string;
	description_zh: string;
	description_en: string;
	row_count: number;
	files: { parquet: string; csv: string };
	format: 'parquet' | 'csv';
	columns: CatalogColumn[];
	source_ids: string[];
}

export interface Catalog {
	generated_at: string;
	tables: CatalogTable[];
}

const TABLE_NAME = /^[a-z][a-z0-9_]*$/;

/** Parses catalog.json once at the edge; anything unexpected is refused with the reason. */
export function parseCatalog(json: unknown): Catalog {
	if (typeof json !== 'object' || json === null || !Array.isArray((json as Catalog).tables)) {
		throw new Error('catalog.json: expected an object with a "tables" array');
	}
	const catalog = json as Catalog;
	for (const table of catalog.tables) {
		if (!TABLE_NAME.test(table.name)) throw new Error(`catalog.json: bad table name ${table.name}`);
		for (const file of [table.files.parquet, table.files.csv]) {
			if (!/^data\/[a-z0-9_]+\.(parquet|csv)$/.test(file)) {
				throw new Error(`catalog.json: table ${table.name} names a file outside data/: ${file}`);
			}
		}
	}
	return catalog;
}
