import type { AuditRule, Finding, FindingSide, Severity, Topic } from '$lib/audit/types';
import { SEVERITIES } from '$lib/audit/types';
import { formatNumber, formatValue, type NumberOptions } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { inLocale, inSentence } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';

/** Severity as a symbol as well as a word and a colour, so colour never carries it alone. */
export const SEVERITY_SYMBOL: Record<Severity, string> = { error: '✗', warning: '⚠', note: 'ℹ' };

export function severityLabel(severity: Severity, locale: Locale): string {
	return t(locale, `audit_severity_${severity}` as MessageKey);
}

export function bilingual(text: { zh: string; en: string }, locale: Locale): string {
	return inLocale(locale, text);
}

/** A finding's figure as the reader sees it (scores in 分 / points; text-only sides show nothing). */
export function formatFigure(
	value: number | null,
	unit: string | null,
	locale: Locale,
	options: NumberOptions = {}
): string {
	if (value === null) return t(locale, 'audit_value_missing');
	if (unit === '分') return t(locale, 'audit_unit_points', { value: formatNumber(value, locale, options) });
	return formatValue(value, unit ?? '', locale, options);
}

/** A difference of two percentages is in percentage points. */
export function differenceUnit(unit: string | null): string {
	return unit === '%' ? '百分点' : (unit ?? '');
}

export function formatSide(side: FindingSide, locale: Locale): string {
	return formatFigure(side.value, side.unit, locale, { decimals: side.decimals });
}

/** The difference in the left side's unit: signed for the field, unsigned inside sentences. */
function formatDifference(f: Finding, locale: Locale, signed: boolean): string {
	if (f.difference === null) return '';
	const value = signed ? f.difference : Math.abs(f.difference);
	const text = formatFigure(value, differenceUnit(f.left.unit), locale);
	return signed ? text : text.replace(/^\+/, '');
}

export function formatSignedDifference(f: Finding, locale: Locale): string {
	return formatDifference(f, locale, true);
}

/** Tolerances can be finer than the figures (0.005 percentage points): up to 4 decimals. */
export function formatTolerance(f: Finding, locale: Locale): string {
	if (f.tolerance === null) return '';
	const value = formatFigure(f.tolerance, differenceUnit(f.left.unit), locale, { maxDecimals: 4 });
	return t(locale, 'audit_tolerance_value', { value: value.replace(/^\+/, '') });
}

function stageText(stage: string | null, locale: Locale): string {
	return stage ? t(locale, `stage_${stage}` as MessageKey) : '';
}

/** The rule's plain-language explanation for this finding, in the reader's language. */
export function explanation(f: Finding, rule: AuditRule | undefined, locale: Locale): string {
	const template = rule?.explain[f.variant] ?? Object.values(rule?.explain ?? {})[0];
	if (!template) return '';
	const stage = stageText(f.stage, locale);
	const params: Record<string, string> = {
		subject: bilingual(f.subject, locale),
		year: f.fiscal_year === null ? '' : String(f.fiscal_year),
		stage: inSentence(locale, stage),
		left: formatSide(f.left, locale),
		right: formatSide(f.right, locale),
		difference: formatDifference(f, locale, false),
		tolerance: formatTolerance(f, locale),
		left_label: bilingual(f.left.label, locale),
		right_label: bilingual(f.right.label, locale),
		formula: f.right.formula ?? '',
		extra: f.extra ? formatFigure(f.extra.value, f.extra.unit, locale, { decimals: f.extra.decimals }) : '',
		extra_label: f.extra ? bilingual(f.extra.label, locale) : ''
	};
	return bilingual(template, locale).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * The dashboard view that shows a finding's figure: a site path and the URL keys that page reads.
 * Each topic is one line; to send a topic back to the overview, set it to OVERVIEW.
 */
interface DashboardTarget {
	path: string;
	/** The key the page reads the year from (`year` = one year, `years` = a set), or none. */
	yearKey: 'year' | 'years' | null;
	/** Whether the page drills down to a spending line (`line`). */
	line: boolean;
}

const OVERVIEW: DashboardTarget = { path: '/', yearKey: 'year', line: false };

const DASHBOARD: Record<Topic, DashboardTarget> = {
	spending: { path: '/spending', yearKey: 'years', line: true },
	three_public: { path: '/three-public', yearKey: null, line: false },
	projects: { path: '/projects', yearKey: 'year', line: false },
	environment: { path: '/environment', yearKey: 'year', line: false },
	staffing: OVERVIEW,
	indicators: OVERVIEW
};

export function dashboardLink(f: Finding): { path: string; search: string } {
	const target = DASHBOARD[f.topic];
	const params = new URLSearchParams();
	if (f.department_id) params.set('dept', f.department_id);
	if (target.yearKey && f.fiscal_year !== null) params.set(target.yearKey, String(f.fiscal_year));
	if (target.line && /^[a-z0-9_]+$/.test(f.subject_key)) params.set('line', f.subject_key);
	const search = params.toString();
	return { path: target.path, search: search ? `?${search}` : '' };
}

/** The audit page's filter for a finding's department and year (badges link there). */
export function findingSearch(ref: { department_id: string | null; fiscal_year: number | null }): string {
	const params = new URLSearchParams();
	if (ref.department_id) params.set('dept', ref.department_id);
	if (ref.fiscal_year !== null) params.set('year', String(ref.fiscal_year));
	const search = params.toString();
	return search ? `?${search}` : '';
}

/** Filters of the findings list, all optional; read from and written to the URL. */
export interface AuditFilters {
	severity: Severity | null;
	rule: string | null;
	department: string | null;
	year: number | null;
}

export const NO_FILTERS: AuditFilters = { severity: null, rule: null, department: null, year: null };

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
	const severity = search.get('severity');
	const year = Number(search.get('year'));
	return {
		severity: SEVERITIES.includes(severity as Severity) ? (severity as Severity) : null,
		rule: search.get('rule') || null,
		department: search.get('dept') || null,
		year: search.get('year') && Number.isInteger(year) ? year : null
	};
}

export function filtersToSearch(filters: AuditFilters): string {
	const params = new URLSearchParams();
	if (filters.severity) params.set('severity', filters.severity);
	if (filters.rule) params.set('rule', filters.rule);
	if (filters.department) params.set('dept', filters.department);
	if (filters.year !== null) params.set('year', String(filters.year));
	const search = params.toString();
	return search ? `?${search}` : '';
}

export function applyFilters(findings: readonly Finding[], filters: AuditFilters): Finding[] {
	return findings.filter(
		(f) =>
			(!filters.severity || f.severity === filters.severity) &&
			(!filters.rule || f.rule_id === filters.rule) &&
			(!filters.department || f.department_id === filters.department) &&
			(filters.year === null || f.fiscal_year === filters.year)
	);
}
