// One row of a table by 功能分类科目: its code (in one cell, over 类/款/项 cells, or in front of
// the name) and the lines its amount columns give: fc_<code> for 合计, fc_<code>_basic /
// _project / … for the parts; the table's 合计 row gives total / basic / project.
import { cellText } from '../sheet';
import { compact, isTotalLabel, oneLine } from '../structure/index';
import type { Recipe, Row } from '../types';
import { functionalEnglish } from './standard-codes';
import type { AmountColumn } from './standard-columns';
import type { LineCategory, LineDraft } from './standard-lines';

/** The 类 and 款 last seen: split-code tables often print only the new part of a code. */
export interface CodeCarry {
	cls: string | null;
	section: string | null;
}

export interface RowCode {
	/** Digits of the code as read (may be a unit code or invalid), '' when the row has none. */
	readonly code: string;
	readonly name: string;
	/** The code cells as printed (for the excerpt). */
	readonly printed: string;
}

const CODE_AND_NAME = /^[[【(（]?(\d{3,9})[\]】)）]?\s*(\D.*)?$/;

function digits(text: string): string {
	const c = compact(text);
	// '208 05 01' or '208.05.01' in one cell read as 2080501.
	return /^\d{3}(?:[.\s]?\d{2}){0,2}$/.test(text.trim()) ? c.replace(/\./g, '') : c;
}

function splitCode(
	row: Row,
	recipe: Recipe,
	carry: CodeCarry
): { code: string; name: string; printed: string } {
	const cell = (meaning: string) => {
		const col = recipe.columns.find((column) => column.meaning === meaning)?.col;
		return col === undefined ? '' : digits(cellText(row, col));
	};
	const [cls, section, item] = [cell('code:class'), cell('code:section'), cell('code:item')];
	const printed = [cls, section, item].filter((part) => part !== '').join(' ');
	if (printed === '') return { code: '', name: '', printed };
	if (!/^\d+$/.test(printed.replace(/ /g, ''))) return { code: printed, name: '', printed };
	const base = /^\d{3}$/.test(cls) ? cls : carry.cls;
	let code = base ?? cls;
	if (section !== '') code = section.length === 2 && base !== null ? base + section : section;
	else if (item !== '' && carry.section !== null) code = carry.section;
	if (item !== '') code = item.length === 2 && code.length === 5 ? code + item : item;
	if (/^\d{3}$/.test(cls)) carry.cls = cls;
	if (code.length >= 5) carry.section = code.slice(0, 5);
	if (code.length === 3) carry.section = null;
	return { code, name: '', printed };
}

/** The row's code and name, read the way the recipe's code columns say. */
export function rowCode(row: Row, recipe: Recipe, carry: CodeCarry): RowCode {
	const nameCol = recipe.columns.find((column) => column.meaning === 'name')?.col;
	const codeCol = recipe.columns.find((column) => column.meaning === 'code')?.col;
	const name = nameCol === undefined ? '' : oneLine(cellText(row, nameCol));
	const split = recipe.columns.some((column) => column.meaning.startsWith('code:'));
	const read = split
		? splitCode(row, recipe, carry)
		: fromCodeCell(codeCol === undefined ? '' : oneLine(cellText(row, codeCol)));
	// 合计 printed across the code cells (a merged cell in the source) is the row's label.
	if (read.code !== '' && !/\d/.test(read.code)) return { code: '', name: name || read.printed, printed: '' };
	if (read.code !== '') return { code: read.code, name: name || read.name, printed: read.printed };
	const inName = CODE_AND_NAME.exec(name);
	if (inName !== null && inName[2] !== undefined)
		return { code: inName[1] ?? '', name: oneLine(inName[2]), printed: '' };
	return { code: '', name, printed: '' };
}

function fromCodeCell(text: string): { code: string; name: string; printed: string } {
	const normal = digits(text);
	if (/^\d+$/.test(normal)) return { code: normal, name: '', printed: text };
	const withName = CODE_AND_NAME.exec(text);
	if (withName !== null)
		return { code: withName[1] ?? '', name: oneLine(withName[2] ?? ''), printed: withName[1] ?? '' };
	return { code: compact(text), name: '', printed: text };
}

interface KindSpec {
	readonly suffix: string;
	readonly category: LineCategory;
	readonly top: string;
	readonly topCategory: LineCategory;
	readonly en: string;
}

export const AMOUNT_KINDS: Readonly<Record<string, KindSpec>> = {
	total: { suffix: '', category: 'function', top: 'total', topCategory: 'total', en: 'total expenditure' },
	basic: { suffix: '_basic', category: 'basic', top: 'basic', topCategory: 'basic', en: 'basic expenditure' },
	project: {
		suffix: '_project',
		category: 'project',
		top: 'project',
		topCategory: 'project',
		en: 'project expenditure'
	},
	remit_superior: {
		suffix: '_remit_superior',
		category: 'function',
		top: 'remit_superior',
		topCategory: 'total',
		en: 'payments to the superior unit'
	},
	business_operations: {
		suffix: '_business_operations',
		category: 'function',
		top: 'business_operations',
		topCategory: 'total',
		en: 'operating expenditure of public institutions'
	},
	affiliate_subsidies: {
		suffix: '_affiliate_subsidies',
		category: 'function',
		top: 'affiliate_subsidies',
		topCategory: 'total',
		en: 'subsidies to affiliated units'
	}
};

/** Amount kind of a 功能分类 table column from its joined header, or null (not an amount column). */
export function amountKindOf(header: string): string | null {
	const parts = header.split(' / ').map(compact).reverse();
	for (const part of parts) {
		if (/基本支出/.test(part)) return 'basic';
		if (/项目支出/.test(part)) return 'project';
		if (/上缴上级/.test(part)) return 'remit_superior';
		if (/经营支出/.test(part)) return 'business_operations';
		if (/对附属单位补助/.test(part)) return 'affiliate_subsidies';
		if (
			!isTotalLabel(part) &&
			!/^(?:金额|(?:本年|年初|全年|调整)?(?:预算|决算)数?|支出数|本年支出|本年数)$/.test(part)
		)
			return null;
	}
	return parts.length > 0 ? 'total' : null;
}

export interface DraftArgs {
	readonly code: RowCode;
	readonly label: string;
	readonly column: AmountColumn;
	readonly amount: { readonly text: string; readonly raw: string };
	readonly base: Pick<LineDraft, 'place' | 'stage'> & { readonly year?: number };
}

function leafOf(header: string): string {
	const parts = header.split(' / ');
	return parts[parts.length - 1] ?? header;
}

/** The line one amount cell of a coded row gives. */
export function codedDraft(args: DraftArgs): LineDraft {
	const { code, column, amount } = args;
	const kind = AMOUNT_KINDS[column.kind] ?? AMOUNT_KINDS['total'];
	const own = `fc_${code.code}`;
	const parentOfCode = code.code.length === 3 ? 'total' : `fc_${code.code.slice(0, -2)}`;
	const isTotal = kind === undefined || kind.suffix === '';
	return {
		...args.base,
		line_id: isTotal ? own : `${own}${kind.suffix}`,
		parent: isTotal ? parentOfCode : own,
		relation: 'part',
		line_zh: isTotal ? code.name : `${code.name} / ${leafOf(column.header)}`,
		line_en: isTotal ? functionalEnglish(code.code) : `${functionalEnglish(code.code)}: ${kind.en}`,
		category: kind?.category ?? 'function',
		amount: amount.text,
		...(isTotal ? { functional_code: code.code } : {}),
		excerptCells: [code.printed, code.name, amount.raw]
	};
}

/** The line one amount cell of the table's 合计 row gives (total, basic, project …). */
export function totalDraft(args: DraftArgs): LineDraft {
	const { column, amount } = args;
	const kind = AMOUNT_KINDS[column.kind] ?? AMOUNT_KINDS['total'];
	const isTotal = kind === undefined || kind.suffix === '';
	return {
		...args.base,
		line_id: kind?.top ?? 'total',
		parent: isTotal ? null : 'total',
		relation: isTotal ? null : 'part',
		line_zh: isTotal ? args.label : leafOf(column.header),
		line_en: kind?.en ?? 'total expenditure',
		category: kind?.topCategory ?? 'total',
		amount: amount.text,
		excerptCells: [args.label, amount.raw]
	};
}

export function isTotalRow(code: RowCode): boolean {
	return code.code === '' && isTotalLabel(code.name);
}
