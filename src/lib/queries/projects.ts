import type { Query } from './query';

/** Provenance columns, so each figure of a row can open its citation. */
const PROVENANCE = 'source_id, locator, excerpt';

const PROJECT_COLUMNS = `p.department_id, p.fiscal_year, p.project_id, p.line_id, p.name_zh, p.name_en,
  p.competent_dept_zh, p.implementing_dept_zh,
  p.budget_initial, p.budget_initial_decimals, p.budget_initial_wan,
  p.budget_full_year, p.budget_full_year_decimals, p.budget_full_year_wan,
  p.executed, p.executed_decimals, p.executed_wan, p.unit, p.execution_rate_stated, p.execution_rate_stated_decimals,
  p.funding_weight, p.funding_weight_decimals, p.funding_score, p.funding_score_decimals,
  p.total_weight_stated, p.total_weight_stated_decimals, p.total_score_stated, p.total_score_stated_decimals,
  p.goal_zh, p.outcome_zh, p.source_id, p.locator, p.excerpt`;

/** Every project of a department-year (附件3), in the order of the report's tables (表1, 表2, … 表10). */
export function projectRows(departmentId: string, fiscalYear: number): Query {
	return {
		sql: `SELECT ${PROJECT_COLUMNS}
		      FROM projects p
		      WHERE p.department_id = ? AND p.fiscal_year = ? AND p.is_primary
		      ORDER BY try_cast(regexp_extract(p.locator, '表 *([0-9]+)', 1) AS INTEGER) NULLS LAST, p.project_id`,
		params: [departmentId, fiscalYear],
		scope: { department_id: departmentId }
	};
}

/** One project by its department-scoped key. */
export function projectRow(departmentId: string, fiscalYear: number, projectId: string): Query {
	return {
		sql: `SELECT ${PROJECT_COLUMNS}
		      FROM projects p
		      WHERE p.department_id = ? AND p.fiscal_year = ? AND p.project_id = ? AND p.is_primary`,
		params: [departmentId, fiscalYear, projectId],
		scope: { department_id: departmentId }
	};
}

/**
 * The 附件1 spending rows (primary, same department and year) of the lines the projects link to
 * through `projects.line_id`. They are a different table of the report and stay separate figures.
 */
export function projectLineRows(
	departmentId: string,
	fiscalYear: number,
	projectId: string | null = null
): Query {
	return {
		sql: `SELECT p.project_id, s.line_id, s.line_zh, s.line_en, s.stage, s.amount, s.amount_decimals,
		        s.amount_wan, s.unit,
		        s.derivation, s.formula, s.source_id, s.locator, s.excerpt
		      FROM projects p
		      JOIN spending s ON s.department_id = p.department_id AND s.fiscal_year = p.fiscal_year
		        AND s.line_id = p.line_id AND s.is_primary
		      WHERE p.department_id = ? AND p.fiscal_year = ? AND p.is_primary
		        AND (?::VARCHAR IS NULL OR p.project_id = ?)
		      ORDER BY p.project_id, s.stage`,
		params: [departmentId, fiscalYear, projectId, projectId],
		scope: { department_id: departmentId }
	};
}

/** Every indicator row of one project's table (附件3), in table order. */
export function projectIndicators(departmentId: string, fiscalYear: number, projectId: string): Query {
	return {
		sql: `SELECT row_no, level1_zh, level1_en, level1_weight_stated, level1_weight_stated_decimals,
		        level2_zh, level2_en, level3_zh, level3_en, target_text, actual_text,
		        target_value, target_value_decimals, actual_value, actual_value_decimals,
		        target_unit, actual_unit, target_comparator, weight, weight_decimals, score, score_decimals,
		        deviation_note, ${PROVENANCE}
		      FROM indicators
		      WHERE department_id = ? AND fiscal_year = ? AND project_id = ? AND is_primary
		      ORDER BY row_no`,
		params: [departmentId, fiscalYear, projectId],
		scope: { department_id: departmentId }
	};
}

/** Every project key, for prerendering one page per project. */
export function projectKeys(): Query {
	return {
		sql: `SELECT department_id, fiscal_year, project_id FROM projects WHERE is_primary
		      ORDER BY department_id, fiscal_year, project_id`,
		params: []
	};
}

/** The years each department has a project table for, for the selectors. */
export function projectYears(): Query {
	return {
		sql: `SELECT department_id, list_sort(list_distinct(list(fiscal_year))) AS years
		      FROM projects WHERE is_primary GROUP BY department_id ORDER BY department_id`,
		params: []
	};
}
