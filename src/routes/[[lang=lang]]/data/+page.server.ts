import { readCatalog } from '$lib/server/node-db';
import type { PageServerLoad } from './$types';

/** The catalog as built, so the table list is in the HTML before DuckDB loads. */
export const load: PageServerLoad = () => {
	const catalog = readCatalog();
	return {
		tables: catalog.tables.map((t) => ({
			name: t.name,
			description_zh: t.description_zh,
			description_en: t.description_en,
			row_count: t.row_count,
			format: t.format,
			bytes: t.bytes,
			partitions: t.partitions.length,
			partition_by: t.partition_by,
			csv: t.files.csv,
			parquet: t.files.parquet,
			columns: t.columns.length
		}))
	};
};
