// Text encoding of CSV/TSV bytes: a BOM wins; then BOM-less UTF-16 (zero bytes in every other
// position, which valid UTF-8 text never has); then strict UTF-8; else GB18030, the WHATWG
// decoder that also covers GBK and GB2312 (what Chinese Excel and the NBS export write).
import type { TextEncoding } from '../types';
import type { EncodingReason } from './messages';

export interface DecodedText {
	readonly text: string;
	readonly encoding: TextEncoding;
	readonly reason: EncodingReason;
	/** Byte sequences that could not be decoded (shown as U+FFFD); 0 for a clean decode. */
	readonly undecoded: number;
}

const DECODER_LABEL: Record<TextEncoding, string> = {
	'utf-8': 'utf-8',
	'utf-8-bom': 'utf-8',
	gb18030: 'gb18030',
	'utf-16le': 'utf-16le',
	'utf-16be': 'utf-16be'
};

/** The BOM's encoding and length, if the bytes start with one. */
export function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
	const [a, b, c] = bytes;
	if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
	if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/**
 * UTF-16 without a BOM: in the first 8 KB, zero bytes sit almost only at odd offsets (LE: ASCII
 * letters, digits, commas and line breaks are `xx 00`) or only at even offsets (BE).
 */
export function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const end = Math.min(bytes.length, 8192) & ~1;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < end; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = end / 2;
	const enough = Math.max(1, pairs * 0.05);
	if (oddZeros >= enough && evenZeros * 10 <= oddZeros) return 'utf-16le';
	if (evenZeros >= enough && oddZeros * 10 <= evenZeros) return 'utf-16be';
	return null;
}

function countReplacements(text: string): number {
	let count = 0;
	for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
	return count;
}

function lenient(bytes: Uint8Array, encoding: TextEncoding, reason: EncodingReason): DecodedText {
	// TextDecoder drops a leading BOM of its own encoding (ignoreBOM is false by default).
	const text = new TextDecoder(DECODER_LABEL[encoding]).decode(bytes);
	return { text, encoding, reason, undecoded: countReplacements(text) };
}

function strict(bytes: Uint8Array, label: string): string | null {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** Decode CSV/TSV bytes, detecting the encoding unless `given`. */
export function decodeText(bytes: Uint8Array, given?: TextEncoding): DecodedText {
	if (given !== undefined) return lenient(bytes, given, 'given');
	const bom = bomOf(bytes);
	if (bom !== null) return lenient(bytes, bom.encoding, 'bom');
	const utf16 = utf16Without(bytes);
	if (utf16 !== null) return lenient(bytes, utf16, 'nul_pattern');
	const utf8 = strict(bytes, 'utf-8');
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8', reason: 'valid_utf8', undecoded: 0 };
	const gb = strict(bytes, 'gb18030');
	if (gb !== null) return { text: gb, encoding: 'gb18030', reason: 'not_utf8', undecoded: 0 };
	return lenient(bytes, 'gb18030', 'not_utf8');
}
