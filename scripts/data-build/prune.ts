import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltTable } from '../../src/lib/model/index';
import { csvOutputFile } from '../../src/lib/model/index';

/** Every file the catalog names for these tables, relative to the data folder, plus catalog.json. */
export function expectedFiles(tables: readonly BuiltTable[]): Set<string> {
	const files = new Set<string>(['catalog.json']);
	for (const table of tables) {
		if (table.csv) files.add(csvOutputFile(table.name));
		for (const partition of table.partitions) {
			files.add(partition.duckdb);
			files.add(partition.parquet);
		}
	}
	return files;
}

/** Files under `dir`, relative to it, with forward slashes. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
	const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
	const files: string[] = [];
	for (const entry of entries) {
		const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
		if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
		else files.push(relative);
	}
	return files.sort();
}

async function removeEmptyDirs(dir: string): Promise<boolean> {
	const entries = await readdir(dir, { withFileTypes: true });
	let empty = true;
	for (const entry of entries) {
		if (!entry.isDirectory() || !(await removeEmptyDirs(path.join(dir, entry.name)))) empty = false;
	}
	if (empty) await rmdir(dir);
	return empty;
}

/**
 * Remove what a previous build left and this one did not write (old partitions, a CSV no longer
 * shipped), so the folder holds exactly what catalog.json names.
 */
export async function pruneOutput(outputDir: string, keep: ReadonlySet<string>): Promise<string[]> {
	const stale = (await listFiles(outputDir)).filter((file) => !keep.has(file));
	for (const file of stale) await rm(path.join(outputDir, file), { force: true });
	const entries = await readdir(outputDir, { withFileTypes: true });
	for (const entry of entries) {
		if (entry.isDirectory()) await removeEmptyDirs(path.join(outputDir, entry.name));
	}
	return stale;
}
