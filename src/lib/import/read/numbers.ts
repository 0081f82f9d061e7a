// Numbers as a reader of the table sees them: binary-float artefacts removed (a cell stored as
// 64.430000000000007 reads 64.43), and a cell's formatted text kept only when it shows the same
// number (a format that rounds 12.5 to "13" is display, not the figure).

/** The number to 15 significant digits, as Excel shows it; -0 becomes 0. */
export function cleanNumber(value: number): number {
	if (!Number.isFinite(value)) return value;
	// Fast path (toPrecision is slow, and a sheet has 10^5 numbers): a number whose shortest text
	// has at most 15 characters has at most 15 significant digits, and a double rounded to 15
	// digits gives those digits back, so the number is already clean.
	if (String(value).length <= 15) return value === 0 ? 0 : value;
	const cleaned = Number(value.toPrecision(15));
	return cleaned === 0 ? 0 : cleaned;
}

/** The shortest decimal that reads back as the same 32-bit float (Parquet FLOAT columns). */
export function cleanFloat32(value: number): number {
	if (!Number.isFinite(value)) return value;
	for (let digits = 1; digits <= 9; digits++) {
		const candidate = Number(value.toPrecision(digits));
		if (Math.fround(candidate) === value) return candidate;
	}
	return cleanNumber(value);
}

/** Plain text of a cleaned number: 64.43, 1613489, 1e-7. */
export function numberText(value: number): string {
	return String(value);
}

const NUMBER_IN_TEXT = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/i;

/** The number a formatted text shows ("1,613,489" → 1613489, "12.34%" → 0.1234), or null. */
export function shownNumber(shown: string): number | null {
	const compact = shown.replace(/[,\s\u00a0\u3000]/g, '');
	const match = NUMBER_IN_TEXT.exec(compact);
	if (match === null) return null;
	let number = Number(match[0]);
	if (compact.includes('%')) number /= 100;
	if (/^\(.*\)$/.test(compact) && number > 0) number = -number;
	return cleanNumber(number);
}

/**
 * What a reader sees for a numeric cell: the library's formatted text when it shows the same
 * number (thousands separators, %, scientific), or when the format is a date; else the number.
 */
export function displayedNumber(value: number, formatted: string | undefined, isDate: boolean): string {
	if (formatted === undefined || formatted.trim() === '') return numberText(value);
	if (isDate) return formatted;
	const shown = shownNumber(formatted);
	if (shown === null) return numberText(value);
	const same =
		shown === value || Math.abs(shown - value) <= 1e-12 * Math.max(Math.abs(shown), Math.abs(value));
	return same ? formatted : numberText(value);
}
