// What each column of a 中国城市统计年鉴 prefecture table means, read from its header text only
// (the same indicator moves to another column in every edition): the indicator from the column's
// own label (never from a group header over several columns), the scope (全市 / 市辖区) and the
// unit from the lowest header part that states one.
import type { RecipeColumn, Row } from '../types';
import { cellText } from '../sheet';
import { aliasOf, type FigureTable, INDICATOR_ALIASES } from './indicator-aliases';
import { type ColumnHeader, type FindByMeaning, headerKey, oneLine } from './recipe-columns';

export type YearbookScope = 'whole_city' | 'urban_districts';

export interface FigureMeaning {
	readonly table: FigureTable;
	readonly indicator: string;
	/** null: read the scope from the header. */
	readonly scope: YearbookScope | null;
}

const SCOPE_WORDS: readonly [YearbookScope, RegExp][] = [
	// 再辖区 is an OCR misreading of 市辖区 in the 2019 edition.
	['urban_districts', /市辖区|再辖区|districtsundercity/],
	['whole_city', /全市|totalcity/]
];

function scopeOfText(text: string): YearbookScope | null {
	const key = headerKey(text);
	return SCOPE_WORDS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/** The scope the lowest header part names (a column's own 全市/市辖区 row, else its group header). */
export function scopeOf(header: ColumnHeader): YearbookScope | null {
	for (const part of [...header.parts].reverse()) {
		const scope = scopeOfText(part.text);
		if (scope !== null) return scope;
	}
	return null;
}

const UNIT_WORDS: readonly [string, RegExp][] = [
	['万元', /\(\s*万元\s*\)|10000yuan|10 000 yuan/i],
	['亿元', /\(\s*亿元\s*\)|100millionyuan|100 million yuan/i],
	['元', /\(\s*元\s*\)/],
	['µg/m³', /微克\/立方米|[uμ]g\/m3|[uμ]g\/m³/i],
	['%', /\(\s*%\s*\)|（%）/]
];

/** The unit the lowest header part states, e.g. （万元） → 万元, (微克/立方米) → µg/m³. */
export function unitOf(header: ColumnHeader): string | null {
	for (const part of [...header.parts].reverse()) {
		const text = part.text.normalize('NFKC');
		const unit = UNIT_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
		if (unit !== undefined) return unit;
	}
	return null;
}

/** A header part that names something: not only a scope (全市 Total City), not only a unit ((%)). */
function isLabel(text: string): boolean {
	const key = headerKey(text);
	const scopeOnly = key.replace(/市辖区|再辖区|districtsundercity|全市|totalcity/g, '') === '';
	return !scopeOnly && !/^[(（]/.test(text.trim());
}

/**
 * The indicator the column's own label names: label parts read bottom-up, group headers over
 * three or more columns skipped (科学技术支出 under 地方一般公共预算支出 is not that indicator);
 * `depth` counts the label parts below the one that matched (0 = the column's lowest label).
 */
export function indicatorOf(
	header: ColumnHeader
): { table: FigureTable; indicator: string; depth: number } | null {
	let depth = 0;
	for (const part of [...header.parts].reverse()) {
		if (!isLabel(part.text)) continue;
		const alias = part.group ? null : aliasOf(part.text);
		if (alias !== null) return { table: alias.table, indicator: alias.indicator, depth };
		depth++;
	}
	return null;
}

/** The default unit of an indicator when its header prints none. */
export function defaultUnit(indicator: string): string | null {
	return INDICATOR_ALIASES.find((entry) => entry.indicator === indicator)?.unit ?? null;
}

const CJK = /[\u3400-\u9fff]/;

/** A header cell's zh and en halves: en starts at the first Latin letter with no Chinese after it. */
export function splitBilingual(text: string): { zh: string; en: string } {
	const lastCjk = Math.max(-1, ...[...text].map((ch, i) => (CJK.test(ch) ? i : -1)));
	const chars = [...text];
	const rest = chars.slice(lastCjk + 1).join('');
	const latin = rest.search(/[A-Za-z]/);
	if (latin < 0) return { zh: oneLine(text), en: '' };
	return {
		zh: oneLine(chars.slice(0, lastCjk + 1).join('') + rest.slice(0, latin)),
		en: oneLine(rest.slice(latin))
	};
}

/** The label as printed over the column: below the table's group header row, without the scope row. */
export function labelsOf(header: ColumnHeader, groupRow: number): { zh: string; en: string } {
	const zh: string[] = [];
	const en: string[] = [];
	for (const part of header.parts) {
		if (part.row <= groupRow || !isLabel(part.text)) continue;
		const halves = splitBilingual(part.text);
		if (halves.zh !== '') zh.push(halves.zh);
		if (halves.en !== '') en.push(halves.en);
	}
	return { zh: zh.join(' '), en: en.join(' ') };
}

/** `environment:pm25:whole_city`, `regional_finance:general_budget_revenue` (scope from the header). */
export function parseFigureMeaning(meaning: string): FigureMeaning | null {
	const match =
		/^(environment|regional_finance):([a-z0-9]+(?:_[a-z0-9]+)*)(?::(whole_city|urban_districts))?$/.exec(
			meaning
		);
	if (match === null) return null;
	const [, table, indicator, scope] = match;
	return {
		table: table as FigureTable,
		indicator: indicator ?? '',
		scope: (scope as YearbookScope | undefined) ?? null
	};
}

/** The recipe meaning a column gets when recognised: a known indicator, the city names, or ignore. */
export function meaningOf(header: ColumnHeader): string {
	const parts = header.parts.map((part) => headerKey(part.text));
	if (parts.some((part) => part === '城市')) return 'region:name_zh';
	if (parts.some((part) => part === 'city')) return 'region:name_en';
	const found = indicatorOf(header);
	if (found === null) return 'ignore';
	return `${found.table}:${found.indicator}:${scopeOf(header) ?? 'whole_city'}`;
}

/** A recipe column as recognised, with its unit when the header states one or the indicator implies it. */
export function recipeColumnOf(header: ColumnHeader): RecipeColumn {
	const meaning = meaningOf(header);
	const figure = parseFigureMeaning(meaning);
	const unit = figure === null ? null : (unitOf(header) ?? defaultUnit(figure.indicator));
	return { col: header.col, header: header.text, meaning, ...(unit === null ? {} : { unit }) };
}

/** For a recipe made on another edition: the one column with the same indicator and scope. */
export const findByIndicator: FindByMeaning = (column, headers) => {
	if (column.meaning.startsWith('region:')) {
		const found = headers.filter((header) => meaningOf(header) === column.meaning);
		return found.length === 1 ? (found[0]?.col ?? null) : null;
	}
	const wanted = parseFigureMeaning(column.meaning);
	if (wanted === null) return null;
	const found = headers.filter((header) => {
		const has = indicatorOf(header);
		const scope = scopeOf(header) ?? 'whole_city';
		return has?.indicator === wanted.indicator && (wanted.scope === null || wanted.scope === scope);
	});
	return found.length === 1 ? (found[0]?.col ?? null) : null;
};

/** `中国2018年地级以上城市数据` in the first rows' first column: the data year and its row. */
export function titleOf(rows: readonly Row[]): { row: number; year: number; text: string } | null {
	for (const row of rows.slice(0, 4)) {
		const text = oneLine(cellText(row, 1));
		const match = /(\d{4})\s*年.*城市/.exec(text.normalize('NFKC'));
		if (match !== null) return { row: row.n, year: Number(match[1]), text };
	}
	return null;
}

/** The edition year a file name states (`…yearbook_2019…`, `…年鉴2019…`), if any. */
export function editionOfFileName(file: string): number | null {
	const name = file.replace(/^.*[\\/]/, '');
	const match = /(?:yearbook|年鉴)\D{0,3}((?:19|20)\d{2})/i.exec(name);
	return match === null ? null : Number(match[1]);
}
