import { findingsTouching, type CitedFigure } from '$lib/audit/match';
import type { AuditDigest, Severity } from '$lib/audit/types';
import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import { bilingual, findingSearch } from './audit-view';

/**
 * What a badge shows, from the digest or read back from its prerendered markup. `link` is the
 * finding's search and anchor (`?dept=…&year=…#id`), the same from every page depth and locale.
 */
export interface BadgeView {
	severity: Severity;
	count: number;
	findings: string[];
	titles: string;
	link: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** The figure's key in `data-figure`: a badge depends on nothing else of the figure. */
export function figureKey(figure: CitedFigure): string {
	return `${figure.citation.source_id}\t${figure.citation.locator}\t${figure.value}`;
}

/** The badge of a figure under a digest; null when no finding touches it. */
export function badgeFromDigest(digest: AuditDigest, figure: CitedFigure, locale: Locale): BadgeView | null {
	const touching = findingsTouching(digest.refs, figure).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
	const first = touching[0];
	if (!first) return null;
	const names = touching.map((ref) => {
		const title = digest.titles[ref.rule_id];
		return title ? bilingual(title, locale) : ref.rule_id;
	});
	return {
		severity: first.severity,
		count: touching.length,
		findings: touching.map((ref) => ref.id),
		titles: [...new Set(names)].join(t(locale, 'list_separator')),
		link: `${findingSearch(first)}#${first.id}`
	};
}

const SEVERITY_SET = new Set<string>(['error', 'warning', 'note']);

/** Reads a prerendered badge back (the inverse of AuditBadge's markup); null if it is not one. */
export function badgeFromElement(element: Element): BadgeView | null {
	const severity = element.getAttribute('data-severity') ?? '';
	const findings = (element.getAttribute('data-findings') ?? '').split(' ').filter(Boolean);
	const href = element.getAttribute('href') ?? '';
	const at = href.search(/[?#]/);
	if (!SEVERITY_SET.has(severity) || findings.length === 0 || at < 0) return null;
	return {
		severity: severity as Severity,
		count: Number(element.getAttribute('data-count')) || findings.length,
		findings,
		titles: element.getAttribute('title') ?? '',
		link: href.slice(at)
	};
}

let prerendered: { lang: string; badges: Map<string, BadgeView> } | null = null;

/**
 * The badge the HTML was prerendered with for this figure, while the whole digest is not yet
 * fetched: read once from the document (before hydration changes anything), in its language only.
 */
export function prerenderedBadge(figure: CitedFigure, locale: Locale): BadgeView | null {
	if (typeof document === 'undefined') return null;
	if (!prerendered) {
		const badges = new Map<string, BadgeView>();
		for (const element of document.querySelectorAll('a.audit-badge[data-figure]')) {
			const view = badgeFromElement(element);
			const key = element.getAttribute('data-figure');
			if (view && key) badges.set(key, view);
		}
		prerendered = { lang: document.documentElement.lang, badges };
	}
	return prerendered.lang === locale ? (prerendered.badges.get(figureKey(figure)) ?? null) : null;
}
