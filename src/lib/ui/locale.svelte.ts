import { page } from '$app/state';
import { base } from '$app/paths';
import { localeFromSegment, localeSegment, type Locale } from '$lib/i18n/locales';
import { translator } from '$lib/i18n/messages';

/** The current locale, read from the route's optional `[[lang]]` segment. */
export function currentLocale(): Locale {
	return localeFromSegment(page.params.lang);
}

export function currentTranslator() {
	return translator(currentLocale());
}

/** A site path in a given locale: `/data` → `/en/data` for English. */
export function localePath(locale: Locale, path: string): string {
	const segment = localeSegment(locale);
	const clean = path === '/' ? '' : path;
	const joined = `${base}${segment ? `/${segment}` : ''}${clean}`;
	return joined === '' ? `${base}/` : joined;
}

/**
 * The current page's path without its locale segment, from the route id (`/[[lang=lang]]/data`
 * → `/data`). The route id is used because `base` is relative during prerendering.
 */
export function routePath(routeId: string | null): string {
	const rest = (routeId ?? '/').replace(/^\/\[\[lang=lang\]\]/, '');
	return rest === '' ? '/' : rest;
}
