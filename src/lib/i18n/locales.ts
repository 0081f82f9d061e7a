/** The two languages Mingjing ships. zh-CN is the default and the fallback. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** URL path segment for a locale: zh-CN lives at the root, English under /en. */
export function localeSegment(locale: Locale): string {
	return locale === 'en' ? 'en' : '';
}

/** Whether a first path segment names a locale: only `en` does (zh-CN has none). */
export function isLocaleSegment(segment: string | undefined): boolean {
	return segment === 'en';
}

export function localeFromSegment(segment: string | undefined): Locale {
	return isLocaleSegment(segment) ? 'en' : 'zh-CN';
}

export function isLocale(value: unknown): value is Locale {
	return value === 'zh-CN' || value === 'en';
}
