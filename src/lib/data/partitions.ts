import { tableFiles, type CatalogFile, type CatalogPartition, type CatalogTable } from '$lib/model';

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

/**
 * The DuckDB files holding the partitions `scope` selects, each with its index in the table's
 * files (its alias): a bin of several departments is fetched whole, once.
 */
export function filesFor(table: CatalogTable, scope: Scope | undefined): { file: CatalogFile; index: number }[] {
	const wanted = new Set(partitionsFor(table, scope));
	return tableFiles(table.partitions)
		.map((file, index) => ({ file, index }))
		.filter(({ file }) => file.partitions.some((i) => wanted.has(table.partitions[i]!)));
}

/** Bytes the browser fetches for these files. */
export function fileBytes(files: readonly CatalogFile[]): number {
	return files.reduce((sum, f) => sum + f.bytes, 0);
}
