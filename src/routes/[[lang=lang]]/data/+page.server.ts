import { readCatalog } from '$lib/server/node-db';
import { dataDictionary } from '$lib/model/dictionary';
import type { PageServerLoad } from './$types';

/** The catalog as built, so the table list, the downloads and the dictionary are in the HTML. */
export const load: PageServerLoad = () => {
	const catalog = readCatalog();
	return {
		generatedAt: catalog.generated_at,
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
			parquetFiles: t.partitions.map((p) => ({ path: p.parquet, rows: p.row_count, bytes: p.parquet_bytes, values: p.values })),
			columns: t.columns.length
		})),
		dictionary: dataDictionary(),
		sources: catalog.sources.map((s) => ({
			source_id: s.source_id,
			title_zh: s.title_zh,
			title_en: s.title_en,
			publisher_zh: s.publisher_zh,
			publisher_en: s.publisher_en,
			url: s.url ?? null
		}))
	};
};
