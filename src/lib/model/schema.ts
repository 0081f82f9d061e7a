import type { TableName } from './names';

/** Contract types of a cell. Empty cell = null; only `nullable` columns may be null. */
export type ColumnType = 'text' | 'int' | 'decimal' | 'bool';

export interface Bilingual {
	readonly zh: string;
	readonly en: string;
}

/** A format a text cell must follow, described for the reader of an error message. */
export interface PatternRule {
	readonly regex: RegExp;
	readonly example: string;
	readonly zh: string;
	readonly en: string;
}

/**
 * `column` of this row must exist in `table.column`. With `scope`, the target row must also
 * agree on those columns (e.g. a parent line of the same department).
 */
export interface ForeignKey {
	readonly table: TableName;
	readonly column: string;
	readonly scope?: readonly string[];
}

export interface ColumnDef {
	readonly name: string;
	readonly type: ColumnType;
	/** Absent = required. */
	readonly nullable?: true;
	/** Enum: the only allowed values. */
	readonly values?: readonly string[];
	readonly references?: ForeignKey;
	readonly zh: string;
	readonly en: string;
	/** The unit when it is the same for every row (`%`, `分`). */
	readonly unit?: string;
	/** The column of the same row that holds this value's unit. */
	readonly unitColumn?: string;
	/** Maximum length in characters (Unicode code points). */
	readonly maxChars?: number;
	readonly pattern?: PatternRule;
	/** Inclusive bounds for int columns (catches `22` for `2022`). */
	readonly range?: { readonly min: number; readonly max: number };
}

/** Identity helper that keeps the literal types of a column for row typing. */
export function col<const C extends ColumnDef>(column: C): C {
	return column;
}

/** Checks that involve more than one cell of a row or more than one row. */
export type TableRule =
	/** `formula` is required when `derivation` = derived and must be empty otherwise. */
	| { readonly kind: 'formula_iff_derived' }
	/** Exactly one row of the table has `column` = true. */
	| { readonly kind: 'exactly_one_true'; readonly column: string }
	/** Exactly one row per group has `column` = true. */
	| {
			readonly kind: 'one_true_per_group';
			readonly column: string;
			readonly group: readonly string[];
	  }
	/** `comparator` is `=` for observed values and `<=` / `>=` for targets and limits. */
	| { readonly kind: 'comparator_matches_measure' }
	/** Both cells are filled or both are empty. */
	| { readonly kind: 'both_or_neither'; readonly columns: readonly [string, string] }
	/**
	 * A coded row under a coded parent: the parent's `column` is the child's without its last two
	 * digits (2110301 under 21103 under 211). The parent is the row of the same `scope` whose
	 * `idColumn` is this row's `parentColumn`.
	 */
	| {
			readonly kind: 'code_hierarchy';
			readonly column: string;
			readonly idColumn: string;
			readonly parentColumn: string;
			readonly scope: readonly string[];
	  };

export interface TableDef {
	readonly name: TableName;
	readonly zh: string;
	readonly en: string;
	readonly columns: readonly ColumnDef[];
	readonly primaryKey: readonly string[];
	readonly rules: readonly TableRule[];
	/**
	 * Hive partition columns of the built files (`spending/department_id=<id>/…`); [] keeps the table
	 * in one file. Each must be an id column: its values name folders.
	 */
	readonly partitionBy: readonly string[];
}

/** Identity helper that keeps the literal types of a table for row typing. */
export function table<const T extends TableDef>(definition: T): T {
	return definition;
}
