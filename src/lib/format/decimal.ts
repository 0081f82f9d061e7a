// Decimal numbers written without Intl. The first Intl.NumberFormat of a page costs 25–45 ms of
// ICU set-up in Chromium (measured in a fresh tab; ~110 ms under Lighthouse's 4× CPU slowdown),
// and the first one was made while hydrating the headline, inside the page's longest task
// (docs/benchmarks.md, "Hydration without Intl"). Both locales the site speaks write numbers
// alike — comma groups of three, a full stop for decimals, hyphen-minus — so the digits are
// produced here, the way ICU does it: from the shortest decimal that reads back as the same
// double (what String(x) gives), rounded half away from zero. decimal.test.ts checks it against
// Intl.NumberFormat for every locale, digit setting and sign mode the site uses.

export interface DecimalStyle {
	/** Fraction digits always shown (padded with zeros). */
	min: number;
	/** Fraction digits at most (rounded half away from zero). */
	max: number;
	/** Intl's `signDisplay: 'exceptZero'`: + before positives, no sign on a zero. */
	signed: boolean;
}

interface Digits {
	/** Significant digits without leading zeros ('' for zero). */
	digits: string;
	/** Where the decimal point sits: value = 0.digits × 10^point. */
	point: number;
}

const SHORTEST = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** |value|'s shortest round-trip decimal, as digits and point. */
function shortest(abs: number): Digits {
	const match = SHORTEST.exec(String(abs));
	if (!match) throw new Error(`unexpected number text: ${String(abs)}`);
	const [, whole = '', fraction = '', exponent = '0'] = match;
	let digits = whole + fraction;
	let point = whole.length + Number(exponent);
	const lead = digits.length - digits.replace(/^0+/, '').length;
	digits = digits.slice(lead);
	point -= lead;
	return { digits: digits.replace(/0+$/, ''), point };
}

/** Rounded to `max` fraction digits, half away from zero. */
function rounded({ digits, point }: Digits, max: number): Digits {
	const keep = point + max;
	if (keep >= digits.length) return { digits, point };
	if (keep < 0) return { digits: '', point: 0 };
	const up = digits.charCodeAt(keep) >= 53; // '5'
	let kept = digits.slice(0, keep);
	if (!up) {
		kept = kept.replace(/0+$/, '');
		return { digits: kept, point: kept === '' ? 0 : point };
	}
	let i = kept.length - 1;
	while (i >= 0 && kept[i] === '9') i--;
	if (i < 0) return { digits: '1', point: point + 1 };
	kept = kept.slice(0, i) + String(Number(kept[i]) + 1);
	return { digits: kept, point };
}

function grouped(whole: string): string {
	let text = '';
	for (let i = 0; i < whole.length; i++) {
		if (i > 0 && (whole.length - i) % 3 === 0) text += ',';
		text += whole[i];
	}
	return text;
}

function body({ digits, point }: Digits, min: number): string {
	const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
	const fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
	const shown = fraction.padEnd(min, '0');
	return shown === '' ? grouped(whole) : `${grouped(whole)}.${shown}`;
}

let fallbacks: Map<string, Intl.NumberFormat> | undefined;

/** Infinity and NaN, which the site never shows as figures, go to Intl as before. */
function nonFinite(value: number, { min, max, signed }: DecimalStyle): string {
	fallbacks ??= new Map();
	const key = `${min} ${max} ${signed}`;
	let format = fallbacks.get(key);
	if (!format) {
		format = new Intl.NumberFormat('en', {
			minimumFractionDigits: min,
			maximumFractionDigits: max,
			...(signed ? { signDisplay: 'exceptZero' as const } : {})
		});
		fallbacks.set(key, format);
	}
	return format.format(value);
}

/** `value` as Intl.NumberFormat('zh-CN' or 'en', style) writes it, e.g. 2,966.94 or +10.6. */
export function formatDecimal(value: number, style: DecimalStyle): string {
	if (!Number.isFinite(value)) return nonFinite(value, style);
	const negative = value < 0 || Object.is(value, -0);
	const number = rounded(shortest(Math.abs(value)), style.max);
	const text = body(number, style.min);
	if (style.signed) return number.digits === '' ? text : `${negative ? '-' : '+'}${text}`;
	return negative ? `-${text}` : text;
}
