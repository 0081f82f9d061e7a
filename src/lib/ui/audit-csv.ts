import type { AuditRule, Finding, FindingSide } from '$lib/audit/types';
import type { Locale } from '$lib/i18n/locales';
import { t, type MessageKey } from '$lib/i18n/messages';
import { bilingual, explanation, severityLabel } from './audit-view';
import { sourceTitle, type SourceMap } from './sources';
import { CSV_BOM, toCsv, type CsvCell } from './csv';

const COLUMNS = [
	'id',
	'severity',
	'rule',
	'department',
	'year',
	'stage',
	'subject',
	'left_label',
	'left_value',
	'left_unit',
	'left_source',
	'left_locator',
	'left_excerpt',
	'right_label',
	'right_value',
	'right_unit',
	'right_source',
	'right_locator',
	'right_excerpt',
	'right_formula',
	'difference',
	'tolerance',
	'explanation'
] as const;

/**
 * A number as a number cell (written plain, never neutralised, so a spreadsheet computes with it
 * and a negative difference stays negative), rounded to the published decimals.
 */
export function plainNumber(value: number | null, decimals: number | null = null): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	return decimals === null ? Math.round(value * 1e6) / 1e6 : Number(value.toFixed(decimals));
}

function sideCells(side: FindingSide, sources: SourceMap, locale: Locale): CsvCell[] {
	return [
		bilingual(side.label, locale),
		plainNumber(side.value, side.decimals),
		side.unit ?? '',
		side.source_id ? sourceTitle(sources, side.source_id, locale) : '',
		side.locator ?? '',
		side.excerpt ?? ''
	];
}

export interface CsvContext {
	rules: readonly AuditRule[];
	sources: SourceMap;
	departmentName: (id: string | null) => string;
	locale: Locale;
}

/**
 * The findings shown, one row each (a finding is one comparison of two published values), with
 * the same texts the page shows (header row first); years, values, difference and tolerance are
 * number cells.
 */
export function findingsCsvRows(findings: readonly Finding[], context: CsvContext): CsvCell[][] {
	const { rules, sources, departmentName, locale } = context;
	const header = COLUMNS.map((column) => t(locale, `audit_csv_${column}` as MessageKey));
	const rows = findings.map((f) => {
		const rule = rules.find((r) => r.id === f.rule_id);
		return [
			f.id,
			severityLabel(f.severity, locale),
			rule ? bilingual(rule.title, locale) : f.rule_id,
			departmentName(f.department_id),
			f.fiscal_year,
			f.stage ? t(locale, `stage_${f.stage}` as MessageKey) : '',
			bilingual(f.subject, locale),
			...sideCells(f.left, sources, locale),
			...sideCells(f.right, sources, locale),
			f.right.formula ?? '',
			plainNumber(f.difference),
			plainNumber(f.tolerance),
			explanation(f, rule, locale)
		];
	});
	return [header, ...rows];
}

/** The CSV file's text: BOM for spreadsheets, cells neutralised against formula injection. */
export function findingsCsv(findings: readonly Finding[], context: CsvContext): string {
	return CSV_BOM + toCsv(findingsCsvRows(findings, context));
}
