import { tokenize } from './sql-tokens';
import { tablesNamed } from './sql-tables';
import { FACT_TABLE_NAMES, primaryGroup } from '$lib/model';

/**
 * Fact tables hold one row per place a figure was read: the same figure restated in a later
 * report is a second row, and `is_primary` marks the one row per fact to count. A statement that
 * aggregates such a table without naming is_primary (in WHERE, FILTER, a join…) counts every
 * restatement: SUM of Hengyang's 2022 final spending lines gives 7710.74 instead of 3855.37.
 * This finds those statements so the console can warn before the reader trusts the sum.
 */
const AGGREGATES = new Set([
	'sum',
	'avg',
	'mean',
	'count',
	'fsum',
	'sumkahan',
	'kahan_sum',
	'median',
	'list',
	'array_agg',
	'string_agg',
	'group_concat'
]);

/** The tables with an is_primary column the statement aggregates without mentioning is_primary. */
export function unfilteredPrimaryTables(
	sql: string,
	primaryTables: readonly string[] = PRIMARY_FACT_TABLES
): string[] {
	const lexed = tokenize(sql);
	if (!lexed.ok) return [];
	const tokens = lexed.tokens;
	const names = (i: number) =>
		tokens[i]?.kind === 'quoted' ? tokens[i]!.value.toLowerCase() : tokens[i]?.value;
	if (tokens.some((_, i) => names(i) === 'is_primary')) return [];
	const aggregates = tokens.some(
		(token, i) => token.kind === 'word' && AGGREGATES.has(token.value) && tokens[i + 1]?.value === '('
	);
	if (!aggregates) return [];
	return tablesNamed(sql, primaryTables);
}

/** The fact tables whose rows repeat a fact across sources, one of them flagged is_primary. */
export const PRIMARY_FACT_TABLES: readonly string[] = FACT_TABLE_NAMES.filter(
	(name) => primaryGroup(name) !== null
);
