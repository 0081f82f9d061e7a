import type { ResultSet } from './result-set';

/* Sorting a result in the page (an index permutation; the Arrow data are never copied or moved). */

function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return 1;
	if (b === null || b === undefined) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : 1;
	const x = a instanceof Date ? a.getTime() : typeof a === 'object' ? JSON.stringify(a) : a;
	const y = b instanceof Date ? b.getTime() : typeof b === 'object' ? JSON.stringify(b) : b;
	return (x as string | number) < (y as string | number) ? -1 : (x as string | number) > (y as string | number) ? 1 : 0;
}

/** Row order for a sort on one column (stable; NULLs last in both directions). */
export function sortOrder(result: ResultSet, column: number, direction: 'asc' | 'desc'): Uint32Array {
	const values = Array.from({ length: result.rowCount }, (_, r) => result.value(r, column));
	const order = Array.from({ length: result.rowCount }, (_, r) => r);
	const sign = direction === 'asc' ? 1 : -1;
	order.sort((i, j) => {
		const a = values[i];
		const b = values[j];
		const nulls = (a === null ? 1 : 0) - (b === null ? 1 : 0);
		return nulls !== 0 ? nulls : sign * compareValues(a, b) || i - j;
	});
	return Uint32Array.from(order);
}
