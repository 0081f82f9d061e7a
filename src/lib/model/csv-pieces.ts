// Cutting a CSV stream into pieces of whole records, so a big file is validated chunk by chunk
// with the same parser (parseCsv) and the same line numbers as when read whole.

/**
 * The end (exclusive) of the last complete record in `text`: just after a line break that is
 * outside quotes, or 0 when there is none. Quotes are followed the way PapaParse reads them: a
 * quote opens a quoted field only as a field's first character; inside one, `""` is a quote and
 * a quote ends the field only before a comma, a line break (spaces allowed between) or the end;
 * any other quote is PapaParse's InvalidQuotes and the field goes on. A quote at the very end of
 * `text` cannot be decided yet, so the scan stops before it.
 */
export function completeRecordsEnd(text: string): number {
	let end = 0;
	let quoted = false;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (quoted) {
			if (char !== QUOTE) continue;
			const closes = quoteCloses(text, i + 1);
			if (closes === null) return end;
			if (closes === 'escaped') i++;
			else if (closes === 'closes') quoted = false;
			continue;
		}
		if (char === QUOTE && fieldStart) quoted = true;
		else if (char === NEWLINE) end = i + 1;
		fieldStart = char === COMMA || char === NEWLINE || char === RETURN;
	}
	return end;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;

/** After a quote inside a quoted field at `next - 1`: `""`, the field's end, or neither; null = undecided. */
function quoteCloses(text: string, next: number): 'escaped' | 'closes' | 'literal' | null {
	if (next >= text.length) return null;
	if (text.charCodeAt(next) === QUOTE) return 'escaped';
	let j = next;
	while (j < text.length && text.charCodeAt(j) === SPACE) j++;
	if (j >= text.length) return null;
	const after = text.charCodeAt(j);
	return after === COMMA || after === NEWLINE || after === RETURN ? 'closes' : 'literal';
}

/**
 * Splits decoded text as it arrives into pieces of whole records. `push` returns the complete
 * records received so far (possibly ''), `end` whatever remains.
 */
export class CsvPieces {
	private rest = '';

	push(text: string): string {
		const buffer = this.rest + text;
		const end = completeRecordsEnd(buffer);
		this.rest = buffer.slice(end);
		return buffer.slice(0, end);
	}

	end(): string {
		const rest = this.rest;
		this.rest = '';
		return rest;
	}
}
