import type { Locale } from './locales';

/*
 * The one place that picks a bilingual value by locale. Data carry both languages side by side
 * (`name_zh`/`name_en` in the tables, `{ zh, en }` in the models, `nameZh`/`nameEn` in a few view
 * shapes); pages ask for "the name in this locale" instead of testing the locale themselves.
 */

/** A value given in both languages. */
export interface Bilingual<T = string> {
	zh: T;
	en: T;
}

/** Whether the page is in English: for the few choices that are not a pair of values (case, plurals). */
export function isEnglish(locale: Locale): boolean {
	return locale === 'en';
}

/** `pair.en` on English pages, `pair.zh` otherwise (zh-CN is the default and the fallback). */
export function inLocale<T>(locale: Locale, pair: Bilingual<T>): T {
	return isEnglish(locale) ? pair.en : pair.zh;
}

/** `row[key + '_en']` or `row[key + '_zh']`: the tables' snake_case pairs (name, title, publisher …). */
export function localized<K extends string, R extends { [F in `${K}_zh` | `${K}_en`]: unknown }>(
	locale: Locale,
	row: R,
	key: K
): R[`${K}_zh`] | R[`${K}_en`] {
	return isEnglish(locale) ? row[`${key}_en`] : row[`${key}_zh`];
}

/** `row[key + 'En']` or `row[key + 'Zh']`: the models' camelCase pairs (nameZh/nameEn). */
export function localizedCamel<K extends string, R extends { [F in `${K}Zh` | `${K}En`]: unknown }>(
	locale: Locale,
	row: R,
	key: K
): R[`${K}Zh`] | R[`${K}En`] {
	return isEnglish(locale) ? row[`${key}En`] : row[`${key}Zh`];
}

/** The locale the language switch offers: English from a Chinese page, Chinese from an English one. */
export function otherLocale(locale: Locale): Locale {
	return isEnglish(locale) ? 'zh-CN' : 'en';
}

/** A label inside running text: English labels are headings (capitalised), so lower-cased; Chinese as is. */
export function inSentence(locale: Locale, label: string): string {
	return isEnglish(locale) ? label.toLowerCase() : label;
}

/** What joins the items of a list in running text: "a, b" in English, "甲、乙" in Chinese. */
export function listSeparator(locale: Locale): string {
	return inLocale(locale, { zh: '、', en: ', ' });
}

/** What joins the words of a phrase: a space in English, nothing in Chinese. */
export function wordSeparator(locale: Locale): string {
	return inLocale(locale, { zh: '', en: ' ' });
}

const collators = new Map<Locale, Intl.Collator>();

/** Sorts names as a reader of the locale expects: pinyin order for Chinese, alphabetical for English. */
export function collator(locale: Locale): Intl.Collator {
	let found = collators.get(locale);
	if (!found) {
		found = new Intl.Collator(inLocale(locale, { zh: 'zh-CN-u-co-pinyin', en: 'en' }));
		collators.set(locale, found);
	}
	return found;
}
