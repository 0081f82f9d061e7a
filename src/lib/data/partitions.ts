import type { CatalogPartition, CatalogTable } from '$lib/model';

export type Scope = Readonly<Record<string, string | number>>;

/**
 * The partitions of `table` a query scoped to `scope` reads: those whose value for every partition
 * column named in the scope equals the scope's value. Columns the scope does not name, and tables
 * kept in one file, select every partition.
 */
export function partitionsFor(table: CatalogTable, scope: Scope | undefined): CatalogPartition[] {
	const keys = table.partition_by.filter((column) => scope !== undefined && column in scope);
	if (keys.length === 0) return [...table.partitions];
	return table.partitions.filter((partition) =>
		keys.every((column) => String(partition.values[column]) === String(scope![column]))
	);
}

/** Bytes the browser fetches for these partitions. */
export function partitionBytes(partitions: readonly CatalogPartition[]): number {
	return partitions.reduce((sum, p) => sum + p.duckdb_bytes, 0);
}
