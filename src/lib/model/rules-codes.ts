import { detached, parsedAll } from './keys';
import { codeHierarchy } from './messages-rows';
import type { ParsedRow, TableContext } from './read-table';
import type { CellValue } from './rows';
import type { Report, RowCheck } from './rules';

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

/** scope values and a line id as one flat string (see keyOf). */
function parentKey(row: ParsedRow, scope: readonly string[], id: CellValue): string {
	return JSON.stringify([...scope.map((name) => row.values[name] ?? null), id]);
}

/** A coded child whose parent did not (yet) carry the code's prefix. */
interface Waiting {
	readonly line: number;
	readonly key: string;
	readonly code: string;
	readonly parentId: string;
}

/**
 * A coded row under a coded parent: the parent's code is the child's without its last two digits.
 * Parents' codes grow as rows stream by, so a child is settled at once when its parent already
 * has the prefix, and otherwise checked at the end against all the parent's codes.
 */
export class CodeHierarchyCheck implements RowCheck {
	/** scope + id → the codes its rows carry (rows without a code do not count). */
	private readonly parents = new Map<string, CodedParent>();
	private readonly waiting: Waiting[] = [];

	constructor(
		_read: TableContext,
		private readonly rule: CodeRule,
		private readonly report: Report
	) {}

	row(row: ParsedRow): void {
		const { column, idColumn, parentColumn, scope } = this.rule;
		const code = row.values[column];
		if (typeof code === 'string' && parsedAll(row, [...scope, idColumn])) {
			const key = parentKey(row, scope, row.values[idColumn] ?? null);
			const parent = this.parents.get(key) ?? { codes: new Set<string>(), firstLine: row.line };
			if (!parent.codes.has(code)) parent.codes.add(detached(code));
			this.parents.set(key, parent);
		}
		const parentId = row.values[parentColumn];
		if (typeof code !== 'string' || typeof parentId !== 'string' || !parsedAll(row, scope)) return;
		const key = parentKey(row, scope, parentId);
		if (this.parents.get(key)?.codes.has(code.slice(0, -2)) === true) return;
		this.waiting.push({ line: row.line, key, code: detached(code), parentId: detached(parentId) });
	}

	finish(): void {
		const { column, parentColumn } = this.rule;
		for (const { line, key, code, parentId } of this.waiting.splice(0)) {
			const parent = this.parents.get(key);
			if (parent === undefined || parent.codes.has(code.slice(0, -2))) continue;
			const issue = codeHierarchy({
				column,
				code,
				parent: parentId,
				parentColumn,
				parentCodes: [...parent.codes].sort(),
				parentLine: parent.firstLine
			});
			this.report({ line }, column, issue);
		}
	}
}
