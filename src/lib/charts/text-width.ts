/**
 * Text widths estimated without a DOM (the same layout runs at build time in Node), for the font
 * stack the chart is drawn in (theme.ts chartFont): wide CJK characters take a full em, Latin
 * letters and digits about 0.6 em (Noto Sans CJK's Latin and Arial / Liberation Sans alike). The
 * stacks differ in punctuation: a CJK font first draws ’ ‘ “ ” · … as full-width glyphs, a Latin
 * font first as narrow ones. The estimate errs wide, so room computed from it is never too small.
 */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/u;
/** Full-width in a CJK font (Noto Sans CJK SC: 1 em), narrow in a Latin one (Arial: 0.22–0.33 em). */
const CJK_WIDE_PUNCTUATION = /[‘’“”·…—]/u;
/** The first family of a stack is a CJK font: it then draws the punctuation above. */
const CJK_FAMILY = /CJK|Source Han|PingFang|YaHei|Hiragino|Heiti|SimSun|SimHei/i;

/** Whether the stack's first family is a CJK font (`"Noto Sans CJK SC", …`). */
export function cjkFirst(font: string): boolean {
	const first = font.split(',')[0] ?? '';
	return CJK_FAMILY.test(first);
}

export function charWidth(char: string, fontSize: number, font: string): number {
	if (WIDE.test(char)) return fontSize;
	if (CJK_WIDE_PUNCTUATION.test(char)) {
		// Arial's — and … are a full em too.
		return cjkFirst(font) || /[—…]/u.test(char) ? fontSize : fontSize * 0.34;
	}
	// Arial's @ % M W reach 0.83–1.02 em, Noto Sans CJK's 0.81–0.95 em.
	if (/[@%MW]/.test(char)) return fontSize;
	if (/[A-Z]/.test(char)) return fontSize * 0.72;
	if (/[\s.,:;'|!il()]/.test(char)) return fontSize * 0.34;
	return fontSize * 0.64;
}

export function textWidth(text: string, fontSize: number, font: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char, fontSize, font);
	return width;
}

/** Breakable pieces as ECharts' `overflow: 'break'` sees them: a Latin word with its space, or one CJK character. */
function pieces(text: string): string[] {
	return text.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+\s*|\s+/gu) ?? [];
}

/** How many lines `text` takes when broken to `maxWidth` (greedy, as ECharts breaks). */
export function lineCount(text: string, fontSize: number, maxWidth: number, font: string): number {
	let lines = 0;
	for (const part of text.split('\n')) {
		let width = 0;
		lines += 1;
		for (const piece of pieces(part)) {
			const w = textWidth(piece, fontSize, font);
			if (width > 0 && width + textWidth(piece.trimEnd(), fontSize, font) > maxWidth) {
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
