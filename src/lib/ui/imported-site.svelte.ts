// What a page shows beside its prerendered data once the reader has imported files: the
// departments and sources as DuckDB holds them (embedded + imported), so every selector offers the
// imported departments and years and every citation of an imported figure says "your file".
import { onMount } from 'svelte';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import type { QueryRunner } from '$lib/queries/query';
import { browserRunner } from './browser-data';
import { importedSourceIds, importsKey, storedImports } from './imported.svelte';
import { toDepartments, toSourceMap, type DepartmentOption } from './page-data';
import type { SourceMap } from './sources';

/** The sources as DuckDB holds them, the reader's own marked `imported`. */
export async function liveSources(run: QueryRunner): Promise<SourceMap> {
	const sources = toSourceMap(await run(sourcesById()));
	const own = importedSourceIds();
	for (const id of Object.keys(sources))
		if (own.includes(id)) sources[id] = { ...sources[id]!, imported: true };
	return sources;
}

export class ImportedSite {
	/** null while the page shows only what was prerendered (no import in this browser). */
	departments: DepartmentOption[] | null = $state(null);
	sources: SourceMap | null = $state(null);
	/** True once the imports are in DuckDB and the lists above include them. */
	active = $state(false);

	/**
	 * For a page's QueryClient: null while only embedded data is shown (prerendered values hold),
	 * else a key of the imports in DuckDB, which changes with every import or removal.
	 */
	imports(): string | null {
		return this.active ? importsKey() : null;
	}

	/**
	 * Call during component initialisation. `more` runs the page's own extra queries (e.g. rows
	 * the page prerendered for every department) once the imports are in.
	 */
	constructor(more?: (run: QueryRunner) => Promise<void>) {
		onMount(() => {
			void this.refresh(more);
		});
	}

	private async refresh(more?: (run: QueryRunner) => Promise<void>): Promise<void> {
		if ((await storedImports()).length === 0) return;
		const run = await browserRunner();
		const [departments, sources] = await Promise.all([run(departmentYears()), liveSources(run)]);
		this.departments = toDepartments(departments);
		this.sources = sources;
		if (more) await more(run);
		this.active = true;
	}
}
