import { placeholders, type Query } from './query';

/** The indicators the environment page shows. */
export const ENVIRONMENT_PAGE_INDICATORS = [
	'pm25',
	'pm10',
	'good_air_ratio',
	'surface_water_sections',
	'surface_water_class_ii_sections',
	'surface_water_class_iii_sections',
	'surface_water_compliance',
	'surface_water_class_i_iii_ratio',
	'drinking_water_sources',
	'drinking_water_compliance'
] as const;

/** Scopes that are benchmarks for a city (province, nation, the national standard), not the city itself. */
export const BENCHMARK_SCOPES = [
	'province_cities_avg',
	'province',
	'national_cities_339',
	'national_standard'
] as const;

const COLUMNS = `region_id, scope, year, period, indicator, measure, comparator, value, value_decimals, unit,
  yoy_change_stated, yoy_change_stated_decimals, yoy_change_unit, derivation, formula, note,
  source_id, locator, excerpt`;

/**
 * Every row of the page's indicators for one region (all scopes, years and sub-periods), plus the
 * benchmark rows (province, nation, national standard). The page picks the year; scopes stay apart.
 */
export function environmentRows(regionId: string): Query {
	const indicators = ENVIRONMENT_PAGE_INDICATORS;
	return {
		sql: `SELECT ${COLUMNS}
		      FROM environment
		      WHERE is_primary AND indicator IN (${placeholders(indicators.length)})
		        AND (region_id = ? OR scope IN (${placeholders(BENCHMARK_SCOPES.length)}))
		      ORDER BY indicator, scope, year, period, measure`,
		params: [...indicators, regionId, ...BENCHMARK_SCOPES]
	};
}

/** The years a region has any annual observation for, for the year selector. */
export function environmentYears(regionId: string): Query {
	return {
		sql: `SELECT DISTINCT year FROM environment
		      WHERE is_primary AND region_id = ? AND period = 'year' AND measure = 'observed'
		      ORDER BY year`,
		params: [regionId]
	};
}

/**
 * Every region with annual observations (benchmark rows aside), with its names and years: the
 * cities /environment can show, the embedded ones and any a reader imported (a yearbook's ~300).
 */
export function environmentCities(): Query {
	const benchmarks = BENCHMARK_SCOPES.map(() => '?').join(', ');
	return {
		sql: `SELECT e.region_id, r.name_zh, r.name_en, list_sort(list_distinct(list(e.year))) AS years
		      FROM environment e JOIN regions r USING (region_id)
		      WHERE e.is_primary AND e.period = 'year' AND e.measure = 'observed' AND e.scope NOT IN (${benchmarks})
		      GROUP BY ALL
		      ORDER BY e.region_id`,
		params: [...BENCHMARK_SCOPES]
	};
}

/**
 * The department's own performance indicators (附件2) that set a target for an environmental
 * indicator: target and the self-assessed actual, both as stated.
 */
export function performanceIndicators(departmentId: string, fiscalYear: number): Query {
	return {
		sql: `SELECT environment_indicator AS indicator, row_no, target_text, actual_text,
		        target_value, target_value_decimals, target_unit, target_comparator,
		        actual_value, actual_value_decimals, actual_unit, source_id, locator, excerpt
		      FROM indicators
		      WHERE department_id = ? AND fiscal_year = ? AND project_id IS NULL AND is_primary
		        AND environment_indicator IS NOT NULL
		      ORDER BY row_no`,
		params: [departmentId, fiscalYear],
		scope: { department_id: departmentId }
	};
}

/** Names of the regions the environment page can show: the departments' and the benchmarks'. */
export function regionNames(): Query {
	return {
		sql: `SELECT region_id, name_zh, name_en FROM regions
		      WHERE region_id IN (SELECT region_id FROM departments)
		         OR region_id IN (SELECT region_id FROM environment WHERE is_primary)
		      ORDER BY region_id`,
		params: []
	};
}
