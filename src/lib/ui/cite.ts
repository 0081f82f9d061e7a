import type { Locale } from '$lib/i18n/locales';
import { inLocale, localized } from '$lib/i18n/localized';
import { t } from '$lib/i18n/messages';
import type { Figure } from '$lib/queries/figures';
import type { SourceInfo } from './sources';

/** Everything a ready-to-paste citation of one figure holds. */
export interface CitationInput {
	figure: Figure;
	/** The figure as the reader sees it, with its unit (`28.98 万元`). */
	valueText: string;
	source: SourceInfo | undefined;
	/** The department the figure is about; null for context figures (yearbooks, bulletins). */
	department: string | null;
	/** An absolute link to the view that shows the figure. */
	permalink: string | null;
	locale: Locale;
}

/**
 * The department a figure belongs to: the department its source is about. A source about no
 * department (a yearbook) names none, so a context figure is never credited to the page's
 * department; `fallback` is used only when the source map carries no department at all.
 */
export function citedDepartment(
	source: SourceInfo | undefined,
	locale: Locale,
	fallback: string | null
): string | null {
	if (!source || source.department_id === undefined) return fallback;
	if (source.department_id === null || source.department_id === '') return null;
	const name = inLocale(locale, { zh: source.department_zh, en: source.department_en });
	return name ?? fallback;
}

/** `衡阳市生态环境局：28.98 万元。出处：…《…》，2023-03-18 发布，附件1 / …。见明镜：https://…` */
export function citationText(input: CitationInput): string {
	const { figure, source, locale } = input;
	const parts = [
		input.department
			? t(locale, 'dashboards_cite_figure', { department: input.department, value: input.valueText })
			: t(locale, 'dashboards_cite_value', { value: input.valueText }),
		source?.imported
			? t(locale, 'imported_cite_source', {
					file: source.file_name || source.location,
					title: localized(locale, source, 'title'),
					locator: figure.citation.locator
				})
			: t(locale, 'dashboards_cite_source', {
					publisher: source ? localized(locale, source, 'publisher') : '',
					title: source ? localized(locale, source, 'title') : figure.citation.source_id,
					published: source?.published_on
						? t(locale, 'dashboards_cite_published', { date: source.published_on })
						: t(locale, 'dashboards_cite_no_date'),
					locator: figure.citation.locator
				})
	];
	if (figure.citation.derivation === 'derived' && figure.citation.formula) {
		parts.push(t(locale, 'dashboards_cite_derived', { formula: figure.citation.formula }));
	}
	if (input.permalink) parts.push(t(locale, 'dashboards_cite_link', { url: input.permalink }));
	return parts.join(t(locale, 'dashboards_cite_separator'));
}

/** A source in one line for captions: `衡阳市生态环境局《…自评报告》（2023-03-18 发布）`. */
export function sourceReference(source: SourceInfo, locale: Locale): string {
	const title = localized(locale, source, 'title');
	if (source.imported) {
		const file = source.file_name || source.location;
		return t(locale, 'imported_cite_source_short', { file, title });
	}
	return t(locale, 'dashboards_cite_source_short', {
		publisher: localized(locale, source, 'publisher'),
		title,
		published: source.published_on
			? t(locale, 'dashboards_cite_published', { date: source.published_on })
			: t(locale, 'dashboards_cite_no_date')
	});
}
