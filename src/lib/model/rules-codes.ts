import { columnOf, parsedAll } from './keys';
import { codeHierarchy } from './messages-rows';
import type { Problem } from './problems';
import { problemAt, type ParsedRow, type TableRead } from './read-table';

interface CodeRule {
	readonly column: string;
	readonly idColumn: string;
	readonly parentColumn: string;
	readonly scope: readonly string[];
}

interface CodedParent {
	readonly codes: Set<string>;
	readonly firstLine: number;
}

function scopeKey(row: ParsedRow, names: readonly string[]): string {
	return JSON.stringify(names.map((name) => row.values[name] ?? null));
}

/** scope + id → the codes its rows carry (rows without a code do not count). */
function codedParents(read: TableRead, rule: CodeRule): Map<string, CodedParent> {
	const parents = new Map<string, CodedParent>();
	for (const row of read.rows) {
		const code = row.values[rule.column];
		if (typeof code !== 'string' || !parsedAll(row, [...rule.scope, rule.idColumn])) continue;
		const key = `${scopeKey(row, rule.scope)}|${String(row.values[rule.idColumn])}`;
		const parent = parents.get(key) ?? { codes: new Set<string>(), firstLine: row.line };
		parent.codes.add(code);
		parents.set(key, parent);
	}
	return parents;
}

/** A coded row under a coded parent: the parent's code is the child's without its last two digits. */
export function checkCodeHierarchy(read: TableRead, rule: CodeRule): Problem[] {
	const parents = codedParents(read, rule);
	const problems: Problem[] = [];
	for (const row of read.rows) {
		const code = row.values[rule.column];
		const parentId = row.values[rule.parentColumn];
		if (typeof code !== 'string' || typeof parentId !== 'string') continue;
		if (!parsedAll(row, rule.scope)) continue;
		const parent = parents.get(`${scopeKey(row, rule.scope)}|${parentId}`);
		if (parent === undefined || parent.codes.has(code.slice(0, -2))) continue;
		const issue = codeHierarchy({
			column: rule.column,
			code,
			parent: parentId,
			parentColumn: rule.parentColumn,
			parentCodes: [...parent.codes].sort(),
			parentLine: parent.firstLine
		});
		problems.push(problemAt({ file: read.file, line: row.line, column: columnOf(read, rule.column) }, issue));
	}
	return problems;
}
