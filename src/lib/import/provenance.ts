// Generated provenance of imported facts: the locator names file, sheet, row and column as in
// the source; the excerpt is the source cells' own text, so a reader can find the cell again.
import { EXCERPT_MAX_CHARS } from '../model/index';
import type { SourcePlace } from './types';

/** Column number → spreadsheet letters (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
	let letters = '';
	for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	}
	return letters;
}

/**
 * `yearbook_2023.xlsx / Sheet1 / R45 / AB / PM2.5年平均浓度` (XLSX: column letters as Excel shows them)
 * `Hunan 2017.csv / R5 / C2 / 2017` (CSV: the file line and the field number).
 */
export function locatorOf(place: SourcePlace): string {
	const parts = [place.file];
	if (place.sheet !== null) parts.push(place.sheet);
	if (place.row !== null) parts.push(`R${place.row}`);
	if (place.col !== null) parts.push(place.sheet !== null ? columnLetters(place.col) : `C${place.col}`);
	if (place.header !== undefined && place.header !== '') parts.push(oneLine(place.header));
	return parts.join(' / ');
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The source cells' text, joined as a reader would read them along the row, cut to the contract's limit. */
export function excerptOf(cells: readonly string[]): string {
	const text = cells
		.map(oneLine)
		.filter((cell) => cell !== '')
		.join(' … ');
	const chars = [...text];
	return chars.length <= EXCERPT_MAX_CHARS ? text : `${chars.slice(0, EXCERPT_MAX_CHARS - 1).join('')}…`;
}

/** `file:sheet:row:column` as printed in front of every import problem (parts that are null left out). */
export function placeLabel(place: SourcePlace): string {
	const parts = [place.file];
	if (place.sheet !== null) parts.push(place.sheet);
	if (place.row !== null) parts.push(String(place.row));
	if (place.col !== null) parts.push(place.sheet !== null ? columnLetters(place.col) : String(place.col));
	return parts.join(':');
}
