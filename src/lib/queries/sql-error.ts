/**
 * Where DuckDB says an error is. Its parser and binder errors end with
 * `LINE n: <the line, possibly cut to a window with "...">` and a caret under the spot; the
 * caret is placed by display width (a CJK character counts two). This maps it back to a
 * 1-based line and column of the SQL the reader typed.
 */
export interface ErrorLocation {
	line: number;
	column: number;
}

const LOCATION = /LINE (\d+): (.*)\n( *)\^/;

function isWide(codePoint: number): boolean {
	return (
		(codePoint >= 0x1100 && codePoint <= 0x115f) ||
		(codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
		(codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
		(codePoint >= 0xf900 && codePoint <= 0xfaff) ||
		(codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
		(codePoint >= 0xff00 && codePoint <= 0xff60) ||
		(codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
		(codePoint >= 0x20000 && codePoint <= 0x3fffd)
	);
}

/** Index (in UTF-16 units) in `text` of the character at display width `width`. */
function indexAtWidth(text: string, width: number): number {
	let seen = 0;
	let index = 0;
	for (const char of text) {
		if (seen >= width) break;
		seen += isWide(char.codePointAt(0)!) ? 2 : 1;
		index += char.length;
	}
	return index;
}

export function errorLocation(message: string, sql: string): ErrorLocation | null {
	const match = LOCATION.exec(message);
	if (!match) return null;
	const line = Number(match[1]);
	const shown = match[2]!;
	const caretWidth = match[3]!.length - `LINE ${match[1]}: `.length;
	const source = sql.split('\n')[line - 1];
	if (source === undefined || caretWidth < 0) return null;
	const cutBefore = shown.startsWith('...');
	const visible = shown.replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
	const offsetInShown = indexAtWidth(shown, caretWidth) - (cutBefore ? 3 : 0);
	const windowStart = cutBefore ? source.indexOf(visible) : 0;
	if (windowStart < 0) return { line, column: 1 };
	return { line, column: Math.min(windowStart + offsetInShown, source.length) + 1 };
}
