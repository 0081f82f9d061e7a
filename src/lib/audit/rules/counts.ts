import { DEPARTMENT_OF } from './attribution';
import type { AuditRule } from '../types';

/** Family 1 (continued): head counts and section counts against their stated breakdowns. */

export const staffingParts: AuditRule = {
	id: 'staffing_parts',
	family: 'totals',
	severity: 'error',
	title: { zh: '编制总数与各类编制之和不符', en: 'Authorised posts do not equal the sum of their kinds' },
	description: {
		zh: '编制数应等于各类编制（行政、机关后勤、参公事业、全额事业）之和。同一部门、年度、同一来源内比较；至少列出两类时才检查。',
		en: 'Authorised posts must equal the sum of their kinds (administrative, logistics, civil-service-managed institution, institution). Compared within one department, year and source, when at least two kinds are given.'
	},
	tolerance: {
		zh: '人数为整数：必须完全相等（容差 0）。',
		en: 'Head counts are whole numbers: they must match exactly (tolerance 0).'
	},
	explain: {
		mismatch: {
			zh: '{year} 年编制数为 {left}，而各类编制之和为 {right}（差 {difference}）。',
			en: 'In {year} authorised posts are given as {left}, but the kinds add up to {right} (difference {difference}).'
		}
	},
	sql: `-- authorised_total against the sum of the authorised_* kinds given by the same source.
WITH kinds AS (
  SELECT department_id, fiscal_year, source_id, count(*)::INTEGER AS n, sum(value) AS value,
         string_agg(locator, '; ' ORDER BY rowid) AS locators,
         string_agg(excerpt, ' | ' ORDER BY rowid) AS excerpts,
         string_agg(printf('%.0f', value), ' + ' ORDER BY rowid) AS formula,
         list(source_id || chr(9) || locator || chr(9) || value ORDER BY rowid) AS touches
  FROM staffing
  WHERE is_primary AND starts_with(metric, 'authorised_') AND metric <> 'authorised_total'
  GROUP BY department_id, fiscal_year, source_id
  HAVING count(*) >= 2
)
SELECT 'error' AS severity, 'mismatch' AS variant, 'staffing' AS topic,
       t.department_id, t.fiscal_year, NULL::VARCHAR AS stage, 'authorised_total' AS subject_key,
       '编制数' AS subject_zh, 'authorised posts' AS subject_en,
       '编制数' AS left_label_zh, 'authorised posts' AS left_label_en,
       t.value AS left_value, t.unit AS left_unit, t.value_decimals AS left_decimals,
       t.source_id AS left_source_id, t.locator AS left_locator, t.excerpt AS left_excerpt,
       '各类编制之和' AS right_label_zh, 'sum of the kinds' AS right_label_en,
       k.value AS right_value, t.unit AS right_unit, 0 AS right_decimals,
       k.source_id AS right_source_id, k.locators AS right_locator, k.excerpts AS right_excerpt,
       k.formula AS right_formula,
       t.value - k.value AS difference, 0.0 AS tolerance,
       list_prepend(t.source_id || chr(9) || t.locator || chr(9) || t.value, k.touches) AS touches
FROM staffing t
JOIN kinds k ON k.department_id = t.department_id AND k.fiscal_year = t.fiscal_year AND k.source_id = t.source_id
WHERE t.metric = 'authorised_total' AND t.value <> k.value
ORDER BY t.department_id, t.fiscal_year`
};

export const sectionsByClass: AuditRule = {
	id: 'sections_by_class',
	family: 'totals',
	severity: 'error',
	title: {
		zh: '考核断面数与各类水质断面之和不符',
		en: 'Assessed water sections do not match the sections by class'
	},
	description: {
		zh: '地表水考核断面总数与所列 Ⅱ 类、Ⅲ 类断面数之和比较（同一地区、范围、年度、时段、来源）。分类之和大于总数是错误；小于总数只作提示，因为其余断面的类别（Ⅰ 类、Ⅳ 类等）可能没有列出。',
		en: 'The number of assessed surface-water sections against the class II and class III sections listed (same region, scope, year, period and source). More sections by class than in total is an error; fewer is only a note, since the other sections’ classes (I, IV, …) may not be listed.'
	},
	tolerance: {
		zh: '断面数为整数：必须完全相等（容差 0）。',
		en: 'Section counts are whole numbers: they must match exactly (tolerance 0).'
	},
	explain: {
		exceeds: {
			zh: '{year} 年列出的 Ⅱ 类与 Ⅲ 类断面共 {right}，多于考核断面总数 {left}。',
			en: 'In {year} the class II and III sections listed come to {right}, more than the {left} assessed sections.'
		},
		short: {
			zh: '{year} 年考核断面 {left}，而列出的 Ⅱ 类与 Ⅲ 类断面只有 {right}；其余 {difference} 个断面的类别未说明。',
			en: 'In {year} there are {left} assessed sections but only {right} are listed as class II or III; the class of the other {difference} is not stated.'
		}
	},
	sql: `-- surface_water_sections against class II + class III sections from the same source and period.
WITH classes AS (
  SELECT region_id, scope, year, period, source_id, sum(value) AS value,
         string_agg(locator, '; ' ORDER BY rowid) AS locators,
         string_agg(excerpt, ' | ' ORDER BY rowid) AS excerpts,
         string_agg(printf('%.0f', value), ' + ' ORDER BY rowid) AS formula,
         list(source_id || chr(9) || locator || chr(9) || value ORDER BY rowid) AS touches
  FROM environment
  WHERE is_primary AND indicator IN ('surface_water_class_ii_sections', 'surface_water_class_iii_sections')
    AND measure = 'observed'
  GROUP BY region_id, scope, year, period, source_id
)
SELECT CASE WHEN c.value > t.value THEN 'error' ELSE 'note' END AS severity,
       CASE WHEN c.value > t.value THEN 'exceeds' ELSE 'short' END AS variant,
       'environment' AS topic,
       ${DEPARTMENT_OF('t.source_id', 't.region_id')} AS department_id, t.year AS fiscal_year, NULL::VARCHAR AS stage,
       t.scope || '/' || t.period AS subject_key,
       '地表水考核断面' AS subject_zh, 'assessed surface-water sections' AS subject_en,
       '考核断面总数' AS left_label_zh, 'assessed sections' AS left_label_en,
       t.value AS left_value, t.unit AS left_unit, t.value_decimals AS left_decimals,
       t.source_id AS left_source_id, t.locator AS left_locator, t.excerpt AS left_excerpt,
       'Ⅱ类 + Ⅲ类断面' AS right_label_zh, 'class II + class III sections' AS right_label_en,
       c.value AS right_value, t.unit AS right_unit, 0 AS right_decimals,
       c.source_id AS right_source_id, c.locators AS right_locator, c.excerpts AS right_excerpt,
       c.formula AS right_formula,
       t.value - c.value AS difference, 0.0 AS tolerance,
       list_prepend(t.source_id || chr(9) || t.locator || chr(9) || t.value, c.touches) AS touches
FROM environment t
JOIN classes c ON c.region_id = t.region_id AND c.scope = t.scope AND c.year = t.year
              AND c.period = t.period AND c.source_id = t.source_id
WHERE t.indicator = 'surface_water_sections' AND t.measure = 'observed' AND t.value <> c.value
ORDER BY t.region_id, t.year, t.scope, t.period`
};
