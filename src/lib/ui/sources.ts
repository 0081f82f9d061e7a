import type { Locale } from '$lib/i18n/locales';

/** A source as the citation popovers need it. */
export interface SourceInfo {
	source_id: string;
	title_zh: string;
	title_en: string;
	publisher_zh: string;
	publisher_en: string;
	published_on: string;
	kind: string;
	location: string;
	/** The department the source is about (null for yearbooks, bulletins, standards); absent when not queried. */
	department_id?: string | null;
	department_zh?: string | null;
	department_en?: string | null;
}

export type SourceMap = Record<string, SourceInfo>;

export function sourceTitle(sources: SourceMap, id: string, locale: Locale): string {
	const source = sources[id];
	if (!source) return id;
	return locale === 'en' ? source.title_en : source.title_zh;
}
