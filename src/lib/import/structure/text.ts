// Text as a reader of a table compares it: full-width forms made ASCII, padding spaces gone,
// enumerators (一、 （二） 1. 其中：) set aside. Published text itself is never rewritten: these
// forms are only for matching labels and headers.

const IDEOGRAPHIC_SPACE = '\u3000';

/** Full-width ASCII forms (！ … ～, U+FF01–U+FF5E) as ASCII; ideographic and no-break spaces as spaces. */
export function halfWidth(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
		else if (char === IDEOGRAPHIC_SPACE || char === '\u00a0') out += ' ';
		else out += char;
	}
	return out;
}

/** Whitespace runs (newlines, padding) as one space, trimmed: how headers and labels are shown. */
export function oneLine(text: string): string {
	return halfWidthSpaces(text).replace(/\s+/g, ' ').trim();
}

function halfWidthSpaces(text: string): string {
	return text.replace(/[\u3000\u00a0]/g, ' ');
}

/** For matching: half-width, no whitespace at all ('收 入 总 计' → '收入总计', '（境）' → '(境)'). */
export function compact(text: string): string {
	return halfWidth(text).replace(/\s+/g, '');
}

const ENUMERATOR =
	/^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\d]+[)）][、.．]?|\d{1,2}(?:\.\d{1,2})*[、.．)）](?!\d)|[①-⑳])/;
const OF_WHICH = /^其中[:：]?/;

/** A row label without its numbering and 其中: prefix, and whether it was a 其中 (of-which) row. */
export function labelParts(label: string): { readonly core: string; readonly ofWhich: boolean } {
	let core = compact(label);
	let ofWhich = false;
	for (let guard = 0; guard < 4; guard++) {
		const before = core;
		if (OF_WHICH.test(core)) {
			ofWhich = true;
			core = core.replace(OF_WHICH, '');
		}
		core = core.replace(ENUMERATOR, '');
		if (core === before) break;
	}
	return { core: core.replace(/[:：]$/, ''), ofWhich };
}

const PRINTED_PREFIX =
	/^\s*(?:其中\s*[:：]?|[一二三四五六七八九十百]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]\s*[、.．]?|\d{1,2}(?:\.\d{1,2})*\s*[、.．)）](?!\d)|[①-⑳])\s*/;

/** The label as printed without its numbering and 其中 (spacing and full-width forms kept): a line's name. */
export function withoutNumbering(label: string): string {
	let name = oneLine(label);
	for (let guard = 0; guard < 4 && PRINTED_PREFIX.test(name); guard++)
		name = name.replace(PRINTED_PREFIX, '');
	return name.replace(/[:：]$/, '').trim() || oneLine(label);
}

/** The label as matched: compact, numbering and 其中 removed. */
export function labelCore(label: string): string {
	return labelParts(label).core;
}

/** Distinct non-empty texts of a row's cells, in column order (merged cells repeat one text). */
export function distinctTexts(texts: readonly string[]): string[] {
	const seen: string[] = [];
	for (const text of texts) {
		const shown = oneLine(text);
		if (shown !== '' && !seen.includes(shown)) seen.push(shown);
	}
	return seen;
}

/** Texts of a row's non-empty cells, in column order (empty and missing cells left out). */
export function filledTexts(cells: readonly ({ readonly text: string } | null)[]): string[] {
	const texts: string[] = [];
	for (const cell of cells) if (cell !== null && cell.text.trim() !== '') texts.push(cell.text);
	return texts;
}
