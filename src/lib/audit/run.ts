import type { QueryRunner, Row } from '$lib/queries/query';
import { RULES } from './rules';
import { auditCoverage } from './coverage';
import {
	FINDING_COLUMNS,
	SEVERITIES,
	TOPICS,
	type AuditDigest,
	type AuditResult,
	type AuditRule,
	type Finding,
	type FindingRef,
	type FindingSide,
	type RuleFailure,
	type Severity,
	type Topic,
	type Touch
} from './types';

function text(value: unknown): string | null {
	return value === null || value === undefined ? null : String(value);
}

function num(value: unknown): number | null {
	if (typeof value === 'bigint') return Number(value);
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function side(row: Row, prefix: 'left' | 'right'): FindingSide {
	return {
		label: { zh: text(row[`${prefix}_label_zh`]) ?? '', en: text(row[`${prefix}_label_en`]) ?? '' },
		value: num(row[`${prefix}_value`]),
		unit: text(row[`${prefix}_unit`]),
		decimals: num(row[`${prefix}_decimals`]),
		source_id: text(row[`${prefix}_source_id`]),
		locator: text(row[`${prefix}_locator`]),
		excerpt: text(row[`${prefix}_excerpt`]),
		formula: prefix === 'right' ? text(row.right_formula) : null
	};
}

/** `source_id TAB locator TAB value` → Touch (value empty or not a number → null). */
export function parseTouch(entry: string): Touch | null {
	const [source_id, locator, value] = entry.split('\t');
	if (!source_id || locator === undefined) return null;
	const parsed = value === undefined || value === '' ? NaN : Number(value);
	return { source_id, locator, value: Number.isFinite(parsed) ? parsed : null };
}

function touchesOf(row: Row, left: FindingSide, right: FindingSide): Touch[] {
	if (Array.isArray(row.touches)) {
		return row.touches.flatMap((entry) => {
			const touch = typeof entry === 'string' ? parseTouch(entry) : null;
			return touch ? [touch] : [];
		});
	}
	// Default: the two compared figures (a derived right side has no single citation of its own).
	const sides = right.formula === null ? [left, right] : [left];
	return sides.flatMap((s) =>
		s.source_id && s.locator ? [{ source_id: s.source_id, locator: s.locator, value: s.value }] : []
	);
}

/** FNV-1a, for short stable ids from the compared locators. */
function hash(input: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < input.length; i++) {
		h ^= input.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

function findingId(rule: string, row: Row): string {
	const key = [row.department_id, row.fiscal_year, row.stage, row.subject_key, row.variant]
		.map((part) => (part === null || part === undefined ? '' : String(part)))
		.join('-');
	const slug = `${rule}-${key}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
	return `${slug}-${hash(`${String(row.left_locator)}|${String(row.right_locator)}`)}`;
}

/** Shapes one rule's result row into a Finding. */
export function toFinding(rule: AuditRule, row: Row): Finding {
	const left = side(row, 'left');
	const right = side(row, 'right');
	const extraLabel = text(row.extra_label_zh);
	return {
		id: findingId(rule.id, row),
		rule_id: rule.id,
		severity: oneOf<Severity>(row.severity, SEVERITIES, rule.severity),
		variant: text(row.variant) ?? Object.keys(rule.explain)[0] ?? '',
		topic: oneOf<Topic>(row.topic, TOPICS, 'spending'),
		department_id: text(row.department_id),
		fiscal_year: num(row.fiscal_year),
		stage: text(row.stage),
		subject_key: text(row.subject_key) ?? '',
		subject: { zh: text(row.subject_zh) ?? '', en: text(row.subject_en) ?? '' },
		left,
		right,
		difference: num(row.difference),
		tolerance: num(row.tolerance),
		extra:
			extraLabel === null && num(row.extra_value) === null
				? null
				: {
						label: { zh: extraLabel ?? '', en: text(row.extra_label_en) ?? '' },
						value: num(row.extra_value),
						unit: text(row.extra_unit),
						decimals: num(row.extra_decimals)
					},
		touches: touchesOf(row, left, right)
	};
}

/** The columns a rule's result lacks (a hand-written rule gets told exactly what is missing). */
export function missingColumns(row: Row): string[] {
	return FINDING_COLUMNS.filter((column) => !(column in row));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function compareFindings(order: Map<string, number>) {
	return (a: Finding, b: Finding) =>
		SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
		(order.get(a.rule_id) ?? 0) - (order.get(b.rule_id) ?? 0) ||
		(a.department_id ?? '').localeCompare(b.department_id ?? '') ||
		(b.fiscal_year ?? 0) - (a.fiscal_year ?? 0) ||
		a.id.localeCompare(b.id);
}

async function runRule(run: QueryRunner, rule: AuditRule): Promise<Finding[] | RuleFailure> {
	try {
		const rows = await run({ sql: rule.sql, params: [] });
		const missing = rows[0] ? missingColumns(rows[0]) : [];
		if (missing.length > 0) {
			return { rule_id: rule.id, message: `missing columns: ${missing.join(', ')}` };
		}
		return rows.map((row) => toFinding(rule, row));
	} catch (error) {
		return { rule_id: rule.id, message: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * Runs every rule over whatever tables the runner sees, then (unless `coverage: false`) every
 * rule's coverage statement. Rules run one after another (one connection); a rule that fails is
 * reported, the others still run.
 */
export async function runAudit(
	run: QueryRunner,
	rules: readonly AuditRule[] = RULES,
	options: { coverage?: boolean } = {}
): Promise<AuditResult> {
	const findings: Finding[] = [];
	const failures: RuleFailure[] = [];
	for (const rule of rules) {
		const result = await runRule(run, rule);
		if (Array.isArray(result)) findings.push(...result);
		else failures.push(result);
	}
	const order = new Map(rules.map((rule, index) => [rule.id, index]));
	const covered =
		options.coverage === false ? { coverage: [], failures: [] } : await auditCoverage(run, rules);
	return {
		findings: findings.sort(compareFindings(order)),
		failures: [...failures, ...covered.failures],
		coverage: covered.coverage
	};
}

/** The compact digest dashboards need to badge figures (titles once per rule, not per finding). */
export function auditDigest(findings: readonly Finding[], rules: readonly AuditRule[] = RULES): AuditDigest {
	const refs: FindingRef[] = findings.map((f) => ({
		id: f.id,
		rule_id: f.rule_id,
		severity: f.severity,
		topic: f.topic,
		department_id: f.department_id,
		fiscal_year: f.fiscal_year,
		touches: f.touches
	}));
	const titles: AuditDigest['titles'] = {};
	for (const rule of rules) titles[rule.id] = rule.title;
	return { refs, titles };
}

/** Findings per rule id, for the summary table. */
export function countByRule(findings: readonly Finding[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const f of findings) counts[f.rule_id] = (counts[f.rule_id] ?? 0) + 1;
	return counts;
}
