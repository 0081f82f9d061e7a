import type { ConsoleOutcome, ConsoleRun } from '$lib/data/console';
import { guardStatement } from '$lib/queries/sql-guard';
import type { CostResult } from '$lib/queries/sql-cost';
import { browserDatabase } from './browser-data';

export type DatabaseStatus = 'idle' | 'loading' | 'ready' | 'restoring' | 'failed';

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * The SQL console's state: DuckDB's readiness, the running statement and its outcome. The data
 * layer (lib/data/console) is imported on first use, off the first-paint path. A result is kept
 * in `$state.raw`: its Arrow vectors must not be wrapped in proxies.
 */
export class SqlConsole {
	status: DatabaseStatus = $state('idle');
	failure = $state('');
	running = $state(false);
	stopping = $state(false);
	outcome: ConsoleOutcome | null = $state.raw(null);
	/** The statement the outcome belongs to (errors are located in it). */
	ranSql = $state('');
	/** Counts finished runs (tests and assistive tech can tell a new outcome from the old one). */
	completed = $state(0);
	/** The statement (or its estimate) in DuckDB; null before it gets there and after it ends. */
	#run: ConsoleRun | null = $state.raw(null);
	/**
	 * Stop pressed while the run was still waiting for DuckDB or the data layer (there is no run to
	 * cancel yet): the statement is then not started at all.
	 */
	#stopAsked = false;

	async start(restoring = false): Promise<void> {
		this.status = restoring ? 'restoring' : 'loading';
		try {
			await browserDatabase();
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			this.failure = message(error);
		}
	}

	async run(sql: string): Promise<void> {
		if (this.running) return;
		this.ranSql = sql;
		const guard = guardStatement(sql);
		if (!guard.ok) {
			this.outcome = { status: 'refused', refusal: guard };
			this.completed++;
			return;
		}
		this.running = true;
		this.outcome = null;
		try {
			const [database, { runConsoleQuery }] = await Promise.all([
				browserDatabase(),
				import('$lib/data/console')
			]);
			this.status = 'ready';
			if (this.#stopAsked) {
				this.outcome = { status: 'stopped', reason: 'user', restarted: false, elapsedMs: 0 };
				return;
			}
			this.#run = runConsoleQuery(database, sql);
			this.outcome = await this.#run.outcome;
			if (this.outcome.status === 'stopped' && this.outcome.restarted) void this.start(true);
		} catch (error) {
			this.outcome = { status: 'error', message: message(error), elapsedMs: 0 };
		} finally {
			this.#ended();
			this.completed++;
		}
	}

	/**
	 * DuckDB's estimate for a shared link's statement (a plan, not a run). While it is taken the
	 * console counts as running, so Stop works and Run waits.
	 */
	async estimate(sql: string): Promise<CostResult> {
		if (this.running) return { ok: false, code: 'estimate_failed' };
		this.running = true;
		try {
			const [database, { estimateShared }] = await Promise.all([
				browserDatabase(),
				import('$lib/data/console-estimate')
			]);
			this.status = 'ready';
			if (this.#stopAsked) return { ok: false, code: 'estimate_failed' };
			const estimate = estimateShared(database, sql);
			this.#run = estimate.run;
			const outcome = await estimate.run.outcome;
			if (outcome.status === 'stopped' && outcome.restarted) void this.start(true);
			return await estimate.cost;
		} catch {
			return { ok: false, code: 'estimate_failed' };
		} finally {
			this.#ended();
		}
	}

	/** The statement has reached DuckDB (before that, Stop means "do not start it"). */
	get executing(): boolean {
		return this.#run !== null;
	}

	#ended(): void {
		this.#run = null;
		this.#stopAsked = false;
		this.running = false;
		this.stopping = false;
	}

	async stop(): Promise<void> {
		if (!this.running || this.stopping) return;
		this.stopping = true;
		// Run was pressed but the statement has not reached DuckDB yet: it will not be started.
		if (!this.#run) this.#stopAsked = true;
		else await this.#run.stop();
	}
}
