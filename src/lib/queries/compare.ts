import { placeholders, type Query } from './query';

/** The fiscal indicators compared across a province's cities (regional_finance). */
export const CITY_FINANCE_INDICATORS = ['general_budget_revenue', 'general_budget_expenditure'] as const;

/**
 * The prefecture-level cities of `regionId`'s province (the city itself included), with their
 * names: the cities a comparison ranks, and those it must say it holds nothing for.
 */
export function provinceCities(regionId: string): Query {
	return {
		sql: `SELECT c.region_id, c.name_zh, c.name_en, p.region_id AS province_id,
		        p.name_zh AS province_zh, p.name_en AS province_en
		      FROM regions c JOIN regions p ON p.region_id = c.parent_region_id
		      WHERE c.level = 'prefecture'
		        AND c.parent_region_id = (SELECT parent_region_id FROM regions WHERE region_id = ?)
		      ORDER BY c.code NULLS LAST, c.region_id`,
		params: [regionId]
	};
}

const PROVINCE_CITY = `r.level = 'prefecture'
		        AND r.parent_region_id = (SELECT parent_region_id FROM regions WHERE region_id = ?)`;

/** Every annual observed PM2.5 value of the province's cities, each scope and year apart. */
export function provincePm25(regionId: string): Query {
	return {
		sql: `SELECT e.region_id, 'pm25' AS indicator, e.scope, e.year, e.value, e.value_decimals, e.unit,
		        e.derivation, e.formula, e.source_id, e.locator, e.excerpt
		      FROM environment e JOIN regions r USING (region_id)
		      WHERE ${PROVINCE_CITY}
		        AND e.is_primary AND e.indicator = 'pm25' AND e.period = 'year' AND e.measure = 'observed'
		      ORDER BY e.scope, e.year, e.region_id`,
		params: [regionId]
	};
}

/** General budget revenue and expenditure of the province's cities; 全市 and 市辖区 stay apart. */
export function provinceFinance(regionId: string): Query {
	return {
		sql: `SELECT f.region_id, f.indicator, f.scope, f.year, f.value, f.value_decimals, f.value_wan,
		        f.unit, 'reported' AS derivation, NULL AS formula, f.source_id, f.locator, f.excerpt
		      FROM regional_finance f JOIN regions r USING (region_id)
		      WHERE ${PROVINCE_CITY}
		        AND f.is_primary AND f.indicator IN (${placeholders(CITY_FINANCE_INDICATORS.length)})
		      ORDER BY f.indicator, f.scope, f.year, f.region_id`,
		params: [regionId, ...CITY_FINANCE_INDICATORS]
	};
}
