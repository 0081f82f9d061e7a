import type { AuditRule } from '../types';

/** Family 5: further checks a careful auditor of such reports makes. */

const WEIGHTED = `printf('%.' || weight_decimals || 'f', weight)`;

export const weightsTotal: AuditRule = {
	id: 'weights_total',
	family: 'extra',
	severity: 'error',
	title: { zh: '分值之和与所列总分值不符', en: 'The weights do not add up to the stated total' },
	description: {
		zh: '评分表的分值（权重）必须加起来等于所列的总分值：项目表各指标分值加资金执行分值等于总分值（通常 100），部门整体表各行分值等于“总分”行的分值，每个一级指标旁所列的分值（如“产出指标（50分）”）等于其下各行分值之和。分值不对，得分就没有意义。',
		en: 'A scoring table’s weights must add up to its stated totals: a project table’s indicator weights plus the funding weight to its total (usually 100), the department table’s rows to its 总分 row, and each level-1 group (“产出指标 (50分)”) to the sum of its rows. With wrong weights the scores mean nothing.'
	},
	tolerance: {
		zh: '分值是设定的：按所印精度的半个末位比较（整数分值时容差 0.5）。',
		en: 'Weights are set, not measured: they agree within half a unit of their printed precision (0.5 for whole points).'
	},
	explain: {
		mismatch: {
			zh: '“{subject}”（{year} 年）所列分值 {left}，而各行分值之和为 {right}（{formula}），相差 {difference}。',
			en: '“{subject}” ({year}) states a weight of {left}, but the rows’ weights add up to {right} ({formula}), a difference of {difference}.'
		}
	},
	sql: `-- Stated weight totals (project total, department 总分 row, level-1 groups) against the rows' weights.
WITH weighted AS (SELECT * FROM indicators WHERE is_primary AND weight IS NOT NULL AND level1_zh <> '总分'),
tables AS (
  SELECT department_id, fiscal_year, project_id, sum(weight) AS weight, max(weight_decimals) AS decimals,
         string_agg(${WEIGHTED}, ' + ' ORDER BY row_no) AS formula, min(source_id) AS source_id,
         string_agg(locator, '; ' ORDER BY row_no) AS locators, string_agg(excerpt, ' | ' ORDER BY row_no) AS excerpts
  FROM weighted GROUP BY department_id, fiscal_year, project_id
),
groups AS (
  SELECT r.department_id, r.fiscal_year, r.project_id, r.level1_zh, r.level1_en,
         max(r.level1_weight_stated) AS stated, max(r.level1_weight_stated_decimals) AS stated_decimals,
         sum(r.weight) AS weight, max(r.weight_decimals) AS decimals,
         string_agg(printf('%.' || r.weight_decimals || 'f', r.weight), ' + ' ORDER BY r.row_no) AS formula,
         min(r.source_id) AS source_id, min(r.row_no) AS first_row,
         string_agg(r.locator, '; ' ORDER BY r.row_no) AS locators, string_agg(r.excerpt, ' | ' ORDER BY r.row_no) AS excerpts
  FROM indicators r
  WHERE r.is_primary AND r.level1_weight_stated IS NOT NULL AND r.weight IS NOT NULL
  GROUP BY r.department_id, r.fiscal_year, r.project_id, r.level1_zh, r.level1_en
),
compared AS (
  SELECT p.department_id, p.fiscal_year, p.project_id AS subject_key, p.name_zh, p.name_en,
         p.total_weight_stated AS stated, p.total_weight_stated_decimals AS stated_decimals,
         p.source_id, p.locator, p.excerpt,
         t.weight + coalesce(p.funding_weight, 0) AS recomputed,
         greatest(t.decimals, p.total_weight_stated_decimals) AS decimals,
         t.formula || coalesce(' + ' || printf('%.' || p.funding_weight_decimals || 'f', p.funding_weight), '') AS formula,
         t.source_id AS r_source_id, t.locators AS r_locator, t.excerpts AS r_excerpt
  FROM projects p JOIN tables t USING (department_id, fiscal_year, project_id)
  WHERE p.total_weight_stated IS NOT NULL
  UNION ALL
  SELECT i.department_id, i.fiscal_year, 'department', '部门整体支出绩效自评表', 'department self-assessment table',
         i.weight, i.weight_decimals, i.source_id, i.locator, i.excerpt,
         t.weight, greatest(t.decimals, i.weight_decimals), t.formula, t.source_id, t.locators, t.excerpts
  FROM indicators i JOIN tables t ON t.department_id = i.department_id AND t.fiscal_year = i.fiscal_year
                                 AND t.project_id IS NULL
  WHERE i.project_id IS NULL AND i.level1_zh = '总分' AND i.weight IS NOT NULL
  UNION ALL
  SELECT g.department_id, g.fiscal_year, coalesce(g.project_id, 'department') || '/' || g.level1_zh,
         coalesce(p.name_zh || ' / ', '') || g.level1_zh, coalesce(p.name_en || ' / ', '') || g.level1_en,
         g.stated, g.stated_decimals, g.source_id, split_part(g.locators, '; ', 1), split_part(g.excerpts, ' | ', 1),
         g.weight, greatest(g.decimals, g.stated_decimals), g.formula, g.source_id, g.locators, g.excerpts
  FROM groups g
  LEFT JOIN projects p ON p.department_id = g.department_id AND p.fiscal_year = g.fiscal_year AND p.project_id = g.project_id
)
SELECT 'error' AS severity, 'mismatch' AS variant, 'indicators' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, subject_key, name_zh AS subject_zh, name_en AS subject_en,
       '所列分值' AS left_label_zh, 'stated weight' AS left_label_en,
       stated AS left_value, '分' AS left_unit, stated_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '各行分值之和' AS right_label_zh, 'sum of the rows’ weights' AS right_label_en,
       recomputed AS right_value, '分' AS right_unit, decimals AS right_decimals,
       r_source_id AS right_source_id, r_locator AS right_locator, r_excerpt AS right_excerpt,
       formula AS right_formula,
       round(stated - recomputed, 6) AS difference, 0.5 * power(10, -decimals) AS tolerance
FROM compared
WHERE abs(stated - recomputed) > 0.5 * power(10, -decimals) + 1e-9
ORDER BY department_id, fiscal_year, subject_key`
};

export const executedOverBudget: AuditRule = {
	id: 'executed_over_budget',
	family: 'extra',
	severity: 'warning',
	title: { zh: '项目执行数超过预算数', en: 'A project executed more than its budget' },
	description: {
		zh: '项目支出绩效自评表中的全年执行数大于全年预算数（无全年预算数时为年初预算数），即执行率超过 100%：或者预算调整没有反映在表中，或者某个数字有误。',
		en: 'A project table’s executed amount is larger than its full-year budget (initial budget when there is none): an execution rate above 100%. Either a budget adjustment is missing from the table or a figure is wrong.'
	},
	tolerance: {
		zh: '两个金额各有半个末位的舍入误差：容差 = 10^-d，d 为两者中较多的小数位数。',
		en: 'Each amount may be off by half a unit of its last place: tolerance = 10^-d, d the more decimals of the two.'
	},
	explain: {
		over: {
			zh: '“{subject}”（{year} 年）全年执行数 {left}，超过预算数 {right} 共 {difference}。',
			en: '“{subject}” ({year}) executed {left}, {difference} more than its budget of {right}.'
		}
	},
	sql: `-- projects.executed above the full-year (else initial) budget.
WITH p AS (
  SELECT *, coalesce(budget_full_year, budget_initial) AS budget,
         CASE WHEN budget_full_year IS NOT NULL THEN budget_full_year_decimals ELSE budget_initial_decimals END AS budget_decimals
  FROM projects WHERE executed IS NOT NULL AND coalesce(budget_full_year, budget_initial) IS NOT NULL
)
SELECT 'warning' AS severity, 'over' AS variant, 'projects' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, project_id AS subject_key,
       name_zh AS subject_zh, name_en AS subject_en,
       '全年执行数' AS left_label_zh, 'executed amount' AS left_label_en,
       executed AS left_value, unit AS left_unit, executed_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       CASE WHEN budget_full_year IS NOT NULL THEN '全年预算数' ELSE '年初预算数' END AS right_label_zh,
       CASE WHEN budget_full_year IS NOT NULL THEN 'full-year budget' ELSE 'initial budget' END AS right_label_en,
       budget AS right_value, unit AS right_unit, budget_decimals AS right_decimals,
       source_id AS right_source_id, locator AS right_locator, excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(executed - budget, 6) AS difference,
       power(10, -greatest(executed_decimals, budget_decimals)) AS tolerance,
       [source_id || chr(9) || locator || chr(9) || executed,
        source_id || chr(9) || locator || chr(9) || budget] AS touches
FROM p
WHERE executed - budget > power(10, -greatest(executed_decimals, budget_decimals)) + 1e-9
ORDER BY department_id, fiscal_year, project_id`
};

export const finalOverBudget: AuditRule = {
	id: 'final_over_budget',
	family: 'extra',
	severity: 'note',
	title: { zh: '决算数超过预算数', en: 'Final accounts exceed the budget' },
	description: {
		zh: '同一科目的决算数大于当年预算数（优先全年预算数，其次年初预算数、未注明阶段的预算）。年中追加预算可以解释，但报告没有给出调整后的预算时，读者无从判断，所以作为提示列出，并给出超出比例。',
		en: 'A line’s final amount is larger than its budget for the year (full-year budget first, then initial budget, then a budget of unstated stage). A mid-year top-up can explain it, but where the report gives no adjusted budget the reader cannot tell, so it is listed as a note with the overrun in per cent.'
	},
	tolerance: {
		zh: '两个金额各有半个末位的舍入误差：容差 = 10^-d，d 为两者中较多的小数位数。',
		en: 'Each amount may be off by half a unit of its last place: tolerance = 10^-d, d the more decimals of the two.'
	},
	explain: {
		over: {
			zh: '{subject}（{year} 年）决算 {left}，比{right_label} {right} 多 {difference}（超出 {extra}）。',
			en: '{subject} ({year}): final {left}, {difference} more than the {right_label} of {right} (over by {extra}).'
		}
	},
	sql: `-- Primary reported final amounts above the same line's budget of that year.
WITH budgets AS (
  SELECT * FROM spending
  WHERE is_primary AND derivation = 'reported' AND stage IN ('budget_full_year', 'budget_initial', 'budget')
  QUALIFY row_number() OVER (
    PARTITION BY department_id, fiscal_year, line_id
    ORDER BY CASE stage WHEN 'budget_full_year' THEN 1 WHEN 'budget_initial' THEN 2 ELSE 3 END) = 1
)
SELECT 'note' AS severity, 'over' AS variant,
       CASE WHEN f.category = 'three_public' THEN 'three_public' ELSE 'spending' END AS topic,
       f.department_id, f.fiscal_year, f.stage, f.line_id AS subject_key, f.line_zh AS subject_zh, f.line_en AS subject_en,
       '决算数' AS left_label_zh, 'final amount' AS left_label_en,
       f.amount AS left_value, f.unit AS left_unit, f.amount_decimals AS left_decimals,
       f.source_id AS left_source_id, f.locator AS left_locator, f.excerpt AS left_excerpt,
       CASE b.stage WHEN 'budget_full_year' THEN '全年预算数' WHEN 'budget_initial' THEN '年初预算数' ELSE '预算数' END AS right_label_zh,
       CASE b.stage WHEN 'budget_full_year' THEN 'full-year budget' WHEN 'budget_initial' THEN 'initial budget' ELSE 'budget' END AS right_label_en,
       b.amount AS right_value, b.unit AS right_unit, b.amount_decimals AS right_decimals,
       b.source_id AS right_source_id, b.locator AS right_locator, b.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(f.amount - b.amount, 6) AS difference,
       power(10, -greatest(f.amount_decimals, b.amount_decimals)) AS tolerance,
       '超出比例' AS extra_label_zh, 'overrun' AS extra_label_en,
       round(100 * (f.amount - b.amount) / b.amount, 1) AS extra_value, '%' AS extra_unit, 1 AS extra_decimals
FROM spending f
JOIN budgets b ON b.department_id = f.department_id AND b.fiscal_year = f.fiscal_year
              AND b.line_id = f.line_id AND b.unit = f.unit
WHERE f.stage = 'final' AND f.is_primary AND f.derivation = 'reported' AND b.amount > 0
  AND f.amount - b.amount > power(10, -greatest(f.amount_decimals, b.amount_decimals)) + 1e-9
ORDER BY f.department_id, f.fiscal_year, f.line_id`
};
