// The page's side of the import worker: one worker per file, started on demand, progress as it
// comes, and cancel = terminate (the worker stops at once, wherever it is; nothing it held
// reaches the page). A file over the size gate is refused here, before the worker starts.
import type { ImportOptions } from '../import';
import type { ReferenceTable } from '../registry';
import type { ContractRow, ImportProblem } from '../types';
import type { FileOutcome, ImportJob, ImportProgress, WorkerMessage } from './protocol';
import { sizeRefusal } from './size-gate';

export type RunResult =
	| { readonly kind: 'done'; readonly outcome: FileOutcome }
	| { readonly kind: 'refused'; readonly problem: ImportProblem }
	| { readonly kind: 'cancelled' }
	| { readonly kind: 'failed'; readonly message: string };

export interface RunningImport {
	readonly result: Promise<RunResult>;
	cancel(): void;
}

export interface StartOptions {
	readonly options: ImportOptions;
	readonly existing: Record<ReferenceTable, ContractRow[]>;
	/** The site's own sources (facts citing one get a source of their own). */
	readonly published: readonly ContractRow[];
	readonly onProgress?: (progress: ImportProgress) => void;
	/** Tests and the bench start the worker their own way; the app uses Vite's worker import. */
	readonly createWorker?: () => Worker;
}

function appWorker(): Worker {
	return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started before it is needed: its module (the readers, the layouts) is loaded by then. */
let spare: Worker | null = null;

/**
 * Starts the next file's worker now, so a drop does not wait for the worker's module to be
 * fetched and compiled (~0.3 s of the yearbook's drop → loaded on a 2-core machine). At most one
 * spare: an idle worker costs a few MB; `releaseWorker` ends it when the page goes.
 */
export function prepareWorker(): void {
	spare ??= appWorker();
}

export function releaseWorker(): void {
	spare?.terminate();
	spare = null;
}

function takeWorker(createWorker?: () => Worker): Worker {
	if (createWorker) return createWorker();
	const worker = spare ?? appWorker();
	spare = null;
	return worker;
}

/** Start importing `file`; resolves once, whatever happens (done, refused, cancelled, failed). */
export function startImport(file: File, start: StartOptions): RunningImport {
	const refusal = sizeRefusal(file.name, file.size);
	if (refusal !== null)
		return { result: Promise.resolve({ kind: 'refused', problem: refusal }), cancel: () => {} };
	const worker = takeWorker(start.createWorker);
	let settle: (result: RunResult) => void = () => {};
	const result = new Promise<RunResult>((resolve) => {
		settle = (value) => {
			worker.terminate();
			resolve(value);
			settle = () => {};
		};
	});
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const message = event.data;
		if (message.type === 'progress') start.onProgress?.(message);
		else if (message.type === 'done') settle({ kind: 'done', outcome: message.outcome });
		else settle({ kind: 'failed', message: message.message });
	};
	worker.onerror = (event) => {
		event.preventDefault();
		settle({ kind: 'failed', message: event.message || 'worker error' });
	};
	// Svelte's $state proxies cannot be cloned: the job is plain data (and the File) only.
	const job: ImportJob = {
		file,
		options: JSON.parse(JSON.stringify(start.options)) as ImportOptions,
		existing: start.existing,
		published: start.published
	};
	worker.postMessage(job);
	return { result, cancel: () => settle({ kind: 'cancelled' }) };
}
