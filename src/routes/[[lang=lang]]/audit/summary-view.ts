import { SEVERITIES, type Finding, type Severity } from '$lib/audit/types';

/**
 * The audit page's summary: counts by department × severity, and the three findings a reader
 * should see first. The rule for "first" (stated on the page): the most severe, then the largest
 * difference relative to the figure it is about (|difference| ÷ the larger |side|), then the
 * finding id, so the choice is the same on every build.
 */
export interface SummaryRow {
	department_id: string | null;
	counts: Record<Severity, number>;
	total: number;
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, note: 0 });

/** One row per department with findings (in first-seen order; no department last), and totals. */
export function severityByDepartment(findings: readonly Finding[]): {
	rows: SummaryRow[];
	totals: SummaryRow;
} {
	const rows = new Map<string | null, SummaryRow>();
	const totals: SummaryRow = { department_id: null, counts: zero(), total: 0 };
	for (const f of findings) {
		const row = rows.get(f.department_id) ?? { department_id: f.department_id, counts: zero(), total: 0 };
		row.counts[f.severity]++;
		row.total++;
		totals.counts[f.severity]++;
		totals.total++;
		rows.set(f.department_id, row);
	}
	const ordered = [...rows.values()].sort(
		(a, b) => Number(a.department_id === null) - Number(b.department_id === null)
	);
	return { rows: ordered, totals };
}

/** |difference| relative to the larger side (0 when there is no difference or no figure). */
export function relativeDifference(f: Finding): number {
	if (f.difference === null) return 0;
	const scale = Math.max(Math.abs(f.left.value ?? 0), Math.abs(f.right.value ?? 0));
	return scale > 0 ? Math.abs(f.difference) / scale : 0;
}

/** The `count` most important findings by the rule above. */
export function topFindings(findings: readonly Finding[], count = 3): Finding[] {
	const rank = (s: Severity) => SEVERITIES.indexOf(s);
	return [...findings]
		.sort(
			(a, b) =>
				rank(a.severity) - rank(b.severity) ||
				relativeDifference(b) - relativeDifference(a) ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		)
		.slice(0, count);
}
