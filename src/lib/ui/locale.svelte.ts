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
 * → `/data`). The route id is used because `base` is relative during prerendering. Route
 * parameters (`/projects/[department]/…`) are filled in from `params` when given.
 */
export function routePath(routeId: string | null, params: Record<string, string | undefined> = {}): string {
	const rest = (routeId ?? '/')
		.replace(/^\/\[\[lang=lang\]\]/, '')
		.replace(/\[(\w+)(?:=\w+)?\]/g, (whole, name: string) => {
			const value = params[name];
			return value === undefined ? whole : encodeURIComponent(value);
		});
	return rest === '' ? '/' : rest;
}
