import { untrack } from 'svelte';
import type { PageQuery, Prerendered } from '$lib/queries/page-query';
import { browserRunner } from './browser-data';
import { DataLoad } from './data-load.svelte';

interface Loaded<P, T> extends Prerendered<P, T> {
	/** The imports the value was computed with (null: the embedded data only). */
	imports: string | null;
}

export interface QueryClientOptions<P, T> {
	/** What the build ran (the page's `data`): shown at once, and whenever the view comes back to it. */
	prerendered: () => Prerendered<P, T>;
	/** The view the page shows now (from the URL). May read `latest`, never `current`. */
	params: () => P;
	/**
	 * The reader's imports as DuckDB holds them: null while the page shows only embedded data (the
	 * prerendered value is then valid), otherwise a key that changes whenever the imports change.
	 */
	imports?: () => string | null;
	/**
	 * Run the query once the page is idle, so the tables it reads are in DuckDB before the first
	 * interaction (default). Off for a section whose page already warms up the same tables.
	 */
	warmUp?: boolean;
}

/**
 * The browser side of a page query: the prerendered value while the view is the one the build ran
 * and nothing is imported, otherwise the same query run through DuckDB-wasm. A response for a view
 * the reader has already left is dropped. `load` reports loading, ready and failure (DataStatus).
 * Create during component initialisation.
 */
export class QueryClient<P, T> {
	readonly load = new DataLoad();
	#loaded: Loaded<P, T> | null = $state(null);
	readonly #query: PageQuery<P, T>;
	readonly #options: Required<Omit<QueryClientOptions<P, T>, 'warmUp'>>;

	constructor(query: PageQuery<P, T>, options: QueryClientOptions<P, T>) {
		this.#query = query;
		this.#options = { imports: () => null, ...options };
		const { warmUp = true } = options;
		$effect(() => {
			const wanted = this.#options.params();
			const imports = this.#options.imports();
			untrack(() => this.#sync(wanted, imports));
		});
		// Once idle, the tables this page reads are loaded, so the first interaction is quick.
		if (warmUp) this.load.warmUp((run) => query.load(run, untrack(this.#options.params)));
	}

	/** True while the prerendered value is on screen (its static charts may be shown). */
	get isPrerendered(): boolean {
		return this.#loaded === null && this.#options.imports() === null;
	}

	/** The value last shown: the previous view's while another loads (pages whose controls need it). */
	get latest(): T {
		return this.#loaded?.value ?? this.#options.prerendered().value;
	}

	/** The value for the view the page shows now, or null while it loads. */
	get current(): T | null {
		const params = this.#options.params();
		const imports = this.#options.imports();
		if (this.#matches(this.#loaded, params, imports)) return this.#loaded!.value;
		const built = this.#options.prerendered();
		return imports === null && this.#query.same(built.params, params) ? built.value : null;
	}

	#matches(loaded: Loaded<P, T> | null, params: P, imports: string | null): boolean {
		return loaded !== null && loaded.imports === imports && this.#query.same(loaded.params, params);
	}

	#sync(wanted: P, imports: string | null): void {
		if (imports === null && this.#query.same(wanted, this.#options.prerendered().params)) {
			this.#loaded = null;
			return;
		}
		if (this.#matches(this.#loaded, wanted, imports)) return;
		void this.load.run(async () => {
			const value = await this.#query.load(await browserRunner(), wanted);
			// The reader may have moved on while this ran: keep only the answer to the current view.
			const now = untrack(() => [this.#options.params(), this.#options.imports()] as const);
			if (now[1] === imports && this.#query.same(now[0], wanted))
				this.#loaded = { params: wanted, value, imports };
		});
	}
}
