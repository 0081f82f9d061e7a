// Imported facts beside the facts already held: never overwritten, never silently doubled.
// The same key again is a duplicate (left out, said); the same fact from another place or source
// is a restatement, kept with is_primary = false so dashboards show one row and the audit compares.
import { TABLES, primaryGroup, type TableName } from '../model/index';

export { primaryGroup };
import type { ContractRow } from './types';

/**
 * Cells joined by U+0001 (a control character the contract never holds): exact and compact.
 * Array.join makes one flat string; `+=` would keep a rope of every cell alive per key.
 */
function keyOf(columns: readonly string[], row: ContractRow): string {
	return columns.map((column) => row[column] ?? '').join('\u0001');
}

export interface MergeOutcome {
	/** Rows to add, in order, is_primary settled. */
	readonly added: ContractRow[];
	/** Rows left out because the same key is already held (with the held row). */
	readonly duplicates: { readonly row: ContractRow; readonly existing: ContractRow }[];
	/** Rows added as restatements of a fact already held (is_primary set to false). */
	restatements: number;
	/** Restatements whose value differs from the primary row's (both kept as stated). */
	readonly disagreements: { readonly row: ContractRow; readonly primary: string }[];
}

/** The column holding a table's figure, for comparing a restatement with the primary row. */
const VALUE_COLUMN: Partial<Record<TableName, string>> = {
	spending: 'amount',
	environment: 'value',
	regional_finance: 'value',
	staffing: 'value',
	activities: 'value'
};

function sameFigure(a: string, b: string): boolean {
	return a === b || (a !== '' && b !== '' && Number(a) === Number(b));
}

/** Incremental merge for one table: feed held rows first, then imported rows in any number of batches. */
export class TableMerger {
	private readonly keyColumns: readonly string[];
	private readonly group: readonly string[] | null;
	private readonly byKey = new Map<string, ContractRow | string>();
	/** Group key → the primary row's figure (or '' where the table has none). */
	private readonly primaryGroups = new Map<string, string>();
	private readonly valueColumn: string | undefined;

	constructor(readonly table: TableName) {
		this.keyColumns = TABLES[table].primaryKey;
		this.group = primaryGroup(table);
		this.valueColumn = VALUE_COLUMN[table];
	}

	/** Rows already in the data: their keys and primaries count, they are not added again. */
	hold(rows: readonly ContractRow[]): void {
		for (const row of rows) {
			this.byKey.set(keyOf(this.keyColumns, row), row);
			if (this.group !== null && row['is_primary'] === 'true')
				this.primaryGroups.set(keyOf(this.group, row), this.figure(row));
		}
	}

	/** Imported rows: new keys are added (a second row of a held fact as a restatement). */
	private figure(row: ContractRow): string {
		return this.valueColumn === undefined ? '' : (row[this.valueColumn] ?? '');
	}

	add(
		rows: readonly ContractRow[],
		outcome: MergeOutcome = { added: [], duplicates: [], restatements: 0, disagreements: [] }
	): MergeOutcome {
		for (const row of rows) {
			const key = keyOf(this.keyColumns, row);
			const held = this.byKey.get(key);
			if (held !== undefined) {
				const existing = typeof held === 'string' ? { locator: row['locator'] ?? '' } : held;
				outcome.duplicates.push({ row, existing });
				continue;
			}
			let settled = row;
			if (this.group !== null && row['is_primary'] === 'true') {
				const groupKey = keyOf(this.group, row);
				const primary = this.primaryGroups.get(groupKey);
				if (primary !== undefined) {
					settled = { ...row, is_primary: 'false' };
					outcome.restatements++;
					if (!sameFigure(primary, this.figure(row))) outcome.disagreements.push({ row, primary });
				} else this.primaryGroups.set(groupKey, this.figure(row));
			}
			// Imported rows are remembered by key only: a 10^6-row import keeps keys, not rows.
			this.byKey.set(key, '');
			outcome.added.push(settled);
		}
		return outcome;
	}
}
