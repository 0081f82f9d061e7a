import {
	AUTO_RUN_ESTIMATE_TIMEOUT_MS,
	estimateCost,
	type CostResult
} from '$lib/queries/sql-cost';
import { runConsoleQuery, type ConsoleOutcome, type ConsoleRun } from './console';
import type { Database } from './db';

/**
 * DuckDB's own estimate for a shared link's statement, before it may run by itself: its plan
 * (`EXPLAIN (FORMAT JSON)`, which plans but does not execute) goes through the console's usual
 * path (guard, READ ONLY transaction, Stop, timeout), with a short timeout. A plan that cannot be
 * had in time counts as too costly.
 */
export interface EstimateRun {
	run: ConsoleRun;
	cost: Promise<CostResult>;
}

export function planText(outcome: ConsoleOutcome): string | null {
	if (outcome.status !== 'done') return null;
	const { result } = outcome;
	const column = result.columns.findIndex((c) => c.name === 'explain_value');
	if (column < 0) return null;
	const parts: string[] = [];
	for (let row = 0; row < result.rowCount; row++) parts.push(String(result.value(row, column)));
	return parts.join('\n');
}

export function estimateShared(
	database: Database,
	sql: string,
	timeoutMs = AUTO_RUN_ESTIMATE_TIMEOUT_MS
): EstimateRun {
	const run = runConsoleQuery(database, `EXPLAIN (FORMAT JSON) ${sql}`, { timeoutMs });
	const cost = run.outcome.then((outcome): CostResult => {
		const plan = planText(outcome);
		return plan === null ? { ok: false, code: 'estimate_failed' } : estimateCost(plan);
	});
	return { run, cost };
}
