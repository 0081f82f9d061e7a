import type { QueryRunner, Row } from '$lib/queries/query';
import {
	COVERAGE_COLUMNS,
	type AuditRule,
	type Bilingual,
	type CoverageLine,
	type RuleFailure
} from './types';

function texts(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	return [
		...new Set(value.flatMap((entry) => (typeof entry === 'string' && entry !== '' ? [entry] : [])))
	].sort();
}

function years(value: unknown): number[] {
	if (!Array.isArray(value)) return [];
	const numbers = value.flatMap((entry) => {
		const n = typeof entry === 'bigint' ? Number(entry) : entry;
		return typeof n === 'number' && Number.isFinite(n) ? [n] : [];
	});
	return [...new Set(numbers)].sort((a, b) => a - b);
}

function count(value: unknown): number {
	if (typeof value === 'bigint') return Number(value);
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function bilingual(row: Row, prefix: string): Bilingual | null {
	const zh = row[`${prefix}_zh`];
	const en = row[`${prefix}_en`];
	if (typeof zh !== 'string' || typeof en !== 'string') return null;
	return { zh, en };
}

/** Shapes one coverage row (see COVERAGE_COLUMNS). */
export function toCoverageLine(ruleId: string, row: Row): CoverageLine {
	return {
		rule_id: ruleId,
		status: row.status === 'not_compared' ? 'not_compared' : 'compared',
		what: bilingual(row, 'what') ?? { zh: '', en: '' },
		n: count(row.n),
		departments: texts(row.departments),
		years: years(row.years),
		tables: texts(row.tables),
		reason: bilingual(row, 'reason')
	};
}

/**
 * A rule's coverage lines. Lines with n = 0 are dropped: a kind of comparison the data give no
 * occasion for is not a gap (the page says "nothing to compare" when a rule has no line at all).
 */
export async function ruleCoverage(run: QueryRunner, rule: AuditRule): Promise<CoverageLine[] | RuleFailure> {
	if (rule.coverage === undefined) return [];
	try {
		const rows = await run({ sql: rule.coverage, params: [] });
		const missing = rows[0] ? COVERAGE_COLUMNS.filter((column) => !(column in rows[0]!)) : [];
		if (missing.length > 0)
			return { rule_id: rule.id, message: `coverage: missing columns: ${missing.join(', ')}` };
		return rows.map((row) => toCoverageLine(rule.id, row)).filter((line) => line.n > 0);
	} catch (error) {
		return {
			rule_id: rule.id,
			message: `coverage: ${error instanceof Error ? error.message : String(error)}`
		};
	}
}

/** Every rule's coverage lines, in rule order, and the coverage statements that failed. */
export async function auditCoverage(
	run: QueryRunner,
	rules: readonly AuditRule[]
): Promise<{ coverage: CoverageLine[]; failures: RuleFailure[] }> {
	const coverage: CoverageLine[] = [];
	const failures: RuleFailure[] = [];
	for (const rule of rules) {
		const lines = await ruleCoverage(run, rule);
		if (Array.isArray(lines)) coverage.push(...lines);
		else failures.push(lines);
	}
	return { coverage, failures };
}

/** A source's table: `source_id · file / sheet` (the locator up to its row), for coverage lists. */
export const TABLE_OF = (alias: string) =>
	`${alias}.source_id || ' · ' || coalesce(nullif(regexp_extract(${alias}.locator, '^(.*?) / R[0-9]+ /', 1), ''), split_part(${alias}.locator, ' / ', 1))`;

/**
 * A coverage row: `what` counted over `from` (a FROM … WHERE clause whose rows have
 * department_id, fiscal_year and the `table` expression).
 */
export function coverageRow(args: {
	status: 'compared' | 'not_compared';
	what: Bilingual;
	from: string;
	count?: string;
	department?: string;
	year?: string;
	table?: string;
	reason?: Bilingual;
}): string {
	const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
	return `SELECT ${quote(args.status)} AS status, ${quote(args.what.zh)} AS what_zh, ${quote(args.what.en)} AS what_en,
       ${args.count ?? 'count(*)'}::INTEGER AS n,
       list_sort(list_distinct(list(${args.department ?? 'department_id'}))) AS departments,
       list_sort(list_distinct(list(${args.year ?? 'fiscal_year'}))) AS years,
       list_sort(list_distinct(list(${args.table ?? 'NULL::VARCHAR'}))) AS tables,
       ${args.reason ? quote(args.reason.zh) : 'NULL::VARCHAR'} AS reason_zh,
       ${args.reason ? quote(args.reason.en) : 'NULL::VARCHAR'} AS reason_en
${args.from}`;
}
