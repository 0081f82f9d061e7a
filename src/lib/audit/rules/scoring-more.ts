import { coverageRow } from '../coverage';
import type { AuditRule } from '../types';

/** Family 4 continued: scores against the weights they are awarded out of. */

const POINTS_TOLERANCE = {
	zh: '分数是评定的：按所印精度的半个末位比较，½ × 10^-d，d 取两者中较多的小数位数（整数分为 0.5）。',
	en: 'Scores are awarded: compared within half a unit of the printed precision, ½ × 10^-d with d the more decimals of the two (0.5 for whole points).'
};

/** Indicator rows and the projects' funding rows as one list of (weight, score). */
const SCORED_ROWS_CTE = `scored AS (
  SELECT department_id, fiscal_year, project_id, coalesce(project_id, 'department') || '#' || row_no AS subject_key,
         coalesce(level3_zh, level2_zh, level1_zh) AS subject_zh, coalesce(level3_en, level2_en, level1_en) AS subject_en,
         weight, weight_decimals, score, score_decimals, source_id, locator, excerpt, row_no
  FROM indicators WHERE is_primary AND level1_zh <> '总分'
  UNION ALL
  SELECT department_id, fiscal_year, project_id, project_id || '#funding',
         name_zh || ' / 资金执行', name_en || ' / funding', funding_weight, funding_weight_decimals,
         funding_score, funding_score_decimals, source_id, locator, excerpt, 0
  FROM projects WHERE is_primary
)`;

export const scoreOverWeight: AuditRule = {
	id: 'score_over_weight',
	family: 'scoring',
	severity: 'error',
	title: { zh: '得分高于分值', en: 'A score above its weight' },
	description: {
		zh: '自评表每一行（含项目的资金执行一行）的得分不能超过该行的分值。',
		en: 'No row of a self-assessment table (a project’s funding row included) can score more than its weight.'
	},
	tolerance: POINTS_TOLERANCE,
	explain: {
		over: {
			zh: '“{subject}”（{year} 年）得分 {left}，超过分值 {right}，多 {difference}。',
			en: '“{subject}” ({year}) scored {left}, {difference} more than its weight of {right}.'
		}
	},
	sql: `-- Each scored row: score > weight beyond the printed precision.
WITH ${SCORED_ROWS_CTE}
SELECT 'error' AS severity, 'over' AS variant, 'indicators' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, subject_key, subject_zh, subject_en,
       '得分' AS left_label_zh, 'score' AS left_label_en, score AS left_value, '分' AS left_unit, score_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '分值' AS right_label_zh, 'weight' AS right_label_en, weight AS right_value, '分' AS right_unit, weight_decimals AS right_decimals,
       source_id AS right_source_id, locator AS right_locator, excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(score - weight, 6) AS difference, 0.5 * power(10, -greatest(score_decimals, weight_decimals)) AS tolerance,
       [source_id || chr(9) || locator || chr(9) || score, source_id || chr(9) || locator || chr(9) || weight] AS touches
FROM scored
WHERE score IS NOT NULL AND weight IS NOT NULL
  AND score - weight > 0.5 * power(10, -greatest(score_decimals, weight_decimals)) + 1e-9
ORDER BY department_id, fiscal_year, subject_key`,
	coverage: `WITH ${SCORED_ROWS_CTE}
${coverageRow({ status: 'compared', what: { zh: '行得分与分值', en: 'scores against their weights' }, from: 'FROM scored WHERE score IS NOT NULL AND weight IS NOT NULL', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '行有得分没有分值', en: 'rows with a score but no weight' },
	from: 'FROM scored WHERE score IS NOT NULL AND weight IS NULL',
	table: 'source_id',
	reason: {
		zh: '该行未印分值（分值只印在上级指标？）',
		en: 'the row prints no weight (weights printed on the parent indicator only?)'
	}
})}`
};

export const fundingScoreVsRate: AuditRule = {
	id: 'funding_score_vs_rate',
	family: 'scoring',
	severity: 'note',
	title: {
		zh: '资金执行得分与 分值 × 执行率 不同',
		en: 'Funding score differs from weight × execution rate'
	},
	description: {
		zh: '项目自评表资金执行一行的得分，与通行算法 分值 × 执行率（全年执行数 ÷ 全年预算数，不超过 100%）比较。各地评分办法不一（有的分档计分），所以只作提示，并给出执行率。',
		en: 'A project’s funding-row score against the usual rule weight × execution rate (executed ÷ full-year budget, at most 100%). Scoring rules vary by place (some score in bands), so this is a note, with the rate shown.'
	},
	tolerance: POINTS_TOLERANCE,
	explain: {
		differs: {
			zh: '“{subject}”（{year} 年）资金执行得分 {left}，按 分值 × 执行率 应为 {right}（{formula}；执行率 {extra}）。若当地按分档计分，请以其办法为准。',
			en: '“{subject}” ({year}) scored {left} for funding; weight × execution rate gives {right} ({formula}; execution rate {extra}). Where the local rules score in bands, they decide.'
		}
	},
	sql: `-- funding_score against funding_weight × min(executed ÷ budget, 1).
WITH p AS (
  SELECT *, coalesce(budget_full_year, budget_initial) AS budget,
         CASE WHEN budget_full_year IS NOT NULL THEN budget_full_year_decimals ELSE budget_initial_decimals END AS budget_decimals,
         least(executed / coalesce(budget_full_year, budget_initial), 1) AS rate
  FROM projects
  WHERE is_primary AND funding_score IS NOT NULL AND funding_weight IS NOT NULL AND executed IS NOT NULL
    AND coalesce(budget_full_year, budget_initial) > 0
)
SELECT 'note' AS severity, 'differs' AS variant, 'projects' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, project_id AS subject_key, name_zh AS subject_zh, name_en AS subject_en,
       '资金执行得分' AS left_label_zh, 'funding score' AS left_label_en,
       funding_score AS left_value, '分' AS left_unit, funding_score_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '分值 × 执行率' AS right_label_zh, 'weight × execution rate' AS right_label_en,
       round(funding_weight * rate, 2) AS right_value, '分' AS right_unit, 2 AS right_decimals,
       source_id AS right_source_id, locator AS right_locator, excerpt AS right_excerpt,
       printf('%.' || funding_weight_decimals || 'f', funding_weight) || ' × min(' ||
         printf('%.' || executed_decimals || 'f', executed) || ' ÷ ' || printf('%.' || budget_decimals || 'f', budget) || ', 1)' AS right_formula,
       round(funding_score - funding_weight * rate, 2) AS difference,
       0.5 * power(10, -funding_score_decimals) AS tolerance,
       '执行率' AS extra_label_zh, 'execution rate' AS extra_label_en,
       round(100 * executed / budget, 2) AS extra_value, '%' AS extra_unit, 2 AS extra_decimals
FROM p
WHERE abs(funding_score - funding_weight * rate) > 0.5 * power(10, -funding_score_decimals) + 1e-9
ORDER BY department_id, fiscal_year, project_id`,
	coverage: `${coverageRow({
		status: 'compared',
		what: { zh: '个资金执行得分与 分值 × 执行率', en: 'funding scores against weight × execution rate' },
		from: `FROM projects WHERE is_primary AND funding_score IS NOT NULL AND funding_weight IS NOT NULL AND executed IS NOT NULL
  AND coalesce(budget_full_year, budget_initial) > 0`,
		table: 'source_id'
	})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目资金执行得分未填', en: 'projects leave the funding score blank' },
	from: 'FROM projects WHERE is_primary AND funding_score IS NULL AND funding_weight IS NOT NULL',
	table: 'source_id',
	reason: {
		zh: '没有得分可比（总分规则按 分值 × 执行率 计入）',
		en: 'no score to compare (the total-score rule counts weight × rate)'
	}
})}`
};

export const scoresWithinWeights: AuditRule = {
	id: 'scores_within_weights',
	family: 'scoring',
	severity: 'error',
	title: { zh: '得分之和超过分值之和', en: 'The scores add up to more than the weights' },
	description: {
		zh: '同一张自评表（部门整体或一个项目，含资金执行一行）：各行得分之和不能超过各行分值之和；所列总分也不能超过所列总分值。',
		en: 'One self-assessment table (the department’s or one project’s, funding row included): its scores cannot add up to more than its weights, and its stated total score cannot exceed its stated total weight.'
	},
	tolerance: POINTS_TOLERANCE,
	explain: {
		sum_over: {
			zh: '“{subject}”（{year} 年）各行得分之和 {left}，超过各行分值之和 {right}，多 {difference}。',
			en: '“{subject}” ({year}): the scores add up to {left}, {difference} more than the weights, {right}.'
		},
		stated_over: {
			zh: '“{subject}”（{year} 年）所列总分 {left}，超过所列总分值 {right}，多 {difference}。',
			en: '“{subject}” ({year}) states a total score of {left}, {difference} more than its stated total weight of {right}.'
		}
	},
	sql: `-- Σ score (rows with a score) against Σ weight (rows with a weight) per table, and the stated totals.
WITH ${SCORED_ROWS_CTE},
sums AS (
  SELECT department_id, fiscal_year, coalesce(project_id, 'department') AS subject_key, 'sum_over' AS variant,
         round(sum(score), 6) AS left_value, round(sum(weight), 6) AS right_value,
         max(greatest(coalesce(score_decimals, 0), coalesce(weight_decimals, 0))) AS d,
         min(source_id) AS source_id, string_agg(locator, '; ' ORDER BY row_no) AS locator,
         string_agg(printf('%.' || score_decimals || 'f', score), ' + ' ORDER BY row_no) AS left_excerpt,
         string_agg(printf('%.' || weight_decimals || 'f', weight), ' + ' ORDER BY row_no) AS right_formula,
         '得分之和' AS left_label_zh, 'sum of the scores' AS left_label_en,
         '分值之和' AS right_label_zh, 'sum of the weights' AS right_label_en
  FROM scored WHERE score IS NOT NULL OR weight IS NOT NULL
  GROUP BY department_id, fiscal_year, coalesce(project_id, 'department')
  HAVING count(score) > 0 AND count(weight) > 0
),
stated AS (
  SELECT department_id, fiscal_year, project_id AS subject_key, 'stated_over' AS variant,
         total_score_stated AS left_value, total_weight_stated AS right_value,
         greatest(total_score_stated_decimals, total_weight_stated_decimals) AS d,
         source_id, locator, excerpt AS left_excerpt, NULL::VARCHAR AS right_formula,
         '所列总分' AS left_label_zh, 'stated total score' AS left_label_en,
         '所列总分值' AS right_label_zh, 'stated total weight' AS right_label_en
  FROM projects WHERE is_primary AND total_score_stated IS NOT NULL AND total_weight_stated IS NOT NULL
  UNION ALL
  SELECT department_id, fiscal_year, 'department', 'stated_over', score, weight,
         greatest(score_decimals, weight_decimals), source_id, locator, excerpt, NULL,
         '所列总分', 'stated total score', '所列总分值', 'stated total weight'
  FROM indicators WHERE is_primary AND project_id IS NULL AND level1_zh = '总分' AND score IS NOT NULL AND weight IS NOT NULL
),
compared AS (SELECT * FROM sums UNION ALL BY NAME SELECT * FROM stated)
SELECT 'error' AS severity, c.variant, 'indicators' AS topic,
       c.department_id, c.fiscal_year, NULL::VARCHAR AS stage, c.subject_key,
       coalesce(p.name_zh, '部门整体支出绩效自评表') AS subject_zh, coalesce(p.name_en, 'department self-assessment table') AS subject_en,
       c.left_label_zh, c.left_label_en, c.left_value, '分' AS left_unit, c.d AS left_decimals,
       c.source_id AS left_source_id, c.locator AS left_locator, c.left_excerpt,
       c.right_label_zh, c.right_label_en, c.right_value, '分' AS right_unit, c.d AS right_decimals,
       c.source_id AS right_source_id, c.locator AS right_locator, c.right_formula AS right_excerpt,
       c.right_formula, round(c.left_value - c.right_value, 6) AS difference, 0.5 * power(10, -c.d) AS tolerance
FROM compared c
LEFT JOIN projects p ON p.department_id = c.department_id AND p.fiscal_year = c.fiscal_year
                    AND p.project_id = c.subject_key AND p.is_primary
WHERE c.left_value - c.right_value > 0.5 * power(10, -c.d) + 1e-9
ORDER BY c.department_id, c.fiscal_year, c.subject_key, c.variant`,
	coverage: `WITH ${SCORED_ROWS_CTE},
tables AS (SELECT department_id, fiscal_year, coalesce(project_id, 'department') AS t, min(source_id) AS source_id
  FROM scored GROUP BY ALL HAVING count(score) > 0 AND count(weight) > 0)
${coverageRow({ status: 'compared', what: { zh: '张自评表的得分之和与分值之和', en: 'tables’ score sums against their weight sums' }, from: 'FROM tables', table: 'source_id' })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个所列总分与所列总分值', en: 'stated total scores against the stated total weight' }, from: 'FROM projects WHERE is_primary AND total_score_stated IS NOT NULL AND total_weight_stated IS NOT NULL', table: 'source_id' })}`
};
