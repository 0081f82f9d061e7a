import type { Issue } from './issue';
import type { ColumnDef } from './schema';

/**
 * Characters a cell must not carry, and how long a text may be. A transcribed figure's text is
 * shown in HTML, SVG, CSV and spreadsheets: U+0000 and other controls are written raw into
 * them, bidi controls reorder what a reader sees (U+202E turns "PWN17\u202Egnp.exe" into a name
 * ending in ".exe"), and zero-width characters make two equal-looking names differ. The contract
 * refuses them with the code point and its position; the importer removes them and says so
 * (src/lib/import/read/text-clean.ts).
 */
export type HostileKind = 'control' | 'bidi' | 'zero_width';

export interface HostileChar {
	readonly kind: HostileKind;
	/** `U+202E`. */
	readonly codePoint: string;
	/** 1-based position in the cell, in characters (code points). */
	readonly position: number;
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
// C0 and C1 controls and DEL; tab, LF and a CR before LF are judged separately (free text only).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex -- as above: any character the checks below may refuse
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** What a column lets through besides printable text: free text tab and line breaks, labels line breaks. */
export type Breaks = 'none' | 'lines' | 'lines_and_tabs';

export function hostileKind(char: string, breaks: Breaks, next: string | undefined): HostileKind | null {
	if (BIDI.test(char)) return 'bidi';
	if (ZERO_WIDTH.test(char)) return 'zero_width';
	if (CONTROL.test(char)) return 'control';
	if (char === '\t') return breaks === 'lines_and_tabs' ? null : 'control';
	if (char === '\n') return breaks === 'none' ? 'control' : null;
	if (char === '\r') return breaks !== 'none' && next === '\n' ? null : 'control';
	return null;
}

/** The first character the cell must not carry, or null. */
export function firstHostileChar(raw: string, breaks: Breaks): HostileChar | null {
	// Fast path: almost every cell is plain text.
	if (!SUSPECT.test(raw)) return null;
	const chars = [...raw];
	for (let i = 0; i < chars.length; i++) {
		const kind = hostileKind(chars[i]!, breaks, chars[i + 1]);
		if (kind) return { kind, codePoint: codePointName(chars[i]!), position: i + 1 };
	}
	return null;
}

export function codePointName(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Free-text columns: the only ones where tab and line breaks are part of the text. */
const FREE_TEXT = new Set(['note', 'goal_zh', 'outcome_zh', 'deviation_note', 'target_text', 'actual_text']);

/**
 * Length limits by kind of column (code points; the longest value in data/ in brackets, 2026-12):
 * identifiers 64 [42], names/labels/titles 200 [114], locators 300 [177], file names 255, URLs
 * 2048, free text 1000 [173]; excerpts keep their own 120 (columns.ts).
 */
export const TEXT_LIMITS = { id: 64, name: 200, locator: 300, file: 255, url: 2048, free: 1000 } as const;

export function textLimit(column: ColumnDef): number {
	if (column.maxChars !== undefined) return column.maxChars;
	const name = column.name;
	if (FREE_TEXT.has(name)) return TEXT_LIMITS.free;
	if (name === 'url') return TEXT_LIMITS.url;
	if (name === 'file_name') return TEXT_LIMITS.file;
	if (name === 'locator' || name === 'location') return TEXT_LIMITS.locator;
	if (name.endsWith('_id') || column.references !== undefined) return TEXT_LIMITS.id;
	return TEXT_LIMITS.name;
}

/**
 * Free text keeps tabs and line breaks; a label or name as printed (`*_zh`, `*_en`) may be
 * wrapped over lines in its source cell; identifiers, codes, locators and URLs may not.
 */
export function breaksAllowed(column: ColumnDef): Breaks {
	if (FREE_TEXT.has(column.name)) return 'lines_and_tabs';
	const plain = column.values === undefined && column.pattern === undefined && !column.name.endsWith('_id');
	return plain && /_(zh|en)$/.test(column.name) ? 'lines' : 'none';
}

const KIND_TEXT: Record<HostileKind, { en: string; zh: string; why: { en: string; zh: string } }> = {
	control: {
		en: 'a control character',
		zh: '控制字符',
		why: { en: 'it is written raw into pages and CSV files', zh: '它会原样写进网页和 CSV 文件' }
	},
	bidi: {
		en: 'a bidirectional-text control',
		zh: '双向文字控制符',
		why: { en: 'it reorders the text a reader sees', zh: '它会打乱读者看到的文字顺序' }
	},
	zero_width: {
		en: 'a zero-width character',
		zh: '零宽字符',
		why: { en: 'it makes equal-looking texts differ', zh: '它让看起来相同的文字实际不同' }
	}
};

export function hostileCharacter(found: HostileChar, column: ColumnDef): Issue {
	const kind = KIND_TEXT[found.kind];
	const breaks =
		breaksAllowed(column) === 'none'
			? { en: ' (this column allows no tab or line break)', zh: '（本列不允许制表符或换行）' }
			: { en: '', zh: '' };
	return {
		code: 'hostile_character',
		message: {
			en: `${kind.en} (${found.codePoint}) at character ${found.position}: ${kind.why.en}`,
			zh: `第 ${found.position} 个字符是${kind.zh}（${found.codePoint}）：${kind.why.zh}`
		},
		fix: {
			en: `delete the invisible character ${found.codePoint} from the cell and retype the text around it if needed${breaks.en}`,
			zh: `删除单元格中不可见的字符 ${found.codePoint}，必要时重新输入其前后文字${breaks.zh}`
		}
	};
}
