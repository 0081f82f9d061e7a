import { FACT_TABLE_NAMES } from '$lib/model/tables';
import type { Query, QueryRunner, Row } from './query';

/** Every source with its full citation and the department it is about. */
export function sourcesFull(): Query {
	return {
		sql: `SELECT s.source_id, s.title_zh, s.title_en, s.publisher_zh, s.publisher_en, s.department_id,
		        s.fiscal_year, s.published_on, s.kind, s.location, s.url, s.note,
		        d.name_zh AS department_zh, d.name_en AS department_en
		      FROM sources s LEFT JOIN departments d USING (department_id)
		      ORDER BY s.department_id NULLS LAST, s.fiscal_year DESC NULLS LAST, s.source_id`,
		params: []
	};
}

/**
 * How many rows each source contributed to each fact table, counted by the query itself.
 * Table names are the contract's fact tables (FACT_TABLE_NAMES), never user input.
 */
export function sourceContributions(): Query {
	const union = FACT_TABLE_NAMES.map(
		(table) =>
			`SELECT source_id, '${table}' AS table_name, count(*)::INTEGER AS row_count FROM ${table} GROUP BY source_id`
	).join('\n		      UNION ALL ');
	return {
		sql: `SELECT source_id, table_name, row_count FROM (${union}) ORDER BY source_id, table_name`,
		params: []
	};
}

/** A source as the sources page shows it: its full citation and the rows it contributed per table. */
export interface SourceEntry {
	source_id: string;
	title_zh: string;
	title_en: string;
	publisher_zh: string;
	publisher_en: string;
	department_id: string | null;
	department_zh: string | null;
	department_en: string | null;
	fiscal_year: number | null;
	published_on: string | null;
	kind: string;
	location: string;
	/** The public original's web address, when one is recorded (data/sources.csv `url`). */
	url: string | null;
	note: string | null;
	contributions: { table: string; rows: number }[];
	totalRows: number;
}

const textOrNull = (value: unknown) =>
	value === null || value === undefined || value === '' ? null : String(value);

/** A fact table's place in the contract's load order. */
function tableRank(table: string): number {
	return (FACT_TABLE_NAMES as readonly string[]).indexOf(table);
}

export function shapeSources(sources: Row[], contributions: Row[]): SourceEntry[] {
	return sources.map((s) => {
		const id = String(s.source_id);
		const mine = contributions
			.filter((c) => c.source_id === id)
			.map((c) => ({ table: String(c.table_name), rows: Number(c.row_count) }))
			.sort((a, b) => tableRank(a.table) - tableRank(b.table));
		return {
			source_id: id,
			title_zh: String(s.title_zh),
			title_en: String(s.title_en),
			publisher_zh: String(s.publisher_zh),
			publisher_en: String(s.publisher_en),
			department_id: textOrNull(s.department_id),
			department_zh: textOrNull(s.department_zh),
			department_en: textOrNull(s.department_en),
			fiscal_year: typeof s.fiscal_year === 'number' ? s.fiscal_year : null,
			published_on: textOrNull(s.published_on),
			kind: String(s.kind),
			location: String(s.location ?? ''),
			url: textOrNull(s.url),
			note: textOrNull(s.note),
			contributions: mine,
			totalRows: mine.reduce((sum, c) => sum + c.rows, 0)
		};
	});
}

export async function loadSources(run: QueryRunner): Promise<SourceEntry[]> {
	const [sources, contributions] = await Promise.all([run(sourcesFull()), run(sourceContributions())]);
	return shapeSources(sources, contributions);
}
