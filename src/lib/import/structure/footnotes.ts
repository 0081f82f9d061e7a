// Rows below a table's data that are not data: 注：/说明：/数据来源 rows, signature rows
// (单位负责人：… 制表人：…) and a single long text cell. Layouts stop reading figures there.
import type { Row } from '../types';
import { readNumber } from './numbers';
import { compact, distinctTexts, filledTexts } from './text';

const NOTE_START =
	/^(?:注|说明|备注|附注|填表说明|数据来源|资料来源|来源|单位负责人|财务负责人|负责人|制表人|填表人|审核人|制表日期|填报日期)\s*[:：\d一二三四五六七八九十(（、.]/;

/** A long single text is prose, not a row label (labels of standard tables are short). */
const PROSE_CHARS = 40;

/** True for a footnote row: a note, source or signature line, or one long text and no figures. */
export function isFootnoteRow(row: Row): boolean {
	const texts = distinctTexts(filledTexts(row.cells));
	const first = texts[0];
	if (first === undefined) return false;
	if (NOTE_START.test(compact(first))) return true;
	if (texts.length !== 1) return false;
	return [...compact(first)].length >= PROSE_CHARS && readNumber(first).kind === 'text';
}

/** The first footnote row at or after `from`, or null: the data end before it. */
export function firstFootnoteRow(rows: readonly Row[], from: number): number | null {
	for (const row of rows) if (row.n >= from && isFootnoteRow(row)) return row.n;
	return null;
}
