import type { AuditRule } from '../types';
import { INDICATOR_NAMES_CTE } from './changes';

/** Family 4: self-assessment scoring. */

const SCORE_TOLERANCE = {
	zh: '分数是评定的，不是测量后四舍五入的：按所印精度的半个末位比较（整数分时容差 0.5）。资金执行的得分未填写时，按通行的评分办法以 分值 × 执行率（不超过 100%）计入，并在公式中写明。',
	en: 'Scores are awarded, not measured and rounded: they agree within half a unit of their printed precision (0.5 for whole points). Where the funding row’s score is left blank, the usual scoring rule weight × execution rate (at most 100%) is used, and the formula says so.'
};

/** Which side is short of the target: `=` targets of concentrations are ceilings, other `=` targets floors. */
const SHORTFALL = (actual: string, target: string, comparator: string, unit: string, tolerance: string) =>
	`CASE WHEN ${comparator} = '<=' OR (coalesce(${comparator}, '=') = '=' AND ${unit} IN ('µg/m³', 'mg/m³'))
            THEN ${actual} > ${target} + ${tolerance}
            ELSE ${actual} < ${target} - ${tolerance} END`;

export const scoreTotal: AuditRule = {
	id: 'score_total',
	family: 'scoring',
	severity: 'error',
	title: { zh: '总分与各项得分之和不符', en: 'The total score does not equal the sum of the scores' },
	description: {
		zh: '自评表的总分与各指标得分之和比较：项目表（附件3）加上资金执行一行的得分；部门整体表（附件2）以“总分”一行与其余各行之和比较。',
		en: 'A self-assessment table’s total score against the sum of its indicator scores: for a project table (附件3) plus the funding row’s score; for the department table (附件2) its 总分 row against the other rows.'
	},
	tolerance: SCORE_TOLERANCE,
	explain: {
		mismatch: {
			zh: '“{subject}”（{year} 年）所列总分 {left}，各项得分合计 {right}（{formula}），相差 {difference}。',
			en: '“{subject}” ({year}) states a total score of {left}, but the scores add up to {right} ({formula}), a difference of {difference}.'
		}
	},
	sql: `-- Stated total scores against the sum of indicator scores (+ the funding row for projects).
WITH scores AS (
  SELECT department_id, fiscal_year, project_id, sum(score) AS score, max(score_decimals) AS decimals,
         string_agg(printf('%.' || score_decimals || 'f', score), ' + ' ORDER BY row_no) AS formula,
         min(source_id) AS source_id, string_agg(locator, '; ' ORDER BY row_no) AS locator,
         string_agg(excerpt, ' | ' ORDER BY row_no) AS excerpt
  FROM indicators
  WHERE is_primary AND score IS NOT NULL AND level1_zh <> '总分'
  GROUP BY department_id, fiscal_year, project_id
),
projects_scored AS (
  SELECT p.department_id, p.fiscal_year, p.project_id AS subject_key, p.name_zh, p.name_en,
         p.total_score_stated AS stated, p.total_score_stated_decimals AS stated_decimals,
         p.source_id, p.locator, p.excerpt,
         s.score + coalesce(p.funding_score,
           p.funding_weight * least(p.executed / coalesce(p.budget_full_year, p.budget_initial), 1), 0) AS recomputed,
         greatest(s.decimals, p.total_score_stated_decimals, coalesce(p.funding_score_decimals, 0)) AS decimals,
         s.formula || CASE
           WHEN p.funding_score IS NOT NULL THEN ' + ' || printf('%.' || p.funding_score_decimals || 'f', p.funding_score)
           WHEN p.funding_weight IS NOT NULL AND p.executed IS NOT NULL
             THEN ' + ' || printf('%.' || p.funding_weight_decimals || 'f', p.funding_weight) || ' × min(' ||
                  printf('%.' || p.executed_decimals || 'f', p.executed) || ' ÷ ' ||
                  printf('%.' || CASE WHEN p.budget_full_year IS NOT NULL THEN p.budget_full_year_decimals
                                      ELSE p.budget_initial_decimals END || 'f',
                         coalesce(p.budget_full_year, p.budget_initial)) || ', 1)'
           ELSE '' END AS formula,
         s.source_id AS s_source_id, s.locator AS s_locator, s.excerpt AS s_excerpt
  FROM projects p
  JOIN scores s ON s.department_id = p.department_id AND s.fiscal_year = p.fiscal_year AND s.project_id = p.project_id
  WHERE p.total_score_stated IS NOT NULL
),
department_scored AS (
  SELECT t.department_id, t.fiscal_year, 'department' AS subject_key,
         '部门整体支出绩效自评表' AS name_zh, 'department self-assessment table' AS name_en,
         t.score AS stated, t.score_decimals AS stated_decimals, t.source_id, t.locator, t.excerpt,
         s.score AS recomputed, greatest(s.decimals, t.score_decimals) AS decimals, s.formula,
         s.source_id AS s_source_id, s.locator AS s_locator, s.excerpt AS s_excerpt
  FROM indicators t
  JOIN scores s ON s.department_id = t.department_id AND s.fiscal_year = t.fiscal_year AND s.project_id IS NULL
  WHERE t.project_id IS NULL AND t.level1_zh = '总分' AND t.score IS NOT NULL
),
compared AS (SELECT * FROM projects_scored UNION ALL BY NAME SELECT * FROM department_scored)
SELECT 'error' AS severity, 'mismatch' AS variant, 'indicators' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, subject_key, name_zh AS subject_zh, name_en AS subject_en,
       '所列总分' AS left_label_zh, 'stated total score' AS left_label_en,
       stated AS left_value, '分' AS left_unit, stated_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '各项得分之和' AS right_label_zh, 'sum of the scores' AS right_label_en,
       round(recomputed, 2) AS right_value, '分' AS right_unit, NULL::INTEGER AS right_decimals,
       s_source_id AS right_source_id, s_locator AS right_locator, s_excerpt AS right_excerpt, formula AS right_formula,
       round(stated - recomputed, 2) AS difference, 0.5 * power(10, -decimals) AS tolerance
FROM compared
WHERE abs(stated - recomputed) > 0.5 * power(10, -decimals) + 1e-9
ORDER BY department_id, fiscal_year, subject_key`
};

export const fullMarksShortfall: AuditRule = {
	id: 'full_marks_shortfall',
	family: 'scoring',
	severity: 'warning',
	title: { zh: '未达目标却给满分', en: 'Full marks although the target was missed' },
	description: {
		zh: '指标得分等于分值（满分），但同一行的实际完成值没有达到目标值（两者都能读成数字、单位相同时）。“≥”目标要求不低于、“≤”目标要求不高于；“=”目标对浓度按上限、对其他指标按下限理解。',
		en: 'An indicator scored full marks (score = weight) although its stated actual falls short of its target (where both read as numbers in the same unit). A ≥ target is a floor, a ≤ target a ceiling; an = target is read as a ceiling for concentrations and a floor otherwise.'
	},
	tolerance: {
		zh: '实际值与目标值按两者中较细精度的半个末位比较。',
		en: 'Actual and target are compared within half a unit of the finer printed precision of the two.'
	},
	explain: {
		shortfall: {
			zh: '“{subject}”（{year} 年）目标为 {right}，实际完成 {left}，没有达到目标，却得了满分 {extra}。',
			en: '“{subject}” ({year}) had a target of {right} and achieved {left}, short of the target, yet scored full marks ({extra}).'
		}
	},
	sql: `-- Indicator rows with score = weight whose actual misses the target.
SELECT 'warning' AS severity, 'shortfall' AS variant, 'indicators' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage,
       coalesce(project_id, 'department') || '#' || row_no AS subject_key,
       coalesce(level3_zh, level2_zh) AS subject_zh, coalesce(level3_en, level2_en) AS subject_en,
       '实际完成值' AS left_label_zh, 'actual' AS left_label_en,
       actual_value AS left_value, actual_unit AS left_unit, actual_value_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '目标值（' || coalesce(target_comparator, '=') || '）' AS right_label_zh,
       'target (' || coalesce(target_comparator, '=') || ')' AS right_label_en,
       target_value AS right_value, target_unit AS right_unit, target_value_decimals AS right_decimals,
       source_id AS right_source_id, locator AS right_locator, target_text AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(actual_value - target_value, 6) AS difference,
       0.5 * power(10, -greatest(actual_value_decimals, target_value_decimals)) AS tolerance,
       '得分' AS extra_label_zh, 'score' AS extra_label_en, score AS extra_value, '分' AS extra_unit,
       score_decimals AS extra_decimals,
       [source_id || chr(9) || locator || chr(9) || actual_value,
        source_id || chr(9) || locator || chr(9) || target_value] AS touches
FROM indicators
WHERE score IS NOT NULL AND weight IS NOT NULL AND score >= weight
  AND actual_value IS NOT NULL AND target_value IS NOT NULL AND actual_unit = target_unit
  AND ${SHORTFALL('actual_value', 'target_value', 'target_comparator', 'target_unit', '0.5 * power(10, -greatest(actual_value_decimals, target_value_decimals))')}
ORDER BY department_id, fiscal_year, project_id, row_no`
};

export const fullMarksVsObserved: AuditRule = {
	id: 'full_marks_vs_observed',
	family: 'scoring',
	severity: 'warning',
	title: {
		zh: '报告自己的观测值未达目标却给满分',
		en: 'Full marks although the report’s own observed value missed the target'
	},
	description: {
		zh: '部门整体支出绩效自评表（附件2）中与环境指标挂钩的行得了满分，但同一份报告正文给出的该指标观测值没有达到这一行的目标（同一地区、年度、全年，单位相同）。',
		en: 'A row of the department self-assessment table (附件2) linked to an environmental indicator scored full marks, but the observed value the same report gives in its body misses that row’s target (same region, year, full year, same unit).'
	},
	tolerance: {
		zh: '观测值与目标值按两者中较细精度的半个末位比较。',
		en: 'Observed value and target are compared within half a unit of the finer printed precision of the two.'
	},
	explain: {
		shortfall: {
			zh: '{subject}（{year} 年）的绩效目标为 {right}，报告正文给出的观测值为 {left}，没有达到目标，这一指标却得了满分 {extra}。',
			en: '{subject} ({year}) had a performance target of {right}; the report’s body gives the observed value as {left}, short of the target, yet the indicator scored full marks ({extra}).'
		}
	},
	sql: `-- 附件2 rows linked to an environment indicator, full marks, whose target the report's observed value misses.
WITH ${INDICATOR_NAMES_CTE}
SELECT 'warning' AS severity, 'shortfall' AS variant, 'environment' AS topic,
       i.department_id, i.fiscal_year, NULL::VARCHAR AS stage, i.environment_indicator AS subject_key,
       coalesce(n.name_zh, i.level3_zh) AS subject_zh, coalesce(n.name_en, i.level3_en) AS subject_en,
       '正文观测值' AS left_label_zh, 'observed value in the body text' AS left_label_en,
       e.value AS left_value, e.unit AS left_unit, e.value_decimals AS left_decimals,
       e.source_id AS left_source_id, e.locator AS left_locator, e.excerpt AS left_excerpt,
       '绩效目标（' || coalesce(i.target_comparator, '=') || '）' AS right_label_zh,
       'performance target (' || coalesce(i.target_comparator, '=') || ')' AS right_label_en,
       i.target_value AS right_value, i.target_unit AS right_unit, i.target_value_decimals AS right_decimals,
       i.source_id AS right_source_id, i.locator AS right_locator, i.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(e.value - i.target_value, 6) AS difference,
       0.5 * power(10, -greatest(e.value_decimals, i.target_value_decimals)) AS tolerance,
       '得分' AS extra_label_zh, 'score' AS extra_label_en, i.score AS extra_value, '分' AS extra_unit,
       i.score_decimals AS extra_decimals,
       [e.source_id || chr(9) || e.locator || chr(9) || e.value,
        i.source_id || chr(9) || i.locator || chr(9) || i.target_value] AS touches
FROM indicators i
JOIN departments d ON d.department_id = i.department_id
JOIN environment e ON e.region_id = d.region_id AND e.indicator = i.environment_indicator
                  AND e.year = i.fiscal_year AND e.period = 'year' AND e.measure = 'observed'
                  AND e.derivation = 'reported' AND e.source_id = i.source_id AND e.unit = i.target_unit
LEFT JOIN names n ON n.indicator = i.environment_indicator
WHERE i.environment_indicator IS NOT NULL AND i.target_value IS NOT NULL
  AND i.score IS NOT NULL AND i.weight IS NOT NULL AND i.score >= i.weight
  AND ${SHORTFALL('e.value', 'i.target_value', 'i.target_comparator', 'i.target_unit', '0.5 * power(10, -greatest(e.value_decimals, i.target_value_decimals))')}
ORDER BY i.department_id, i.fiscal_year, i.row_no`
};
