import type { FindingRef, Topic } from '$lib/audit/types';
import { formatNumber } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import type { HeadlinePart, HeadlineSentence } from './parts';

/**
 * The findings a page's figures are in: its department, its year (null: the page shows every
 * year) and its dashboards (null: all of the department's, as on the overview and a department's
 * page, whose sentence then speaks of the department rather than of "this page").
 */
export interface AuditScope {
	departmentId: string;
	year: number | null;
	topics: readonly Topic[] | null;
}

/** A finding compares published numbers when a figure it touches has a value (text findings do not). */
function comparesNumbers(ref: FindingRef): boolean {
	return ref.touches.some((touch) => touch.value !== null);
}

/** The audit's findings about the page's published figures that do not add up. */
export function pageFindings(refs: readonly FindingRef[], scope: AuditScope): FindingRef[] {
	return refs.filter(
		(ref) =>
			ref.department_id === scope.departmentId &&
			(scope.year === null || ref.fiscal_year === scope.year) &&
			(scope.topics === null || scope.topics.includes(ref.topic)) &&
			comparesNumbers(ref)
	);
}

/** The audit page's filter closest to the scope: department and year (it has no dashboard filter). */
export function auditSearch(scope: AuditScope): string {
	const params = new URLSearchParams({ dept: scope.departmentId });
	if (scope.year !== null) params.set('year', String(scope.year));
	return `?${params.toString()}`;
}

/** The scope as one string (`hengyang_eeb|2022|projects`), to tell prerendered sentences apart. */
export function scopeKey(scope: AuditScope): string {
	return [scope.departmentId, scope.year ?? '', scope.topics?.join(',') ?? ''].join('|');
}

/** The sentence's words: a dashboard's own figures ("本页"), or all of the department's (overview). */
function template(count: number, scope: AuditScope, locale: Locale): string {
	const params = { count: formatNumber(count, locale) };
	const plural = count === 1 ? 'one' : 'many';
	if (scope.topics !== null) return t(locale, `story_audit_page_${plural}`, params);
	const when = scope.year === null ? '' : t(locale, 'story_audit_when', { year: scope.year });
	return t(locale, `story_audit_department_${plural}`, { ...params, when });
}

/** "本页有 2 个公布数字对不上（见审计）" for a count of findings; none when it is zero. */
export function auditSentenceOf(count: number, scope: AuditScope, locale: Locale): HeadlineSentence | null {
	if (!Number.isInteger(count) || count <= 0) return null;
	const [before = '', after = ''] = template(count, scope, locale).split('{link}');
	const parts: HeadlinePart[] = [
		{ kind: 'text', text: before },
		{ kind: 'audit', text: t(locale, 'story_audit_link'), search: auditSearch(scope) },
		{ kind: 'text', text: after }
	];
	return { id: 'audit_findings', parts, audit: { count, scope: scopeKey(scope) } };
}

/** The page's audit sentence from the audit's findings (counted, never written by hand). */
export function auditSentence(
	refs: readonly FindingRef[],
	scope: AuditScope,
	locale: Locale
): HeadlineSentence | null {
	return auditSentenceOf(pageFindings(refs, scope).length, scope, locale);
}
