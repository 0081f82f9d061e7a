import type { AuditDigest } from '$lib/audit/types';
import type { Locale } from '$lib/i18n/locales';
import { auditSentence, auditSentenceOf, scopeKey, type AuditScope } from '$lib/story/audit-story';
import type { HeadlineSentence } from '$lib/story/parts';

let prerendered: { lang: string; counts: Map<string, number> } | null = null;

/**
 * The count the HTML was prerendered with for this scope, while the whole digest is not yet
 * fetched (as the badges do, ui/audit-badge-view): read once, before hydration changes anything.
 */
function prerenderedCount(scope: AuditScope, locale: Locale): number {
	if (typeof document === 'undefined') return 0;
	if (!prerendered) {
		const counts = new Map<string, number>();
		for (const element of document.querySelectorAll<HTMLElement>('[data-audit-scope]')) {
			const count = Number(element.dataset.auditCount);
			if (Number.isInteger(count)) counts.set(element.dataset.auditScope ?? '', count);
		}
		prerendered = { lang: document.documentElement.lang, counts };
	}
	return prerendered.lang === locale ? (prerendered.counts.get(scopeKey(scope)) ?? 0) : 0;
}

/**
 * The headline's audit sentence for a page (none when no finding is about its figures): counted
 * from the digest when the page has one, else the prerendered count of the same scope.
 */
export function auditLine(
	digest: AuditDigest | null,
	scope: AuditScope | null,
	locale: Locale
): HeadlineSentence[] {
	if (!scope) return [];
	const line = digest
		? auditSentence(digest.refs, scope, locale)
		: auditSentenceOf(prerenderedCount(scope, locale), scope, locale);
	return line ? [line] : [];
}
