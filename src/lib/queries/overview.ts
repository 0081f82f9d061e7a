import { placeholders, type Query } from './query';

/** Provenance columns every fact query returns, so each figure can open its citation. */
const PROVENANCE = 'source_id, locator, excerpt, derivation, formula';

/** Lines the overview shows: the totals, basic vs project, and 三公经费 with its parts. */
export const OVERVIEW_LINES = [
	'total',
	'basic',
	'project',
	'three_public',
	'three_public_vehicles',
	'three_public_overseas',
	'three_public_receptions'
] as const;

/** Every primary spending figure of the overview lines for one department, all years and stages. */
export function spendingSeries(departmentId: string): Query {
	return {
		sql: `SELECT fiscal_year, line_id, parent_line_id, line_zh, line_en, category, stage,
		        amount, amount_decimals, amount_wan, unit, ${PROVENANCE}
		      FROM spending
		      WHERE department_id = ? AND is_primary AND line_id IN (${placeholders(OVERVIEW_LINES.length)})
		      ORDER BY fiscal_year, line_id, stage`,
		params: [departmentId, ...OVERVIEW_LINES],
		scope: { department_id: departmentId }
	};
}

/** The departments and the years each has any figure for, for the selectors. */
export function departmentYears(): Query {
	return {
		sql: `SELECT d.department_id, d.name_zh, d.name_en, d.region_zh, d.region_en, d.region_id, d.is_primary,
		        list_sort(list_distinct(list(y.fiscal_year))) AS years
		      FROM departments d
		      LEFT JOIN (
		        SELECT department_id, fiscal_year FROM spending
		        UNION SELECT department_id, fiscal_year FROM projects
		        UNION SELECT department_id, fiscal_year FROM staffing
		      ) y USING (department_id)
		      GROUP BY ALL
		      ORDER BY d.is_primary DESC, d.department_id`,
		params: []
	};
}

/**
 * Project execution for a department-year: the sum of executed amounts against the sum of
 * full-year budgets over the primary project rows that state both, added in 万元 whatever unit
 * each table used. Derived, so the formula travels with it.
 */
export function projectExecution(departmentId: string, fiscalYear: number): Query {
	return {
		sql: `SELECT count(*)::INTEGER AS project_count,
		        round(sum(executed_wan), 6) AS executed,
		        round(sum(budget_full_year_wan), 6) AS budget_full_year,
		        round(100 * sum(executed_wan) / nullif(sum(budget_full_year_wan), 0), 2) AS execution_rate,
		        '万元' AS unit,
		        any_value(source_id) AS source_id,
		        string_agg(DISTINCT split_part(locator, ' / ', 1), '; ') AS locator,
		        string_agg(executed::VARCHAR || CASE WHEN unit = '万元' THEN '' ELSE unit END, ' + '
		          ORDER BY project_id) AS excerpt
		      FROM projects
		      WHERE department_id = ? AND fiscal_year = ? AND is_primary
		        AND executed IS NOT NULL AND budget_full_year IS NOT NULL`,
		params: [departmentId, fiscalYear],
		scope: { department_id: departmentId }
	};
}

/** Environmental figures for the overview cards: observed values, targets and limits. */
export const OVERVIEW_INDICATORS = [
	'pm25',
	'pm10',
	'good_air_ratio',
	'surface_water_compliance',
	'drinking_water_compliance'
] as const;

export function environmentFigures(regionId: string, year: number): Query {
	return {
		sql: `SELECT region_id, scope, year, period, indicator, measure, comparator, value,
		        value_decimals, unit, yoy_change_stated, yoy_change_unit, note, ${PROVENANCE}
		      FROM environment
		      WHERE is_primary AND indicator IN (${placeholders(OVERVIEW_INDICATORS.length)}) AND period = 'year'
		        AND ((region_id = ? AND year = ?) OR measure = 'limit')
		      ORDER BY indicator, measure, scope`,
		params: [...OVERVIEW_INDICATORS, regionId, year]
	};
}

/** The department's own performance targets for environmental indicators (附件2 rows linked to them). */
export function performanceTargets(departmentId: string, fiscalYear: number): Query {
	return {
		sql: `SELECT environment_indicator AS indicator, target_value, target_value_decimals, target_unit AS unit,
		        target_comparator AS comparator, target_text, source_id, locator, excerpt,
		        'reported' AS derivation, NULL AS formula
		      FROM indicators
		      WHERE department_id = ? AND fiscal_year = ? AND project_id IS NULL AND is_primary
		        AND environment_indicator IS NOT NULL AND target_value IS NOT NULL
		      ORDER BY row_no`,
		params: [departmentId, fiscalYear],
		scope: { department_id: departmentId }
	};
}

/**
 * PM2.5 by year and scope for one region (each scope its own series), with the grade II limit.
 * Only primary rows: the same figure from a second source is kept for the audit, not drawn twice.
 */
export function pm25Series(regionId: string): Query {
	return {
		sql: `SELECT year, scope, measure, value, unit, source_id, locator, excerpt, derivation
		      FROM environment
		      WHERE is_primary AND indicator = 'pm25' AND period = 'year' AND measure IN ('observed', 'limit')
		        AND (region_id = ? OR measure = 'limit') AND derivation = 'reported'
		      ORDER BY scope, year`,
		params: [regionId]
	};
}

/** Every source with its full citation, keyed for the citation popovers. */
export function sourcesById(): Query {
	return {
		sql: `SELECT s.source_id, s.title_zh, s.title_en, s.publisher_zh, s.publisher_en, s.published_on, s.kind,
		        s.location, s.url, s.file_name, s.department_id, d.name_zh AS department_zh, d.name_en AS department_en
		      FROM sources s LEFT JOIN departments d USING (department_id) ORDER BY s.source_id`,
		params: []
	};
}
