/**
 * The audit's data shapes. A rule is data: plain-language texts plus one SQL statement over the
 * contract tables that returns finding rows with the fixed columns below. The same rules run at
 * build time (Node DuckDB) and in the browser (DuckDB-wasm).
 */

export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The five families of the issue: totals, rates, restated facts, scoring, and further checks. */
export const RULE_FAMILIES = ['totals', 'rates', 'restated', 'scoring', 'extra'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** Which dashboard shows the figure a finding is about (see ui/audit-view `dashboardLink`). */
export const TOPICS = [
	'spending',
	'three_public',
	'projects',
	'environment',
	'staffing',
	'indicators'
] as const;
export type Topic = (typeof TOPICS)[number];

export interface Bilingual {
	zh: string;
	en: string;
}

export interface AuditRule {
	/** snake_case, unique; also the finding's `rule_id`. */
	id: string;
	family: RuleFamily;
	/** The most severe level the rule raises (its rows may say less, e.g. a note). */
	severity: Severity;
	title: Bilingual;
	/** What the rule checks and why, in plain language. */
	description: Bilingual;
	/** How close is close enough, in plain language. */
	tolerance: Bilingual;
	/**
	 * Explanation templates by the row's `variant`. Placeholders: {subject} {year} {stage} {left}
	 * {right} {difference} {tolerance} {left_label} {right_label} {formula} {extra} {extra_label}.
	 */
	explain: Record<string, Bilingual>;
	/** One read-only statement returning finding rows with FINDING_COLUMNS (plus optional ones). */
	sql: string;
	/**
	 * What the rule compared and what it could not compare, as one read-only statement returning
	 * COVERAGE_COLUMNS (one row per kind of comparison or of gap). Without it the page says the rule
	 * does not report its coverage.
	 */
	coverage?: string;
}

/** Columns a rule's coverage statement returns. */
export const COVERAGE_COLUMNS = [
	'status',
	'what_zh',
	'what_en',
	'n',
	'departments',
	'years',
	'tables',
	'reason_zh',
	'reason_en'
] as const;

/**
 * One line of a rule's coverage: `compared` — n comparisons of a kind (sums, rates, restatements)
 * over these departments, years and tables (source · table); `not_compared` — n figures left out
 * and why (e.g. projects without line_id).
 */
export interface CoverageLine {
	rule_id: string;
	status: 'compared' | 'not_compared';
	what: Bilingual;
	n: number;
	departments: string[];
	years: number[];
	tables: string[];
	reason: Bilingual | null;
}

/** Columns every rule's SQL must return, in this order. */
export const FINDING_COLUMNS = [
	'severity',
	'variant',
	'topic',
	'department_id',
	'fiscal_year',
	'stage',
	'subject_key',
	'subject_zh',
	'subject_en',
	'left_label_zh',
	'left_label_en',
	'left_value',
	'left_unit',
	'left_decimals',
	'left_source_id',
	'left_locator',
	'left_excerpt',
	'right_label_zh',
	'right_label_en',
	'right_value',
	'right_unit',
	'right_decimals',
	'right_source_id',
	'right_locator',
	'right_excerpt',
	'right_formula',
	'difference',
	'tolerance'
] as const;

/**
 * Optional columns: `extra_*` is a further figure the explanation may quote (e.g. the line whose
 * amount equals the difference); `touches` lists every figure the finding is about, each as
 * `source_id TAB locator TAB value` (default: the left and right figures).
 */
export const OPTIONAL_FINDING_COLUMNS = [
	'extra_label_zh',
	'extra_label_en',
	'extra_value',
	'extra_unit',
	'extra_decimals',
	'touches'
] as const;

/** One side of a comparison: a figure with its citation (a derived side has a formula). */
export interface FindingSide {
	label: Bilingual;
	value: number | null;
	unit: string | null;
	decimals: number | null;
	source_id: string | null;
	locator: string | null;
	excerpt: string | null;
	formula: string | null;
}

/** A figure a finding is about, to put a badge next to it wherever it is shown. */
export interface Touch {
	source_id: string;
	locator: string;
	value: number | null;
}

export interface Finding {
	/** Stable, URL-safe id (anchor on /audit). */
	id: string;
	rule_id: string;
	severity: Severity;
	variant: string;
	topic: Topic;
	department_id: string | null;
	fiscal_year: number | null;
	stage: string | null;
	subject_key: string;
	subject: Bilingual;
	left: FindingSide;
	right: FindingSide;
	difference: number | null;
	tolerance: number | null;
	extra: { label: Bilingual; value: number | null; unit: string | null; decimals: number | null } | null;
	touches: Touch[];
}

/** The compact form the dashboards get, enough to badge a figure and link to the finding. */
export interface FindingRef {
	id: string;
	rule_id: string;
	severity: Severity;
	/** The dashboard the finding's figure is on, for the headline's count of the page's findings. */
	topic: Topic;
	department_id: string | null;
	fiscal_year: number | null;
	touches: Touch[];
}

/** Everything the dashboards get from the audit: the finding references and the rules' titles. */
export interface AuditDigest {
	refs: FindingRef[];
	titles: Record<string, Bilingual>;
}

export interface RuleFailure {
	rule_id: string;
	message: string;
}

export interface AuditResult {
	findings: Finding[];
	failures: RuleFailure[];
	/** Every rule's coverage lines, in rule order (rules without a coverage statement have none). */
	coverage: CoverageLine[];
}
