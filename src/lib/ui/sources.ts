import type { Locale } from '$lib/i18n/locales';
import { localized } from '$lib/i18n/localized';
import { t } from '$lib/i18n/messages';

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
	/** The public original's web address, where one is recorded. */
	url?: string | null;
	/** The department the source is about (null for yearbooks, bulletins, standards); absent when not queried. */
	department_id?: string | null;
	department_zh?: string | null;
	department_en?: string | null;
	/** The file a reader's own import came from (sources made by an import). */
	file_name?: string | null;
	/** A reader's own imported file, never a published source: citations say "your file". */
	imported?: boolean;
}

export type SourceMap = Record<string, SourceInfo>;

export function sourceTitle(sources: SourceMap, id: string, locale: Locale): string {
	const source = sources[id];
	if (!source) return id;
	const title = localized(locale, source, 'title');
	// A reader's own file is never shown as if it were the published source.
	if (source.imported)
		return t(locale, 'imported_cite_source_short', { file: source.file_name || source.location, title });
	return title;
}
