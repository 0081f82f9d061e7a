// A reader's import made in Node exactly as the browser makes it (the same readers, layouts and
// registry over the embedded reference rows): tests put it into the browser's storage to check
// what every page does with imported data.
import { readFile } from 'node:fs/promises';
import { BUNDLE_VERSION, ownSources, type ImportBundle } from '../../src/lib/import/bundle';
import { rowsOf, totalCounts } from '../../src/lib/import/import';
import { LAYOUTS } from '../../src/lib/import/layouts/index';
import { openWorkbook } from '../../src/lib/import/read/index';
import { Registry } from '../../src/lib/import/registry';
import { importWorkbook, type WorkbookOptions } from '../../src/lib/import/workbook';
import type { ContractRow, Recipe, SheetImport } from '../../src/lib/import/types';
import { csvObjects } from '../../src/lib/model/index';

async function csvRows(file: string): Promise<ContractRow[]> {
	return csvObjects(await readFile(file, 'utf8')).rows;
}

/** `options`: what the reader states in the /import form (department, year, unit) when the file does not. */
export async function bundleOf(
	files: { name: string; bytes: Uint8Array; options?: WorkbookOptions }[],
	id: string
): Promise<ImportBundle> {
	const sources = await csvRows('data/sources.csv');
	const registry = new Registry({
		regions: await csvRows('data/regions.csv'),
		departments: await csvRows('data/departments.csv'),
		sources
	});
	const sheets: SheetImport[] = [];
	const bundleFiles: ImportBundle['files'][number][] = [];
	for (const { name, bytes, options } of files) {
		const opened = await openWorkbook(name, bytes);
		if (opened.workbook === null) throw new Error(`${name}: ${opened.problems[0]?.message.en}`);
		const read = importWorkbook(opened.workbook, LAYOUTS, registry, options);
		sheets.push(...read);
		bundleFiles.push({
			name,
			bytes: bytes.byteLength,
			format: opened.workbook.format,
			encoding: opened.workbook.encoding,
			sheets: read.map((s) => ({ sheet: s.sheet, layout: s.layout, counts: s.counts })),
			problems: [...opened.problems, ...read.flatMap((s) => s.problems)]
		});
	}
	const rows = { ...rowsOf(sheets), ...registry.added };
	const bundle: ImportBundle = {
		version: BUNDLE_VERSION,
		id,
		created: '2026-12-02T00:00:00.000Z',
		files: bundleFiles,
		recipes: sheets.flatMap((s) => (s.recipe ? [s.recipe as Recipe] : [])),
		counts: totalCounts(sheets),
		rows
	};
	return ownSources(bundle, sources);
}
