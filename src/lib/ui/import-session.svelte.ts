// The /import page's state: the files the reader gave, each run in its own worker (one at a time,
// so two large files never share the memory), the reader's corrections, and "Load", which hands
// one bundle of every file read to the site (addImport). Cancel terminates the file's worker.
import { prepareWorker, releaseWorker, startImport, type RunningImport } from '$lib/import/browser/client';
import { sizeRefusal } from '$lib/import/browser/size-gate';
import { buildBundle, factCount, nowIso } from '$lib/import/browser/bundle-build';
import type { FileOutcome, ImportProgress } from '$lib/import/browser/protocol';
import type { ImportBundle } from '$lib/import/bundle';
import type { ImportOptions } from '$lib/import/import';
import type { ContractRow, ImportProblem, Recipe } from '$lib/import/types';
import { REFERENCE_TABLES, type ReferenceTable } from '$lib/import/registry';
import { addImport, publishedSources, referenceRows } from '$lib/ui/imported.svelte';
import { browserDatabase, whenIdle } from '$lib/ui/browser-data';

export type EntryStatus = 'queued' | 'running' | 'done' | 'refused' | 'cancelled' | 'failed';

/** What the reader typed over the detected values ('' = keep what the file says). */
export interface Corrections {
	department: string;
	year: string;
	stage: '' | 'budget' | 'final';
	unit: string;
}

export class ImportEntry {
	status: EntryStatus = $state('queued');
	progress: ImportProgress | null = $state.raw(null);
	outcome: FileOutcome | null = $state.raw(null);
	refusal: ImportProblem | null = $state.raw(null);
	failure = $state('');
	corrections: Corrections = $state({ department: '', year: '', stage: '', unit: '' });
	/** A recipe loaded from a file or edited column by column: applied instead of recognising. */
	recipe: Recipe | null = $state.raw(null);
	recipeFile = $state('');
	running: RunningImport | null = null;

	constructor(
		readonly id: number,
		readonly file: File
	) {}
}

/** The corrections as importer options: only what the reader changed. */
export function optionsOf(entry: Pick<ImportEntry, 'corrections' | 'recipe'>): ImportOptions {
	const { department, year, stage, unit } = entry.corrections;
	const parsedYear = Number.parseInt(year, 10);
	return {
		...(department.trim() === '' ? {} : { department: department.trim() }),
		...(Number.isInteger(parsedYear) && /^\d{4}$/.test(year.trim()) ? { year: parsedYear } : {}),
		...(stage === '' ? {} : { stage }),
		...(unit.trim() === '' ? {} : { unit: unit.trim() }),
		...(entry.recipe === null ? {} : { recipe: entry.recipe })
	};
}

type Reference = Record<ReferenceTable, ContractRow[]>;

function plain<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

export class ImportSession {
	entries: ImportEntry[] = $state([]);
	/** The latest announcement for the aria-live region. */
	announcement = $state('');
	loaded: ImportBundle | null = $state.raw(null);
	loading = $state(false);
	/** Why the last "Load" failed (the site could not take the rows), '' otherwise. */
	loadError = $state('');
	private nextId = 1;
	private queue: Promise<void> = Promise.resolve();

	constructor(private readonly describe: (entry: ImportEntry) => string) {}

	add(files: Iterable<File>): void {
		for (const file of files) {
			const entry = new ImportEntry(this.nextId++, file);
			this.entries.push(entry);
			// The size gate answers at once: no waiting behind other files or for reference rows.
			const refusal = sizeRefusal(file.name, file.size);
			if (refusal === null) this.enqueue(entry);
			else {
				entry.refusal = refusal;
				this.settle(entry, 'refused');
			}
		}
	}

	/**
	 * Readies the page for a drop once it is idle: the first file's worker (its module compiled),
	 * the site's reference rows the worker resolves names against, and DuckDB with the reference
	 * tables every Load settles first, so a drop waits for none of them (docs/benchmarks.md,
	 * "/import ready before the drop"). At idle, not at first paint, as the dashboards start DuckDB:
	 * a reader on /import has come to load files, and picking one takes longer than the start. A
	 * failed start is not retried here: Load starts DuckDB itself and says why it failed.
	 */
	prepare(): () => void {
		const cancel = whenIdle(() => {
			prepareWorker();
			void publishedSources().catch(() => undefined);
			void browserDatabase()
				.then((database) => database.store.ensure(REFERENCE_TABLES))
				.catch(() => undefined);
		});
		return () => {
			cancel();
			releaseWorker();
		};
	}

	rerun(entry: ImportEntry): void {
		if (entry.status === 'running' || entry.status === 'queued') return;
		entry.status = 'queued';
		this.loaded = null;
		this.enqueue(entry);
	}

	cancel(entry: ImportEntry): void {
		entry.running?.cancel();
		if (entry.status === 'queued') this.settle(entry, 'cancelled');
	}

	remove(entry: ImportEntry): void {
		this.cancel(entry);
		this.entries = this.entries.filter((other) => other.id !== entry.id);
	}

	private enqueue(entry: ImportEntry): void {
		this.queue = this.queue.then(() => (entry.status === 'queued' ? this.run(entry) : undefined));
	}

	/** The reference rows names resolve against: the site's, earlier imports', and the other files'. */
	private async existing(entry: ImportEntry): Promise<Reference> {
		const base = await referenceRows();
		const others = this.entries.filter((other) => other.id !== entry.id && other.outcome !== null);
		const merged = { ...base };
		for (const table of REFERENCE_TABLES)
			merged[table] = [...base[table], ...others.flatMap((other) => other.outcome?.added[table] ?? [])];
		return plain(merged);
	}

	private async run(entry: ImportEntry): Promise<void> {
		entry.status = 'running';
		entry.progress = null;
		// The worker loads its module while the reference rows are gathered.
		prepareWorker();
		const running = startImport(entry.file, {
			options: plain(optionsOf(entry)),
			existing: await this.existing(entry),
			published: plain(await publishedSources()),
			onProgress: (progress) => {
				entry.progress = progress;
			}
		});
		entry.running = running;
		const result = await running.result;
		entry.running = null;
		if (result.kind === 'done') {
			entry.outcome = result.outcome;
			this.settle(entry, 'done');
		} else if (result.kind === 'refused') {
			entry.refusal = result.problem;
			this.settle(entry, 'refused');
		} else if (result.kind === 'failed') {
			entry.failure = result.message;
			this.settle(entry, 'failed');
		} else {
			entry.outcome = null;
			this.settle(entry, 'cancelled');
		}
	}

	private settle(entry: ImportEntry, status: EntryStatus): void {
		entry.status = status;
		this.announcement = this.describe(entry);
	}

	/** Every file read so far as one bundle (files that could not be read are left out). */
	bundle(): ImportBundle {
		const outcomes = this.entries.flatMap((entry) =>
			entry.status === 'done' && entry.outcome !== null ? [entry.outcome] : []
		);
		return buildBundle(outcomes, crypto.randomUUID(), nowIso());
	}

	/** Hands the bundle to the site when it holds at least one fact; resolves when it is loaded. */
	async load(bundle: ImportBundle, describeLoaded: (bundle: ImportBundle) => string): Promise<boolean> {
		if (factCount(bundle) === 0 || this.loading) return false;
		this.loading = true;
		this.loadError = '';
		try {
			await addImport(bundle);
			this.loaded = bundle;
			this.announcement = describeLoaded(bundle);
			return true;
		} catch (error) {
			this.loadError = error instanceof Error ? error.message : String(error);
			this.announcement = this.loadError;
			return false;
		} finally {
			this.loading = false;
		}
	}
}
