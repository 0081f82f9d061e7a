// A reader's import made in Node exactly as the browser makes it: each file through importBytes
// (the import worker's own code: readers, layouts, a registry over the embedded reference rows and
// the files before it, facts encoded as the worker encodes them), then buildBundle as "Load" does.
// Tests put it into the browser's storage to check what every page does with imported data.
import { readFile } from 'node:fs/promises';
import type { ImportBundle, ReferenceName } from '../../src/lib/import/bundle';
import { buildBundle } from '../../src/lib/import/browser/bundle-build';
import type { FileOutcome } from '../../src/lib/import/browser/protocol';
import { importBytes } from '../../src/lib/import/browser/run';
import type { WorkbookOptions } from '../../src/lib/import/workbook';
import type { ContractRow } from '../../src/lib/import/types';
import { csvObjects } from '../../src/lib/model/index';

async function csvRows(file: string): Promise<ContractRow[]> {
	return csvObjects(await readFile(file, 'utf8')).rows;
}

/** `options`: what the reader states in the /import form (department, year, unit) when the file does not. */
export async function bundleOf(
	files: { name: string; bytes: Uint8Array; options?: Omit<WorkbookOptions, 'sink'> }[],
	id: string
): Promise<ImportBundle> {
	const held: Record<ReferenceName, ContractRow[]> = {
		regions: await csvRows('data/regions.csv'),
		departments: await csvRows('data/departments.csv'),
		sources: await csvRows('data/sources.csv')
	};
	const published = held.sources;
	const outcomes: FileOutcome[] = [];
	for (const { name, bytes, options } of files) {
		// As the /import session does: the site's rows plus what the files before this one added.
		const existing = { ...held };
		for (const table of ['regions', 'departments', 'sources'] as const)
			existing[table] = [...held[table], ...outcomes.flatMap((outcome) => outcome.added[table])];
		const outcome = await importBytes({ name, bytes, options: options ?? {}, existing, published });
		if (outcome.format === null) throw new Error(`${name}: ${outcome.problems[0]?.message.en}`);
		outcomes.push(outcome);
	}
	return buildBundle(outcomes, id, '2026-12-02T00:00:00.000Z');
}
