import type { AuditRule } from '../types';

/** Family 2: every stated rate or share against the rate recomputed from its figures. */

const RATE_TOLERANCE = {
	zh: '所列比率按其自身精度四舍五入：印为 72.85% 的比率，重算值与之相差不超过 0.005 个百分点才算一致；印为 100% 的，相差不超过 0.5 个百分点。重算使用原文所印的金额或人数。',
	en: 'A stated rate is taken as rounded to its own printed precision: a rate printed as 72.85% agrees if the recomputed rate is within 0.005 percentage points; one printed as 100% agrees within 0.5. Rates are recomputed from the amounts or head counts as printed.'
};

const PROJECT_BUDGET = `coalesce(budget_full_year, budget_initial)`;

/** Both execution-rate rules read the projects through this CTE (budget: full-year, else initial). */
const PROJECT_RATES_CTE = `WITH p AS (
  SELECT *, ${PROJECT_BUDGET} AS budget,
         CASE WHEN budget_full_year IS NOT NULL THEN budget_full_year_decimals ELSE budget_initial_decimals END AS budget_decimals,
         100 * executed / ${PROJECT_BUDGET} AS recomputed
  FROM projects
  WHERE `;

/** The finding columns both execution-rate rules share: stated rate (left) vs recomputed (right). */
const STATED_VS_RECOMPUTED = `       department_id, fiscal_year, NULL::VARCHAR AS stage, project_id AS subject_key,
       name_zh AS subject_zh, name_en AS subject_en,
       '所列执行率' AS left_label_zh, 'stated execution rate' AS left_label_en,
       execution_rate_stated AS left_value, '%' AS left_unit, execution_rate_stated_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '按金额重算' AS right_label_zh, 'recomputed from the amounts' AS right_label_en,
       round(recomputed, 2) AS right_value, '%' AS right_unit, NULL::INTEGER AS right_decimals,
       source_id AS right_source_id, locator AS right_locator, excerpt AS right_excerpt,
       printf('%.' || executed_decimals || 'f', executed) || ' ÷ ' || printf('%.' || budget_decimals || 'f', budget) || ' × 100' AS right_formula,
       round(execution_rate_stated - recomputed, 2) AS difference,
       0.5 * power(10, -execution_rate_stated_decimals) AS tolerance,
`;

export const executionRate: AuditRule = {
	id: 'execution_rate',
	family: 'rates',
	severity: 'error',
	title: { zh: '项目执行率与金额不符', en: 'A project’s execution rate does not match its amounts' },
	description: {
		zh: '项目支出绩效自评表（附件3）所列执行率，与全年执行数 ÷ 全年预算数（无全年预算数时用年初预算数）重算的结果比较。',
		en: 'The execution rate printed in a project self-assessment table (附件3) against executed ÷ full-year budget (the initial budget when no full-year budget is given), recomputed.'
	},
	tolerance: RATE_TOLERANCE,
	explain: {
		mismatch: {
			zh: '“{subject}”（{year} 年）所列执行率为 {left}，但按表中金额重算为 {right}（{formula}），相差 {difference}，超出四舍五入所能解释的范围。',
			en: '“{subject}” ({year}) states an execution rate of {left}, but its own amounts give {right} ({formula}), a difference of {difference}, more than rounding can explain.'
		}
	},
	sql: `-- projects.execution_rate_stated against 100 × executed ÷ budget (full-year, else initial).
${PROJECT_RATES_CTE}execution_rate_stated IS NOT NULL AND executed IS NOT NULL AND ${PROJECT_BUDGET} > 0
)
SELECT 'error' AS severity, 'mismatch' AS variant, 'projects' AS topic,
${STATED_VS_RECOMPUTED}       [source_id || chr(9) || locator || chr(9) || execution_rate_stated,
        source_id || chr(9) || locator || chr(9) || executed,
        source_id || chr(9) || locator || chr(9) || budget] AS touches
FROM p
WHERE abs(execution_rate_stated - recomputed) > 0.5 * power(10, -execution_rate_stated_decimals) + 1e-9
ORDER BY department_id, fiscal_year, project_id`
};

export const executionRoundedUp: AuditRule = {
	id: 'execution_rounded_up',
	family: 'rates',
	severity: 'note',
	title: { zh: '未全部执行却报 100%', en: '100% stated although money was left unspent' },
	description: {
		zh: '执行数小于预算数，所列执行率却是 100%，且差额在四舍五入范围内（如 9.97 ÷ 10 = 99.7%，四舍五入为 100%）。算术上说得通，但“100%”给人全部执行的印象。',
		en: 'The executed amount is below the budget, yet the stated rate is 100% and the gap is within rounding (9.97 ÷ 10 = 99.7% rounds to 100%). Arithmetically explainable, but “100%” reads as fully executed.'
	},
	tolerance: RATE_TOLERANCE,
	explain: {
		rounded: {
			zh: '“{subject}”（{year} 年）报执行率 {left}，实际为 {right}（{formula}）：有 {extra} 未执行，100% 是四舍五入的结果。',
			en: '“{subject}” ({year}) states {left}, but the rate is {right} ({formula}): {extra} was not spent, and 100% is a rounding.'
		}
	},
	sql: `-- A stated 100% where executed < budget but the gap is within the rate's rounding.
${PROJECT_RATES_CTE}execution_rate_stated = 100 AND executed IS NOT NULL AND ${PROJECT_BUDGET} > 0
)
SELECT 'note' AS severity, 'rounded' AS variant, 'projects' AS topic,
${STATED_VS_RECOMPUTED}       '未执行金额' AS extra_label_zh, 'unspent' AS extra_label_en,
       round(budget - executed, 6) AS extra_value, unit AS extra_unit,
       greatest(executed_decimals, budget_decimals) AS extra_decimals,
       [source_id || chr(9) || locator || chr(9) || execution_rate_stated,
        source_id || chr(9) || locator || chr(9) || executed] AS touches
FROM p
WHERE executed < budget - 1e-9
  AND abs(execution_rate_stated - recomputed) <= 0.5 * power(10, -execution_rate_stated_decimals) + 1e-9
ORDER BY department_id, fiscal_year, project_id`
};

export const controlRate: AuditRule = {
	id: 'control_rate',
	family: 'rates',
	severity: 'error',
	title: { zh: '人员控制率与人数不符', en: 'The staffing control rate does not match the head counts' },
	description: {
		zh: '财政供养人员“控制率”= 实际在职人数 ÷ 编制数。所列控制率与同一来源（优先同一张表）的人数重算结果比较。',
		en: 'The staffing control rate is actual staff ÷ authorised posts. The stated rate is compared with the rate recomputed from the head counts of the same source (the same table where possible).'
	},
	tolerance: RATE_TOLERANCE,
	explain: {
		mismatch: {
			zh: '{year} 年所列控制率为 {left}，但 {formula} = {right}，相差 {difference}。所列比率相当于 {extra}。',
			en: 'The {year} control rate is stated as {left}, but {formula} = {right}, a difference of {difference}. The stated rate corresponds to {extra}.'
		}
	},
	sql: `-- staffing control_rate against 100 × actual_staff ÷ authorised_total (same source, same table first).
WITH pairs AS (
  SELECT r.*, a.value AS actual, a.locator AS actual_locator, a.excerpt AS actual_excerpt,
         t.value AS authorised, t.locator AS authorised_locator, t.excerpt AS authorised_excerpt,
         100 * a.value / t.value AS recomputed
  FROM staffing r
  JOIN staffing a ON a.department_id = r.department_id AND a.fiscal_year = r.fiscal_year
                 AND a.source_id = r.source_id AND a.metric = 'actual_staff'
  JOIN staffing t ON t.department_id = r.department_id AND t.fiscal_year = r.fiscal_year
                 AND t.source_id = r.source_id AND t.metric = 'authorised_total'
  WHERE r.metric = 'control_rate' AND t.value > 0
  QUALIFY row_number() OVER (
    PARTITION BY r.department_id, r.fiscal_year, r.locator
    ORDER BY (split_part(a.locator, ' / ', 1) = split_part(r.locator, ' / ', 1)) DESC, a.locator, t.locator) = 1
)
SELECT 'error' AS severity, 'mismatch' AS variant, 'staffing' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, 'control_rate' AS subject_key,
       '控制率' AS subject_zh, 'control rate' AS subject_en,
       '所列控制率' AS left_label_zh, 'stated control rate' AS left_label_en,
       value AS left_value, '%' AS left_unit, value_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '实际在职人数 ÷ 编制数' AS right_label_zh, 'actual staff ÷ authorised posts' AS right_label_en,
       round(recomputed, 2) AS right_value, '%' AS right_unit, NULL::INTEGER AS right_decimals,
       source_id AS right_source_id, actual_locator || '; ' || authorised_locator AS right_locator,
       actual_excerpt || ' | ' || authorised_excerpt AS right_excerpt,
       printf('%.0f', actual) || ' ÷ ' || printf('%.0f', authorised) || ' × 100' AS right_formula,
       round(value - recomputed, 2) AS difference,
       0.5 * power(10, -value_decimals) AS tolerance,
       '所列比率对应的在职人数' AS extra_label_zh, 'staff implied by the stated rate' AS extra_label_en,
       round(value * authorised / 100, 2) AS extra_value, '人' AS extra_unit, NULL::INTEGER AS extra_decimals,
       [source_id || chr(9) || locator || chr(9) || value,
        source_id || chr(9) || actual_locator || chr(9) || actual,
        source_id || chr(9) || authorised_locator || chr(9) || authorised] AS touches
FROM pairs
WHERE abs(value - recomputed) > 0.5 * power(10, -value_decimals) + 1e-9
ORDER BY department_id, fiscal_year`
};

export const shareOfParent: AuditRule = {
	id: 'share_of_parent',
	family: 'rates',
	severity: 'error',
	title: { zh: '所列占比与金额不符', en: 'A stated share does not match the amounts' },
	description: {
		zh: '金额旁所列的占比（如“基本支出 121.86（14.61%）”）与 该金额 ÷ 上级科目金额 重算的结果比较，同一阶段。',
		en: 'A share printed next to an amount (“basic 121.86 (14.61%)”) against the amount ÷ its parent line’s amount, recomputed, at the same stage.'
	},
	tolerance: RATE_TOLERANCE,
	explain: {
		mismatch: {
			zh: '“{subject}”（{year} 年{stage}）所列占{extra_label}（{extra}）的比例为 {left}，按金额重算为 {right}（{formula}），相差 {difference}。',
			en: '“{subject}” ({year}, {stage}) is stated as {left} of {extra_label} ({extra}), but the amounts give {right} ({formula}), a difference of {difference}.'
		}
	},
	sql: `-- spending.share_pct_stated against 100 × amount ÷ parent amount (primary rows, same stage).
SELECT 'error' AS severity, 'mismatch' AS variant, 'spending' AS topic,
       c.department_id, c.fiscal_year, c.stage, c.line_id AS subject_key,
       c.line_zh AS subject_zh, c.line_en AS subject_en,
       '所列占比' AS left_label_zh, 'stated share' AS left_label_en,
       c.share_pct_stated AS left_value, '%' AS left_unit, c.share_pct_stated_decimals AS left_decimals,
       c.source_id AS left_source_id, c.locator AS left_locator, c.excerpt AS left_excerpt,
       '按金额重算' AS right_label_zh, 'recomputed from the amounts' AS right_label_en,
       round(100 * c.amount / t.amount, 2) AS right_value, '%' AS right_unit, NULL::INTEGER AS right_decimals,
       t.source_id AS right_source_id, c.locator || '; ' || t.locator AS right_locator,
       c.excerpt || ' | ' || t.excerpt AS right_excerpt,
       printf('%.' || c.amount_decimals || 'f', c.amount) || ' ÷ ' || printf('%.' || t.amount_decimals || 'f', t.amount) || ' × 100' AS right_formula,
       round(c.share_pct_stated - 100 * c.amount / t.amount, 2) AS difference,
       0.5 * power(10, -c.share_pct_stated_decimals) AS tolerance,
       t.line_zh AS extra_label_zh, t.line_en AS extra_label_en, t.amount AS extra_value, t.unit AS extra_unit,
       t.amount_decimals AS extra_decimals,
       [c.source_id || chr(9) || c.locator || chr(9) || c.share_pct_stated,
        c.source_id || chr(9) || c.locator || chr(9) || c.amount,
        t.source_id || chr(9) || t.locator || chr(9) || t.amount] AS touches
FROM spending c
JOIN spending t ON t.department_id = c.department_id AND t.fiscal_year = c.fiscal_year
               AND t.stage = c.stage AND t.line_id = c.parent_line_id AND t.is_primary
WHERE c.share_pct_stated IS NOT NULL AND t.amount > 0
  AND abs(c.share_pct_stated - 100 * c.amount / t.amount) > 0.5 * power(10, -c.share_pct_stated_decimals) + 1e-9
ORDER BY c.department_id, c.fiscal_year, c.stage, c.line_id`
};
