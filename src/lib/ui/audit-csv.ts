import type { AuditRule, Finding, FindingSide } from '$lib/audit/types';
import type { Locale } from '$lib/i18n/locales';
import { bilingual, differenceUnit, explanation } from './audit-view';
import { sourceTitle, type SourceMap } from './sources';
import { CSV_BOM, fixedCell, toCsv, type CsvCell } from './csv';

/**
 * The audit CSV's columns, the same in both languages (docs/exports.md): one row per finding and
 * figure, so `value` is one numeric column a spreadsheet can filter by `role`.
 */
export const AUDIT_CSV_COLUMNS = [
	'finding_id',
	'rule_id',
	'rule',
	'severity',
	'department_id',
	'department',
	'year',
	'stage',
	'subject',
	'role',
	'label',
	'value',
	'unit',
	'source_id',
	'source',
	'locator',
	'excerpt',
	'formula',
	'message'
] as const;

/**
 * What a figure is in its finding: `stated` (the published figure checked, the left side),
 * `computed` (a side with a formula), `compared` (the other published figure, the right side),
 * `difference` (left − right), `tolerance` (how close counts as equal), `extra` (a further figure
 * the message quotes).
 */
export type FigureRole = 'stated' | 'computed' | 'compared' | 'difference' | 'tolerance' | 'extra';

/**
 * A number as a number cell (written plain, never neutralised, so a spreadsheet computes with it
 * and a negative difference stays negative), rounded to the published decimals.
 */
export function plainNumber(value: number | null, decimals: number | null = null): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	return decimals === null ? Math.round(value * 1e6) / 1e6 : Number(value.toFixed(decimals));
}

/** A figure's value at its published precision (`18.40` where the source wrote 18.40). */
function figureNumber(value: number | null, decimals: number | null): CsvCell {
	const plain = plainNumber(value);
	return plain === null ? null : fixedCell(plain, decimals);
}

/** The figure cells of a row: role, label, value, unit, source id and title, locator, excerpt, formula. */
type FigureCells = [FigureRole | '', string, CsvCell, string, string, string, string, string, string];

export interface CsvContext {
	rules: readonly AuditRule[];
	sources: SourceMap;
	departmentName: (id: string | null) => string;
	locale: Locale;
}

function sideCells(side: FindingSide, role: FigureRole, context: CsvContext): FigureCells | null {
	// A side with neither a number nor a citation says nothing a row could hold.
	if (side.value === null && !side.source_id && !side.locator) return null;
	const { sources, locale } = context;
	return [
		side.formula ? 'computed' : role,
		bilingual(side.label, locale),
		figureNumber(side.value, side.decimals),
		side.unit ?? '',
		side.source_id ?? '',
		side.source_id ? sourceTitle(sources, side.source_id, locale) : '',
		side.locator ?? '',
		side.excerpt ?? '',
		side.formula ?? ''
	];
}

function numberCells(role: FigureRole, value: number | null, unit: string): FigureCells | null {
	return value === null ? null : [role, '', plainNumber(value), unit, '', '', '', '', ''];
}

/** Every figure of a finding, in the page's order: both sides, difference, tolerance, extra. */
function figureRows(f: Finding, context: CsvContext): FigureCells[] {
	const unit = differenceUnit(f.left.unit);
	const extra: FigureCells | null = f.extra
		? [
				'extra',
				bilingual(f.extra.label, context.locale),
				figureNumber(f.extra.value, f.extra.decimals),
				f.extra.unit ?? '',
				...(['', '', '', '', ''] as const)
			]
		: null;
	return [
		sideCells(f.left, 'stated', context),
		sideCells(f.right, 'compared', context),
		numberCells('difference', f.difference, unit),
		numberCells('tolerance', f.tolerance, unit),
		extra
	].filter((cells): cells is FigureCells => cells !== null);
}

const NO_FIGURE: FigureCells = ['', '', null, '', '', '', '', '', ''];

/**
 * The findings shown in long form: one row per (finding, figure), header row first; a finding
 * without any figure keeps one row. Texts are the page's (rule title, labels, message); years and
 * values are number cells.
 */
export function findingsCsvRows(findings: readonly Finding[], context: CsvContext): CsvCell[][] {
	const { rules, departmentName, locale } = context;
	const rows = findings.flatMap((f) => {
		const rule = rules.find((r) => r.id === f.rule_id);
		const finding: CsvCell[] = [
			f.id,
			f.rule_id,
			rule ? bilingual(rule.title, locale) : f.rule_id,
			f.severity,
			f.department_id ?? '',
			departmentName(f.department_id),
			f.fiscal_year,
			f.stage ?? '',
			bilingual(f.subject, locale)
		];
		const message = explanation(f, rule, locale);
		const figures = figureRows(f, context);
		return (figures.length ? figures : [NO_FIGURE]).map((cells) => [...finding, ...cells, message]);
	});
	return [[...AUDIT_CSV_COLUMNS], ...rows];
}

/** The CSV file's text: BOM for spreadsheets, text cells neutralised against formula injection. */
export function findingsCsv(findings: readonly Finding[], context: CsvContext): string {
	return CSV_BOM + toCsv(findingsCsvRows(findings, context));
}
