import { TABLE_NAMES, type TableName } from './names';
import type { ColumnDef, TableDef } from './schema';
import { PROJECTS, REGIONAL_FINANCE, SPENDING } from './tables-finance';
import { DEPARTMENTS, REGIONS, SOURCES } from './tables-reference';
import { ACTIVITIES, ENVIRONMENT, INDICATORS, STAFFING } from './tables-results';

/** Every table of the contract by name. */
export const TABLES = {
	sources: SOURCES,
	regions: REGIONS,
	departments: DEPARTMENTS,
	spending: SPENDING,
	projects: PROJECTS,
	indicators: INDICATORS,
	environment: ENVIRONMENT,
	staffing: STAFFING,
	activities: ACTIVITIES,
	regional_finance: REGIONAL_FINANCE
} as const satisfies { readonly [N in TableName]: TableDef & { readonly name: N } };

export type Tables = typeof TABLES;

/** Tables in load order (referenced tables first). */
export const TABLE_LIST: readonly TableDef[] = TABLE_NAMES.map((name) => TABLES[name]);

export function getTable(name: TableName): TableDef {
	return TABLES[name];
}

export function findColumn(table: TableDef, name: string): ColumnDef | undefined {
	return table.columns.find((column) => column.name === name);
}

/** The data file a table is read from, relative to the data directory. */
export function csvFileName(name: TableName): string {
	return `${name}.csv`;
}

/** A fact table: one with provenance (source_id, locator, excerpt) and an is_primary row per fact. */
export type FactTableName = {
	[N in TableName]: 'locator' extends Tables[N]['columns'][number]['name'] ? N : never;
}[TableName];

function isFactTable(name: TableName): name is FactTableName {
	return TABLES[name].columns.some((column) => column.name === 'locator');
}

/** The fact tables in load order. */
export const FACT_TABLE_NAMES: readonly FactTableName[] = TABLE_NAMES.filter(isFactTable);

/** The columns that identify a fact regardless of where it was read (the is_primary group), or null. */
export function primaryGroup(table: TableName): readonly string[] | null {
	for (const rule of TABLES[table].rules) {
		if (rule.kind === 'one_true_per_group' && rule.column === 'is_primary') return rule.group;
	}
	return null;
}
