import { columnOf, keyText, parsedAll } from './keys';
import {
	comparatorMismatch,
	extraPrimary,
	formulaMissing,
	formulaUnexpected,
	noPrimary,
	pairIncomplete
} from './messages-rows';
import type { Problem } from './problems';
import { checkCodeHierarchy } from './rules-codes';
import { problemAt, type ParsedRow, type TableRead } from './read-table';
import type { TableRule } from './schema';

function formulaIffDerived(read: TableRead): Problem[] {
	const problems: Problem[] = [];
	for (const row of read.rows) {
		if (!parsedAll(row, ['derivation', 'formula'])) continue;
		const where = { file: read.file, line: row.line, column: columnOf(read, 'formula') };
		const derived = row.values['derivation'] === 'derived';
		const formula = row.values['formula'] ?? null;
		if (derived && formula === null) problems.push(problemAt(where, formulaMissing()));
		if (!derived && formula !== null) problems.push(problemAt(where, formulaUnexpected()));
	}
	return problems;
}

/** Rows grouped by `names`, in file order; rows where a `needed` cell did not parse are left out. */
function groupRows(read: TableRead, by: { names: readonly string[]; needed: readonly string[] }) {
	const { names, needed } = by;
	const groups = new Map<string, ParsedRow[]>();
	for (const row of read.rows) {
		if (!parsedAll(row, needed)) continue;
		const id = JSON.stringify(names.map((name) => row.values[name] ?? null));
		groups.set(id, [...(groups.get(id) ?? []), row]);
	}
	return groups;
}

/** A row whose cells did not all parse might be the missing primary row of the group. */
function mayBePrimary(
	row: ParsedRow,
	group: { first: ParsedRow; names: readonly string[]; flag: string }
): boolean {
	const { first, names, flag } = group;
	const flagged = row.invalid.has(flag) || row.values[flag] === true;
	const inGroup = names.every((name) => row.invalid.has(name) || row.values[name] === first.values[name]);
	return flagged && inGroup;
}

function oneTrue(read: TableRead, rule: { column: string; group: readonly string[] }): Problem[] {
	const { column, group } = rule;
	const problems: Problem[] = [];
	const where = (row: ParsedRow) => ({
		file: read.file,
		line: row.line,
		column: columnOf(read, column)
	});
	const unparsed = read.rows.filter((row) => !parsedAll(row, [...group, column]));
	for (const rows of groupRows(read, { names: group, needed: [...group, column] }).values()) {
		const [first] = rows;
		if (first === undefined) continue;
		const [firstTrue, ...extra] = rows.filter((row) => row.values[column] === true);
		const scope = keyText(first, group);
		const maybe = unparsed.some((row) => mayBePrimary(row, { first, names: group, flag: column }));
		if (firstTrue === undefined && !maybe) {
			const lines = rows.map((row) => row.line);
			problems.push(problemAt(where(first), noPrimary({ column, group: scope, lines })));
		}
		for (const row of extra) {
			problems.push(
				problemAt(where(row), extraPrimary({ column, group: scope, firstLine: firstTrue?.line ?? row.line }))
			);
		}
	}
	return problems;
}

function exactlyOneTrue(read: TableRead, column: string): Problem[] {
	const candidates = read.rows.filter((row) => parsedAll(row, [column]));
	if (candidates.some((row) => row.values[column] === true)) return oneTrue(read, { column, group: [] });
	return [problemAt({ file: read.file, line: null }, noPrimary({ column, group: '', lines: [] }))];
}

function comparatorMatchesMeasure(read: TableRead): Problem[] {
	const problems: Problem[] = [];
	for (const row of read.rows) {
		if (!parsedAll(row, ['measure', 'comparator'])) continue;
		const measure = String(row.values['measure']);
		const comparator = String(row.values['comparator']);
		const fits = measure === 'observed' ? comparator === '=' : comparator !== '=';
		if (fits) continue;
		const where = { file: read.file, line: row.line, column: columnOf(read, 'comparator') };
		problems.push(problemAt(where, comparatorMismatch(comparator, measure)));
	}
	return problems;
}

function bothOrNeither(read: TableRead, [a, b]: readonly [string, string]): Problem[] {
	const problems: Problem[] = [];
	for (const row of read.rows) {
		if (!parsedAll(row, [a, b])) continue;
		const hasA = (row.values[a] ?? null) !== null;
		const hasB = (row.values[b] ?? null) !== null;
		if (hasA === hasB) continue;
		const [empty, filled] = hasA ? [b, a] : [a, b];
		const where = { file: read.file, line: row.line, column: columnOf(read, empty) };
		problems.push(problemAt(where, pairIncomplete(empty, filled)));
	}
	return problems;
}

function checkRule(read: TableRead, rule: TableRule): Problem[] {
	switch (rule.kind) {
		case 'formula_iff_derived':
			return formulaIffDerived(read);
		case 'exactly_one_true':
			return exactlyOneTrue(read, rule.column);
		case 'one_true_per_group':
			return oneTrue(read, rule);
		case 'comparator_matches_measure':
			return comparatorMatchesMeasure(read);
		case 'both_or_neither':
			return bothOrNeither(read, rule.columns);
		case 'code_hierarchy':
			return checkCodeHierarchy(read, rule);
	}
}

export function checkRules(read: TableRead): Problem[] {
	return read.table.rules.flatMap((rule) => checkRule(read, rule));
}
