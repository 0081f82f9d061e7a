// Table rules, checked as rows stream by. Checks within a row report at once; the is_primary
// groups keep per group only what their messages need, and forget a group's lines once it has
// its primary row.
import { KeyTable } from './key-table';
import { columnOf, keyOf, keyText, parsedAll } from './keys';
import {
	comparatorMismatch,
	extraPrimary,
	formulaMissing,
	formulaUnexpected,
	noPrimary,
	pairIncomplete
} from './messages-rows';
import type { Issue } from './issue';
import type { Problem } from './problems';
import { CodeHierarchyCheck } from './rules-codes';
import { problemAt, type ParsedRow, type TableContext } from './read-table';
import type { CellValue } from './rows';
import type { TableRule } from './schema';

/** A rule's state across rows: `row` for each parsed row in file order, `finish` once at the end. */
export interface RowCheck {
	row(row: ParsedRow): void;
	finish(): void;
}

/** Report `issue` at a row's line and `column`, or for the whole file (`at` null). */
type Report = (at: { readonly line: number } | null, column: string, issue: Issue) => void;

function reporter(read: TableContext, problems: Problem[]): Report {
	return (at, column, issue) => {
		const where = {
			file: read.file,
			line: at?.line ?? null,
			column: at === null ? null : columnOf(read, column)
		};
		problems.push(problemAt(where, issue));
	};
}

function perRow(check: (row: ParsedRow) => void): RowCheck {
	return { row: check, finish: () => {} };
}

function formulaIffDerived(report: Report): RowCheck {
	return perRow((row) => {
		if (!parsedAll(row, ['derivation', 'formula'])) return;
		const derived = row.values['derivation'] === 'derived';
		const formula = row.values['formula'] ?? null;
		if (derived && formula === null) report(row, 'formula', formulaMissing());
		if (!derived && formula !== null) report(row, 'formula', formulaUnexpected());
	});
}

function comparatorMatchesMeasure(report: Report): RowCheck {
	return perRow((row) => {
		if (!parsedAll(row, ['measure', 'comparator'])) return;
		const measure = String(row.values['measure']);
		const comparator = String(row.values['comparator']);
		const fits = measure === 'observed' ? comparator === '=' : comparator !== '=';
		if (!fits) report(row, 'comparator', comparatorMismatch(comparator, measure));
	});
}

function bothOrNeither(report: Report, [a, b]: readonly [string, string]): RowCheck {
	return perRow((row) => {
		if (!parsedAll(row, [a, b])) return;
		const hasA = (row.values[a] ?? null) !== null;
		const hasB = (row.values[b] ?? null) !== null;
		if (hasA === hasB) return;
		const [empty, filled] = hasA ? [b, a] : [a, b];
		report(row, empty, pairIncomplete(empty, filled));
	});
}

/** A group still without its primary row: what noPrimary and mayBePrimary need. */
interface OpenGroup {
	readonly first: ParsedRow;
	readonly values: readonly CellValue[];
	readonly lines: number[];
}

/**
 * Exactly one row per group has `column` = true. A group maps to the line of its first true row
 * once it has one, else to what its noPrimary message needs. Rows whose cells did not parse are
 * kept aside (they have problems already): one of them might be the missing primary row.
 */
class OneTrueCheck implements RowCheck {
	/** Groups with their primary row: the line of their first true row. */
	private readonly closed = new KeyTable();
	/** Groups still without one, in order of their first row. */
	private readonly open = new Map<string, OpenGroup>();
	private readonly unparsed: ParsedRow[] = [];
	private anyTrue = false;

	constructor(
		private readonly report: Report,
		private readonly rule: { column: string; group: readonly string[]; wholeTable: boolean }
	) {}

	row(row: ParsedRow): void {
		const { column, group } = this.rule;
		if (!parsedAll(row, [...group, column])) {
			this.unparsed.push(row);
			return;
		}
		const id = keyOf(row, group);
		const flagged = row.values[column] === true;
		if (flagged) this.anyTrue = true;
		const firstTrue = this.closed.get(id);
		if (firstTrue !== 0) {
			if (flagged)
				this.report(row, column, extraPrimary({ column, group: keyText(row, group), firstLine: firstTrue }));
			return;
		}
		const state = this.open.get(id);
		if (flagged) {
			this.closed.set(id, row.line);
			this.open.delete(id);
		} else if (state === undefined) {
			const values = group.map((name) => row.values[name] ?? null);
			this.open.set(id, { first: row, values, lines: [row.line] });
		} else {
			state.lines.push(row.line);
		}
	}

	finish(): void {
		const { column, group, wholeTable } = this.rule;
		if (wholeTable && !this.anyTrue) {
			this.report(null, column, noPrimary({ column, group: '', lines: [] }));
			return;
		}
		for (const state of this.open.values()) {
			if (this.mayHavePrimary(state)) continue;
			const lines = state.lines;
			this.report(state.first, column, noPrimary({ column, group: keyText(state.first, group), lines }));
		}
	}

	private mayHavePrimary(state: OpenGroup): boolean {
		const { column, group } = this.rule;
		return this.unparsed.some((row) => {
			const flagged = row.invalid.has(column) || row.values[column] === true;
			return (
				flagged && group.every((name, i) => row.invalid.has(name) || row.values[name] === state.values[i])
			);
		});
	}
}

function ruleCheck(read: TableContext, rule: TableRule, report: Report): RowCheck {
	switch (rule.kind) {
		case 'formula_iff_derived':
			return formulaIffDerived(report);
		case 'exactly_one_true':
			return new OneTrueCheck(report, { column: rule.column, group: [], wholeTable: true });
		case 'one_true_per_group':
			return new OneTrueCheck(report, { ...rule, wholeTable: false });
		case 'comparator_matches_measure':
			return comparatorMatchesMeasure(report);
		case 'both_or_neither':
			return bothOrNeither(report, rule.columns);
		case 'code_hierarchy':
			return new CodeHierarchyCheck(read, rule, report);
	}
}

/** The table's rules, in the contract's order, each reporting into `problems`. */
export function ruleChecks(read: TableContext, problems: Problem[]): RowCheck[] {
	const report = reporter(read, problems);
	return read.table.rules.map((rule) => ruleCheck(read, rule, report));
}

export type { Report };
