/**
 * The size gate: the browser holds every table it loads in the tab's memory (DuckDB files in the
 * worker, plus working memory for queries), so a load that would take more than the budget is
 * refused before anything is fetched, with the figures the reader needs to act on.
 */
const GiB = 2 ** 30;

/**
 * Bytes of DuckDB files a tab may hold: a quarter of the device's memory as the browser reports
 * it (navigator.deviceMemory, Chromium; rounded and capped at 8 by the browser), at most 1 GiB —
 * a 10^7-row fact table is ~0.3 GiB. Browsers that do not say get the budget of a 4 GiB device.
 */
export function memoryBudget(deviceMemoryGiB: number | undefined): number {
	const device = typeof deviceMemoryGiB === 'number' && deviceMemoryGiB > 0 ? deviceMemoryGiB : 4;
	return Math.min(GiB, (device * GiB) / 4);
}

export interface SizeRefusal {
	table: string;
	/** Rows and bytes of what the statement needs of the table. */
	rows: number;
	bytes: number;
	/** Bytes already loaded in this tab, and the budget. */
	loadedBytes: number;
	budgetBytes: number;
	/** Glob of the table's Parquet files, for native DuckDB. */
	parquet: string;
	/** Partition columns a filter could narrow the load by ([] for a one-file table). */
	partitionBy: readonly string[];
}

export class TableTooLarge extends Error {
	constructor(readonly refusal: SizeRefusal) {
		super(
			`table ${refusal.table}: ${refusal.rows} rows, ${refusal.bytes} bytes, over the tab's budget of ` +
				`${refusal.budgetBytes} bytes (${refusal.loadedBytes} already loaded)`
		);
		this.name = 'TableTooLarge';
	}
}

/** Throws TableTooLarge when loading `bytes` more would exceed the budget. */
export function checkSize(refusal: Omit<SizeRefusal, 'budgetBytes'> & { budgetBytes: number }): void {
	if (refusal.loadedBytes + refusal.bytes > refusal.budgetBytes) throw new TableTooLarge(refusal);
}
