/**
 * Text widths estimated without a DOM (the same layout runs at build time in Node): wide CJK
 * characters take a full em, Latin letters and digits about 0.6 em in Noto Sans. The estimate errs
 * wide, so room computed from it is never too small.
 */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/u;

export function charWidth(char: string, fontSize: number): number {
	if (WIDE.test(char)) return fontSize;
	if (/[A-Z@%MW]/.test(char)) return fontSize * 0.72;
	if (/[\s.,:;'’|!il()]/.test(char)) return fontSize * 0.34;
	return fontSize * 0.64;
}

export function textWidth(text: string, fontSize: number): number {
	let width = 0;
	for (const char of text) width += charWidth(char, fontSize);
	return width;
}

/** Breakable pieces as ECharts' `overflow: 'break'` sees them: a Latin word with its space, or one CJK character. */
function pieces(text: string): string[] {
	return text.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+\s*|\s+/gu) ?? [];
}

/** How many lines `text` takes when broken to `maxWidth` (greedy, as ECharts breaks). */
export function lineCount(text: string, fontSize: number, maxWidth: number): number {
	let lines = 0;
	for (const part of text.split('\n')) {
		let width = 0;
		lines += 1;
		for (const piece of pieces(part)) {
			const w = textWidth(piece, fontSize);
			if (width > 0 && width + textWidth(piece.trimEnd(), fontSize) > maxWidth) {
				lines += 1;
				width = 0;
			}
			// A word wider than the line is broken inside (ECharts does the same).
			lines += Math.max(0, Math.ceil(w / maxWidth) - 1);
			width = (width + w) % maxWidth;
		}
	}
	return lines;
}
