import { onMount } from 'svelte';
import type { QueryRunner } from '$lib/queries/query';
import { browserRunner, whenIdle } from './browser-data';

export type DataState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The state of a page's DuckDB work (what `DataStatus` announces). Pages share it so that every
 * view reload and the warm-up after first paint report loading, ready and failure the same way.
 */
export class DataLoad {
	status: DataState = $state('idle');
	failure = $state('');

	/** Runs one load (which stores its own result), reflecting it in the status; never throws. */
	async run(work: () => Promise<void>): Promise<void> {
		this.status = 'loading';
		try {
			await work();
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			this.failure = error instanceof Error ? error.message : String(error);
		}
	}

	/**
	 * DuckDB arrives after the first paint, for interaction; the prerendered view needs none of it.
	 * `prefetch` runs the page's own queries for the view on screen once idle, so exactly the tables
	 * and partitions this page reads are loaded (and nothing else). Call during component
	 * initialisation.
	 */
	warmUp(prefetch?: (run: QueryRunner) => Promise<unknown>): void {
		onMount(() =>
			whenIdle(async () => {
				if (this.status !== 'idle') return;
				await this.run(async () => {
					const run = await browserRunner();
					if (prefetch) await prefetch(run);
				});
			})
		);
	}
}
