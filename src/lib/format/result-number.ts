/**
 * Numbers of ad-hoc SQL results without binary floating-point noise. DuckDB sums DOUBLE columns
 * in binary, so SUM of published two-decimal figures prints 5393.639999999999. The figures we
 * hold are published with at most 12 significant digits (amounts in yuan with two decimals stay
 * below 10^10), so a value is shown at 12 significant digits — noise sits at the 16th — in its
 * shortest form. Values are not padded to a common scale: 10 was printed as 10, not 10.00, and a
 * console result does not know each row's published precision unless it selects *_decimals.
 */
export const RESULT_SIGNIFICANT_DIGITS = 12;
export const RESULT_MAX_SCALE = 6;

/** The value with the noise past 12 significant digits removed (5393.639999999999 → 5393.64). */
export function noiseFree(value: number): number {
	if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
	return Number(value.toPrecision(RESULT_SIGNIFICANT_DIGITS));
}

/** Decimals the noise-free value needs (0 for 2022, 2 for 5393.64), at most RESULT_MAX_SCALE. */
export function decimalsOf(value: number): number {
	if (!Number.isFinite(value)) return 0;
	const clean = noiseFree(value);
	for (let d = 0; d < RESULT_MAX_SCALE; d++) {
		if (Number(clean.toFixed(d)) === clean) return d;
	}
	return RESULT_MAX_SCALE;
}

/** One scale for a column: the largest number of decimals among its numeric values. */
export function columnScale(values: Iterable<unknown>): number {
	let scale = 0;
	for (const v of values) {
		if (typeof v === 'number') scale = Math.max(scale, decimalsOf(v));
		if (scale === RESULT_MAX_SCALE) break;
	}
	return scale;
}

/** A result number in its shortest form without the noise (5393.639999999999 → "5393.64", 10 → "10"). */
export function resultNumberText(value: number): string {
	if (Object.is(value, -0)) return '0';
	const clean = noiseFree(value);
	return Object.is(clean, -0) ? '0' : String(clean);
}
