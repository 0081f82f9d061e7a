// A published number cell read as a reader of the table reads it. The contract keeps numbers as
// written, so the digits are kept (2,966.90 → '2966.90', decimals 2), only separators and
// full-width forms are normalised. A dash, an ellipsis, a slash or a blank is "not published",
// never 0: the table did not say the figure was zero.
import { halfWidth } from './text';

export type NumberCell =
	| {
			readonly kind: 'number';
			readonly value: number;
			/** Digits as published, normalised: sign, integer digits, '.', decimals ('1,234.50' → '1234.50'). */
			readonly text: string;
			readonly decimals: number;
			/** The cell ended in % (the text and value are the figure before the %). */
			readonly percent: boolean;
	  }
	| { readonly kind: 'not_published'; readonly marker: string }
	| { readonly kind: 'empty' }
	| { readonly kind: 'text' };

/** Dashes of every width, ellipses, runs of dots and slashes: the usual "no figure" marks. */
const NOT_PUBLISHED = /^(?:[-‐‑‒–—―−﹣]+|…+|\.{2,}|。{2,}|[/\\])$/;

/** 1234, 1,234, 1 234 (space-grouped), with optional decimals; or .5 */
const GROUPED = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.(\d+))?$/;
const BARE_FRACTION = /^\.(\d+)$/;

const EMPTY: NumberCell = { kind: 'empty' };
const TEXT: NumberCell = { kind: 'text' };

function isBlank(text: string): boolean {
	return text.replace(/[\s\u3000\u00a0]/g, '') === '';
}

interface Signed {
	readonly body: string;
	readonly negative: boolean;
	readonly percent: boolean;
}

/** Sign, parentheses (accountants' negatives) and a trailing % set apart from the digits. */
function signed(text: string): Signed | null {
	let body = text;
	let percent = false;
	if (body.endsWith('%')) {
		percent = true;
		body = body.slice(0, -1).trim();
	}
	let negative = false;
	const parenthesised = /^\((.+)\)$/.exec(body);
	if (parenthesised !== null) {
		negative = true;
		body = (parenthesised[1] ?? '').trim();
	}
	const sign = /^([-+−])\s*(.+)$/.exec(body);
	if (sign !== null) {
		if (negative) return null;
		negative = sign[1] !== '+';
		body = sign[2] ?? '';
	}
	return { body, negative, percent };
}

/** Read one cell's text. Thousands separators must group by three; anything else is text. */
export function readNumber(raw: string): NumberCell {
	if (isBlank(raw)) return EMPTY;
	const text = halfWidth(raw).replace(/\s+/g, ' ').trim();
	if (NOT_PUBLISHED.test(text.replace(/ /g, ''))) return { kind: 'not_published', marker: raw.trim() };
	const parts = signed(text);
	if (parts === null) return TEXT;
	const fraction = BARE_FRACTION.exec(parts.body);
	const match = fraction === null ? GROUPED.exec(parts.body) : null;
	if (fraction === null && match === null) return TEXT;
	const integer = fraction !== null ? '0' : (match?.[1] ?? '').replace(/[, ]/g, '');
	const decimals = fraction !== null ? (fraction[1] ?? '') : (match?.[2] ?? '');
	const digits = decimals === '' ? integer : `${integer}.${decimals}`;
	const normalised = parts.negative ? `-${digits}` : digits;
	const value = Number(normalised);
	if (!Number.isFinite(value)) return TEXT;
	return {
		kind: 'number',
		value: value === 0 ? 0 : value,
		text: normalised,
		decimals: decimals.length,
		percent: parts.percent
	};
}

/** The number's text when the cell holds one, else null (for places where only a figure fits). */
export function numberText(raw: string): string | null {
	const cell = readNumber(raw);
	return cell.kind === 'number' ? cell.text : null;
}
