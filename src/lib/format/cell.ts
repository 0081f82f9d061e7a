/**
 * Cells of ad-hoc SQL results (the console): shown as DuckDB would print them, except that binary
 * float noise from SUM is dropped (result-number.ts). Numbers keep their shortest form (99.7,
 * 2022, 0.1, 5393.64); no grouping separators
 * because a result column may hold years or codes. Locale-independent on purpose: a result is
 * data, the same in both languages; only the empty cell is labelled.
 */
import { resultNumberText } from './result-number';

export type CellKind = 'number' | 'text' | 'boolean' | 'date' | 'timestamp' | 'other';

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function isoDate(date: Date): string {
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function isoTimestamp(date: Date): string {
	const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
	const ms = date.getUTCMilliseconds();
	return `${isoDate(date)} ${time}${ms ? `.${pad(ms, 3)}` : ''}`;
}

function toDate(value: unknown): Date | null {
	if (value instanceof Date) return value;
	if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value));
	return null;
}

function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return value.toString();
	if (value !== null && typeof value === 'object' && 'toJSON' in value) {
		return plain((value as { toJSON(): unknown }).toJSON());
	}
	if (Array.isArray(value)) return value.map(plain);
	if (value instanceof Uint8Array) return `\\x${[...value].map((b) => pad(b, 2)).join('')}`;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	}
	return value;
}

/**
 * A cell as text; `null` stays null so the grid can mark it (NULL is not an empty string). A
 * number is shown without float noise (SUM's 5393.639999999999 as 5393.64, result-number.ts).
 */
export function cellText(value: unknown, kind: CellKind): string | null {
	if (value === null || value === undefined) return null;
	if (kind === 'date' || kind === 'timestamp') {
		const date = toDate(value);
		if (date && !Number.isNaN(date.getTime())) return kind === 'date' ? isoDate(date) : isoTimestamp(date);
	}
	if (typeof value === 'number') return resultNumberText(value);
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return JSON.stringify(plain(value));
}

/**
 * A CSV field: quoted when needed, and a cell that a spreadsheet would run as a formula
 * (= + - @, tab, carriage return at the start) is prefixed with ' (OWASP ASVS 1.2.10). Cells of
 * number, boolean and date columns are DuckDB's own rendering of a typed value (a negative
 * number, not a formula) and stay as they are.
 */
export function csvField(text: string | null, kind: CellKind = 'text'): string {
	if (text === null) return '';
	const typed = kind === 'number' || kind === 'boolean' || kind === 'date' || kind === 'timestamp';
	const safe = !typed && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
