import { formatNumber } from '$lib/format';
import { t } from '$lib/i18n/messages';
import type { Locale } from '$lib/i18n/locales';
import { inLocale, listSeparator } from '$lib/i18n/localized';
import type { AuditRule, CoverageLine } from '$lib/audit/types';
import { sourceLabel } from '$lib/i18n/source-terms';

/** One rule's coverage as the page shows it: sentences, in the reader's language. */
export interface CoverageRow {
	rule_id: string;
	title: string;
	compared: string[];
	notCompared: string[];
	/** Set when the rule has no line to show: why (nothing to compare, or not reported). */
	empty: string | null;
}

const MAX_TABLES = 3;

function list(items: readonly string[], locale: Locale): string {
	if (items.length === 0) return t(locale, 'audit_coverage_none');
	const shown = items.slice(0, MAX_TABLES).join(listSeparator(locale));
	return items.length > MAX_TABLES
		? `${shown} ${t(locale, 'audit_coverage_more', { count: items.length })}`
		: shown;
}

/** "7 totals against their parts — departments: …; years: …; tables: …" (+ why, when left out). */
export function coverageSentence(
	line: CoverageLine,
	locale: Locale,
	departmentName: (id: string) => string
): string {
	const what = inLocale(locale, line.what);
	const head = t(locale, 'audit_coverage_line', { n: formatNumber(line.n, locale), what });
	const scope = t(locale, 'audit_coverage_scope', {
		departments: list(
			line.departments.map((id) => departmentName(id) || id),
			locale
		),
		years: list(line.years.map(String), locale),
		tables: list(line.tables, locale)
	});
	const reason = line.reason
		? t(locale, 'audit_coverage_reason', { reason: inLocale(locale, line.reason) })
		: '';
	// On English pages the report's annexes are named in English (附件1 → annex 1).
	return inLocale(locale, {
		zh: `${head}——${scope}。${reason ? `${reason}。` : ''}`,
		en: sourceLabel(`${head} — ${scope}.${reason ? ` ${reason}.` : ''}`, locale)
	});
}

/** Every rule in order, with its coverage lines split into compared and not compared. */
export function coverageRows(args: {
	rules: readonly AuditRule[];
	coverage: readonly CoverageLine[];
	locale: Locale;
	departmentName: (id: string) => string;
}): CoverageRow[] {
	const { rules, coverage, locale, departmentName } = args;
	return rules.map((rule) => {
		const lines = coverage.filter((line) => line.rule_id === rule.id);
		const sentence = (line: CoverageLine) => coverageSentence(line, locale, departmentName);
		const empty =
			lines.length > 0
				? null
				: t(locale, rule.coverage === undefined ? 'audit_coverage_not_reported' : 'audit_coverage_nothing');
		return {
			rule_id: rule.id,
			title: inLocale(locale, rule.title),
			compared: lines.filter((line) => line.status === 'compared').map(sentence),
			notCompared: lines.filter((line) => line.status === 'not_compared').map(sentence),
			empty
		};
	});
}
