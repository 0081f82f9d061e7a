import { nodeRunner, readCatalog } from '$lib/server/node-db';
import { sourcesById } from '$lib/queries/overview';
import type { PageServerLoad } from './$types';

/** Build time only: the schema browser's content (catalog + source titles) goes into the HTML. */
export const load: PageServerLoad = async () => {
	const catalog = readCatalog();
	const sources = await nodeRunner()(sourcesById());
	return {
		tables: catalog.tables.map((t) => ({
			name: t.name,
			description_zh: t.description_zh,
			description_en: t.description_en,
			row_count: t.row_count,
			bytes: t.bytes,
			partition_by: t.partition_by,
			partitions: t.partitions.length,
			columns: t.columns,
			source_ids: t.source_ids
		})),
		sources: Object.fromEntries(
			sources.map((s) => [
				String(s.source_id),
				{ title_zh: String(s.title_zh), title_en: String(s.title_en) }
			])
		)
	};
};
