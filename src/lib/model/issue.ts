import { listSeparator } from '../i18n/localized';
import type { Locale } from '../i18n/locales';
import type { ProblemCode } from './problems';
import type { Bilingual, ColumnDef } from './schema';

/** What is wrong and how to fix it, before a location is attached. */
export interface Issue {
	readonly code: ProblemCode;
	readonly message: Bilingual;
	readonly fix: Bilingual;
}

const MAX_SHOWN = 60;

function clip(raw: string): string {
	const chars = [...raw];
	return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : raw;
}

/** A cell value quoted for a message: "…" in English, “…” in Chinese, newlines escaped. */
export function quoted(raw: string): Bilingual {
	const escaped = JSON.stringify(clip(raw));
	return { en: escaped, zh: `“${escaped.slice(1, -1)}”` };
}

/** Where the unit of a number goes, appended to a fix: `; put the unit in the unit column`. */
export function unitHint(column: ColumnDef): Bilingual {
	if (column.unitColumn !== undefined) {
		return {
			en: `; put the unit in the ${column.unitColumn} column`,
			zh: `；单位写在 ${column.unitColumn} 列`
		};
	}
	if (column.unit !== undefined) {
		return { en: `; this column is in ${column.unit}`, zh: `；本列单位为 ${column.unit}` };
	}
	return { en: '', zh: '' };
}

export function listValues(values: readonly string[], locale: Locale): string {
	return values.join(listSeparator(locale));
}
