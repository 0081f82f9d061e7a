import { DEPARTMENT_OF } from './attribution';
import type { AuditRule } from '../types';

/** Year-on-year changes: stated changes against both years' figures, and the unit they are stated in. */

const INDICATOR_NAMES: Record<string, [string, string]> = {
	pm25: ['PM2.5 年均浓度', 'PM2.5 annual mean'],
	pm10: ['PM10 年均浓度', 'PM10 annual mean'],
	o3: ['臭氧浓度', 'ozone concentration'],
	so2: ['二氧化硫浓度', 'SO2 concentration'],
	no2: ['二氧化氮浓度', 'NO2 concentration'],
	co: ['一氧化碳浓度', 'CO concentration'],
	good_air_ratio: ['空气质量优良天数比例', 'good-air-day ratio'],
	air_composite_index: ['环境空气质量综合指数', 'air quality composite index'],
	heavy_pollution_days: ['重污染天数', 'heavy pollution days'],
	surface_water_compliance: ['地表水考核断面水质达标率', 'surface-water compliance rate'],
	drinking_water_compliance: ['集中式饮用水水源地水质达标率', 'drinking-water source compliance rate'],
	straw_fire_points: ['秸秆露天焚烧火点数', 'straw burning fire points'],
	sewage_treatment_rate: ['污水处理率', 'sewage treatment rate'],
	garbage_harmless_rate: ['生活垃圾无害化处理率', 'garbage harmless treatment rate']
};

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A VALUES table of indicator names, inlined into the SQL so the rule reads on its own. */
export const INDICATOR_NAMES_CTE = `names(indicator, name_zh, name_en) AS (VALUES
  ${Object.entries(INDICATOR_NAMES)
		.map(([id, [zh, en]]) => `(${quote(id)}, ${quote(zh)}, ${quote(en)})`)
		.join(',\n  ')})`;

export const yoyChange: AuditRule = {
	id: 'yoy_change',
	family: 'rates',
	severity: 'error',
	title: {
		zh: '所列同比变化与两年数值不符',
		en: 'A stated year-on-year change does not match both years’ figures'
	},
	description: {
		zh: '原文所列的同比变化（环境指标与工作量指标），在上一年同口径（同一地区、范围、时段、单位）的原文数值存在时，与两年数值重算的变化比较。单位为“%”按相对变化计算；单位为“百分点”且指标本身是百分比时按两年之差计算。我们推算的上年数值不参与比较。',
		en: 'A stated year-on-year change (environment and activity figures) is compared, where the previous year’s published figure of the same scope, period and unit exists, with the change recomputed from the two years. A change in % is relative; a change in 百分点 (percentage points) of a percentage is the difference. Previous-year values we derived ourselves are not used.'
	},
	tolerance: {
		zh: '所列变化按其自身精度四舍五入：印为 -11.4 的变化，重算值相差不超过 0.05 才算一致。',
		en: 'The stated change is taken as rounded to its printed precision: a change printed as -11.4 agrees within 0.05.'
	},
	explain: {
		mismatch: {
			zh: '{subject}（{year} 年）所列同比变化为 {left}，但按两年数值重算为 {right}（{formula}），相差 {difference}。',
			en: '{subject} ({year}) states a year-on-year change of {left}, but the two years’ figures give {right} ({formula}), a difference of {difference}.'
		}
	},
	sql: `-- Stated yoy changes against the change recomputed from this and last year's published figures.
WITH ${INDICATOR_NAMES_CTE},
env AS (
  SELECT 'environment' AS topic,
         ${DEPARTMENT_OF('c.source_id', 'c.region_id')} AS department_id,
         c.year AS fiscal_year, c.indicator || '/' || c.scope || '/' || c.period AS subject_key,
         coalesce(n.name_zh, c.indicator) AS subject_zh, coalesce(n.name_en, c.indicator) AS subject_en,
         c.value, c.value_decimals, c.unit, c.yoy_change_stated, c.yoy_change_stated_decimals, c.yoy_change_unit,
         c.source_id, c.locator, c.excerpt,
         p.value AS prev, p.value_decimals AS prev_decimals, p.source_id AS prev_source_id,
         p.locator AS prev_locator, p.excerpt AS prev_excerpt
  FROM environment c
  JOIN environment p ON p.region_id = c.region_id AND p.scope = c.scope AND p.period = c.period
                    AND p.indicator = c.indicator AND p.measure = c.measure AND p.unit = c.unit
                    AND p.year = c.year - 1 AND p.derivation = 'reported'
  LEFT JOIN names n ON n.indicator = c.indicator
  WHERE c.yoy_change_stated IS NOT NULL AND c.derivation = 'reported' AND c.measure = 'observed'
  QUALIFY row_number() OVER (PARTITION BY c.region_id, c.scope, c.period, c.indicator, c.year, c.source_id
                             ORDER BY (p.source_id = c.source_id) DESC, p.source_id) = 1
),
act AS (
  SELECT 'indicators' AS topic, c.department_id, c.fiscal_year, c.metric_id AS subject_key,
         c.label_zh AS subject_zh, c.label_en AS subject_en,
         c.value, c.value_decimals, c.unit, c.yoy_change_stated, c.yoy_change_stated_decimals, c.yoy_change_unit,
         c.source_id, c.locator, c.excerpt,
         p.value AS prev, p.value_decimals AS prev_decimals, p.source_id AS prev_source_id,
         p.locator AS prev_locator, p.excerpt AS prev_excerpt
  FROM activities c
  JOIN activities p ON p.department_id = c.department_id AND p.metric_id = c.metric_id
                   AND p.unit = c.unit AND p.period = c.period AND p.fiscal_year = c.fiscal_year - 1
  WHERE c.yoy_change_stated IS NOT NULL
),
changes AS (
  SELECT *, CASE WHEN yoy_change_unit = '百分点' AND unit = '%' THEN value - prev
                 ELSE 100 * (value - prev) / prev END AS recomputed,
         CASE WHEN yoy_change_unit = '百分点' AND unit = '%'
              THEN printf('%.' || value_decimals || 'f', value) || ' − ' || printf('%.' || prev_decimals || 'f', prev)
              ELSE '(' || printf('%.' || value_decimals || 'f', value) || ' − ' || printf('%.' || prev_decimals || 'f', prev)
                   || ') ÷ ' || printf('%.' || prev_decimals || 'f', prev) || ' × 100' END AS formula
  FROM (SELECT * FROM env UNION ALL BY NAME SELECT * FROM act)
  WHERE prev <> 0 OR (yoy_change_unit = '百分点' AND unit = '%')
)
SELECT 'error' AS severity, 'mismatch' AS variant, topic, department_id, fiscal_year,
       NULL::VARCHAR AS stage, subject_key, subject_zh, subject_en,
       '所列同比变化' AS left_label_zh, 'stated change' AS left_label_en,
       yoy_change_stated AS left_value, yoy_change_unit AS left_unit, yoy_change_stated_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '按两年数值重算' AS right_label_zh, 'recomputed from both years' AS right_label_en,
       round(recomputed, 2) AS right_value, yoy_change_unit AS right_unit, NULL::INTEGER AS right_decimals,
       prev_source_id AS right_source_id, locator || '; ' || prev_locator AS right_locator,
       excerpt || ' | ' || prev_excerpt AS right_excerpt, formula AS right_formula,
       round(yoy_change_stated - recomputed, 2) AS difference,
       0.5 * power(10, -yoy_change_stated_decimals) AS tolerance,
       [source_id || chr(9) || locator || chr(9) || value,
        prev_source_id || chr(9) || prev_locator || chr(9) || prev] AS touches
FROM changes
WHERE abs(yoy_change_stated - recomputed) > 0.5 * power(10, -yoy_change_stated_decimals) + 1e-9
ORDER BY department_id, fiscal_year, subject_key`
};

export const pointsForConcentration: AuditRule = {
	id: 'points_for_non_percentage',
	family: 'extra',
	severity: 'note',
	title: {
		zh: '非百分比指标的变化用“百分点”表述',
		en: 'A change of a non-percentage figure stated in percentage points'
	},
	description: {
		zh: '“百分点”只能用于两个百分比之差。浓度（µg/m³）、数量等指标的同比变化用“百分点”表述，读者无法判断指的是相对变化（%）还是别的什么；我们按相对变化（%）理解，但标记出来。',
		en: 'Percentage points (百分点) only describe the difference of two percentages. A change of a concentration (µg/m³) or a count stated in 百分点 leaves the reader unsure what it means; we read it as a relative change (%) but flag it.'
	},
	tolerance: { zh: '不涉及数值比较。', en: 'No numeric comparison.' },
	explain: {
		points: {
			zh: '{subject}（{year} 年）为 {right}，原文称同比变化 {left}。该指标不是百分比，“百分点”用词不当，应为“%”。',
			en: '{subject} ({year}) is {right}; the source states its change as {left}. The figure is not a percentage, so “percentage points” is the wrong unit: it should read %.'
		}
	},
	sql: `-- yoy_change_unit = '百分点' on figures whose own unit is not '%'.
WITH ${INDICATOR_NAMES_CTE},
stated AS (
  SELECT 'environment' AS topic,
         ${DEPARTMENT_OF('e.source_id', 'e.region_id')} AS department_id,
         e.year AS fiscal_year, e.indicator || '/' || e.scope || '/' || e.period AS subject_key,
         coalesce(n.name_zh, e.indicator) AS subject_zh, coalesce(n.name_en, e.indicator) AS subject_en,
         e.value, e.value_decimals, e.unit, e.yoy_change_stated, e.yoy_change_stated_decimals,
         e.source_id, e.locator, e.excerpt
  FROM environment e LEFT JOIN names n ON n.indicator = e.indicator
  WHERE e.yoy_change_unit = '百分点' AND e.unit <> '%' AND e.derivation = 'reported'
  UNION ALL
  SELECT 'indicators', department_id, fiscal_year, metric_id, label_zh, label_en,
         value, value_decimals, unit, yoy_change_stated, yoy_change_stated_decimals, source_id, locator, excerpt
  FROM activities
  WHERE yoy_change_unit = '百分点' AND unit <> '%'
)
SELECT 'note' AS severity, 'points' AS variant, topic, department_id, fiscal_year,
       NULL::VARCHAR AS stage, subject_key, subject_zh, subject_en,
       '所列同比变化' AS left_label_zh, 'stated change' AS left_label_en,
       yoy_change_stated AS left_value, '百分点' AS left_unit, yoy_change_stated_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '指标数值' AS right_label_zh, 'the figure' AS right_label_en,
       value AS right_value, unit AS right_unit, value_decimals AS right_decimals,
       source_id AS right_source_id, locator AS right_locator, excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula, NULL::DOUBLE AS difference, NULL::DOUBLE AS tolerance,
       [source_id || chr(9) || locator || chr(9) || value] AS touches
FROM stated
ORDER BY department_id, fiscal_year, subject_key`
};
