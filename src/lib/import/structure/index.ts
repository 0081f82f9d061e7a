// Table structure shared by every layout: number cells, title block, header block, totals, footnotes.
import type { Row } from '../types';
import { firstFootnoteRow } from './footnotes';
import { detectHeader, type HeaderBlock } from './header';
import { detectTitle, type TitleBlock } from './title';

export { readNumber, numberText, type NumberCell } from './numbers';
export {
	halfWidth,
	oneLine,
	compact,
	labelParts,
	labelCore,
	distinctTexts,
	filledTexts,
	withoutNumbering
} from './text';
export {
	unitFromText,
	isUnitStatement,
	yearFromText,
	stageFromText,
	departmentFromText,
	isTitleRow,
	titleRows,
	detectTitle,
	type StatedUnit,
	type TitleBlock
} from './title';
export {
	detectHeader,
	joinHeader,
	isDataRow,
	isColumnNumberRow,
	MAX_HEADER_ROWS,
	type HeaderBlock
} from './header';
export { isTotalLabel, totalKind, type TotalKind } from './totals';
export { isFootnoteRow, firstFootnoteRow } from './footnotes';

export interface TableStructure {
	readonly title: TitleBlock;
	readonly header: HeaderBlock | null;
	/** First footnote row below the data (注：…), or null: the data run to the last row given. */
	readonly footnoteRow: number | null;
	/** Last data row among the rows given (the row before the footnotes, else the last non-blank row). */
	readonly lastDataRow: number | null;
}

/** Title, header and footnotes of a table, from its rows (the whole sheet or its first rows). */
export function tableStructure(rows: readonly Row[]): TableStructure {
	const title = detectTitle(rows);
	const header = detectHeader(rows);
	const first = header?.firstDataRow ?? null;
	const footnoteRow = first === null ? null : firstFootnoteRow(rows, first);
	const data = rows.filter(
		(row) =>
			first !== null &&
			row.n >= first &&
			(footnoteRow === null || row.n < footnoteRow) &&
			row.cells.some((cell) => cell !== null && cell.text.trim() !== '')
	);
	return { title, header, footnoteRow, lastDataRow: data[data.length - 1]?.n ?? null };
}
