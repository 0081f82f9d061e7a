import type { Query } from './query';

/** Provenance columns every fact query returns, so each figure can open its citation. */
const PROVENANCE = 'source_id, locator, excerpt, derivation, formula';

const SPENDING_COLUMNS = `department_id, fiscal_year, line_id, parent_line_id, parent_relation, line_zh, line_en,
	category, stage, amount, amount_decimals, amount_wan, unit, share_pct_stated, ${PROVENANCE}`;

/** Every primary spending row of one department: all lines, years and stages, with the hierarchy. */
export function spendingLines(departmentId: string): Query {
	return {
		sql: `SELECT ${SPENDING_COLUMNS}
		      FROM spending
		      WHERE department_id = ? AND is_primary
		      ORDER BY fiscal_year, line_id, stage`,
		params: [departmentId],
		scope: { department_id: departmentId }
	};
}

/** Every primary 三公经费 row (the total and its parts) of every department, for comparison. */
export function threePublicRows(): Query {
	return {
		sql: `SELECT ${SPENDING_COLUMNS}
		      FROM spending
		      WHERE category = 'three_public' AND is_primary
		      ORDER BY department_id, fiscal_year, stage, line_id`,
		params: []
	};
}

/** Headline lines each department page and the side-by-side table show. */
export const HEADLINE_LINES = ['total', 'basic', 'project', 'three_public'] as const;

/** The headline lines of every department, all years and stages. */
export function headlineRows(): Query {
	return {
		sql: `SELECT ${SPENDING_COLUMNS}
		      FROM spending
		      WHERE is_primary AND line_id IN (?, ?, ?, ?)
		      ORDER BY department_id, fiscal_year, stage, line_id`,
		params: [...HEADLINE_LINES]
	};
}
