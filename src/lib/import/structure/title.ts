// What the rows above a table's header say: the title (department, year, 预算 or 决算), the unit
// row (单位：万元 / 金额单位：元), the 编制单位 row and table numbers (公开01表). Layouts take
// department, year, stage and unit from here unless the caller gives them.
import type { Row } from '../types';
import { compact, distinctTexts, filledTexts, halfWidth, oneLine } from './text';

/** Units a money table states; 千元 / 百万元 are recognised so they can be refused by name. */
export type StatedUnit = '元' | '万元' | '亿元' | '千元' | '百万元';

const UNIT_WORD = '(百万元|亿元|万元|千元|元)';
const UNIT_STATEMENT = new RegExp(`(?:金额|计量)?单位[:：]?${UNIT_WORD}(?![\\u4e00-\\u9fff])`);
const UNIT_IN_BRACKETS = new RegExp(`[(（]${UNIT_WORD}[)）]`);
const UNIT_ALONE = new RegExp(`^${UNIT_WORD}$`);

/** '单位：万元' → '万元', '金额单位：元' → '元', '项目资金(万元)' → '万元'; null when no unit is stated. */
export function unitFromText(text: string): StatedUnit | null {
	const c = compact(text);
	const match = UNIT_STATEMENT.exec(c) ?? UNIT_IN_BRACKETS.exec(c) ?? UNIT_ALONE.exec(c);
	return match === null ? null : (match[1] as StatedUnit);
}

/** True when the text is only a unit statement (a unit row, not a title that mentions a unit). */
export function isUnitStatement(text: string): boolean {
	const c = compact(text);
	return new RegExp(`^(?:金额|计量)?单位[:：]?${UNIT_WORD}$`).test(c) || UNIT_ALONE.test(c);
}

/** The first year a text names: '2022年', '2022年度', '（2021年度）'; null when none. */
export function yearFromText(text: string): number | null {
	const match = /((?:19|20)\d{2})\s*年/.exec(halfWidth(text));
	return match === null ? null : Number(match[1]);
}

/** Fund names that contain 预算 without saying the table is a budget. */
const FUND_WORDS =
	/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算单位|预算内|预算外|预算科目|预算级次|预算管理/g;

/** 'budget' when the text says 预算 (and not 决算), 'final' for 决算 alone; null when neither or both. */
export function stageFromText(text: string): 'budget' | 'final' | null {
	const c = compact(text).replace(FUND_WORDS, '');
	const budget = c.includes('预算');
	const final = c.includes('决算');
	if (final && !budget) return 'final';
	if (budget && !final) return 'budget';
	return null;
}

const DEPARTMENT_LABEL = /^(?:编制单位|填报单位|填报部门|部门名称|单位名称|预算单位|部门|单位)[:：]\s*(.+)$/;
const ORG_SUFFIX =
	/(?:局|厅|委员会|委|办公室|办|院|中心|部|所|站|队|会|处|馆|校|社|府|署|团|室|司|分局|本级)$/;
const TABLE_WORDS =
	/(?:部门预算|部门决算|单位预算|单位决算|部门收支|收支|收入|支出|“三公”|"三公"|三公|基本支出|项目支出|一般公共预算|政府性基金|财政拨款|预算|决算)/;

function cleanName(text: string): string {
	return oneLine(text)
		.replace(/[（(](?:盖章|公章|章)[)）]$/, '')
		.replace(/[，,。;；]$/, '')
		.trim();
}

function labelled(text: string): string | null {
	const shown = oneLine(halfWidth(text));
	const match = DEPARTMENT_LABEL.exec(shown);
	if (match === null) return null;
	// "编制单位：衡阳市生态环境局  单位：万元" in one cell: the name ends where the unit starts.
	const name = cleanName((match[1] ?? '').split(/\s*(?:金额)?单位[:：]/)[0] ?? '');
	return name === '' || isUnitStatement(name) ? null : name;
}

function fromTitle(text: string): string | null {
	const shown = oneLine(halfWidth(text));
	const beforeYear = /^(.+?)(?:19|20)\d{2}\s*年/.exec(shown)?.[1];
	const beforeWords = TABLE_WORDS.exec(shown);
	const candidates = [beforeYear, beforeWords ? shown.slice(0, beforeWords.index) : undefined];
	for (const candidate of candidates) {
		const name = cleanName(candidate ?? '');
		if ([...name].length >= 3 && ORG_SUFFIX.test(name)) return name;
	}
	return null;
}

/**
 * The department a text names: a labelled field ('编制单位：XX局', '部门名称：XX') or the start of
 * a title ('衡阳市生态环境局2022年部门决算…' → '衡阳市生态环境局'); null when it names none.
 */
export function departmentFromText(text: string): string | null {
	return labelled(text) ?? fromTitle(text);
}

/** '公开01表', '表1', '表一', '附件3', '附表2-1', '（2022年度）': marks that sit in title rows. */
function isTableMark(text: string): boolean {
	const c = compact(text);
	return (
		/^(?:附表|附件|表|公开|部门公开|财决)?[\d一二三四五六七八九十]+(?:-\d+)?表?$/.test(c) ||
		/^[(（]?(?:19|20)\d{2}年度?[)）]?$/.test(c)
	);
}

function isTitleText(text: string): boolean {
	return isUnitStatement(text) || labelled(text) !== null || isTableMark(text);
}

/** A title-block row: one text (a merged title), or only unit / 编制单位 / table-number texts. */
export function isTitleRow(row: Row): boolean {
	const texts = distinctTexts(filledTexts(row.cells));
	if (texts.length === 0) return false;
	if (texts.every(isTitleText)) return true;
	return texts.length === 1 && [...compact(texts[0] ?? '')].length >= 2;
}

export interface TitleBlock {
	/** Source rows of the title block (blank rows among them left out). */
	readonly rows: readonly number[];
	/** The first text that is not a unit, department or table-number statement: the table's title. */
	readonly title: string | null;
	readonly unit: StatedUnit | null;
	readonly unitRow: number | null;
	readonly department: string | null;
	readonly year: number | null;
	readonly stage: 'budget' | 'final' | null;
	/** Every text of the block, in order, for the report. */
	readonly texts: readonly { readonly row: number; readonly text: string }[];
}

function rowTexts(row: Row): string[] {
	return distinctTexts(filledTexts(row.cells));
}

/** The title block: rows from the top until the first row that is neither blank nor a title row. */
export function titleRows(rows: readonly Row[]): Row[] {
	const block: Row[] = [];
	for (const row of rows) {
		const texts = rowTexts(row);
		if (texts.length === 0) continue;
		if (!isTitleRow(row) || block.length >= 8) break;
		block.push(row);
	}
	return block;
}

/** What the title block says, read from a sheet's first rows. */
export function detectTitle(rows: readonly Row[]): TitleBlock {
	const texts = titleRows(rows).flatMap((row) => rowTexts(row).map((text) => ({ row: row.n, text })));
	const titleText = texts.find(({ text }) => !isTitleText(text))?.text ?? null;
	const unitEntry = texts.find(({ text }) => unitFromText(text) !== null);
	const pick = <T>(read: (text: string) => T | null): T | null => {
		for (const { text } of texts) {
			const found = read(text);
			if (found !== null) return found;
		}
		return null;
	};
	return {
		rows: [...new Set(texts.map(({ row }) => row))],
		title: titleText,
		unit: unitEntry === undefined ? null : unitFromText(unitEntry.text),
		unitRow: unitEntry?.row ?? null,
		department: pick(departmentFromText),
		year: pick(yearFromText),
		stage: pick(stageFromText),
		texts
	};
}
