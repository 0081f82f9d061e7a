import type { AuditRule } from '../types';
import { INDICATOR_NAMES_CTE } from './changes';
import { APPROPRIATION } from './standard-more';

/** Family 3: the same fact reported in more than one place with different values. */

const SAME_FACT_TOLERANCE = {
	zh: '两处之一可能是另一处的四舍五入：容差为两者中较粗精度的半个末位，½ × 10^-d，d 取较少的小数位数（如 25.3 与 25.27 一致，49 与 48 不一致）。',
	en: 'One place may round the other: the tolerance is half a unit of the coarser of the two, ½ × 10^-d with d the fewer decimals (25.3 agrees with 25.27; 49 does not agree with 48).'
};

/**
 * Two money figures compared as published when their units agree, else both in 万元 (the stored
 * `_wan` columns), the decimals moved with the point (元 → 万元 adds 4).
 */
const MONEY_PAIR = (args: { a: string; b: string; column: string; bColumn?: string }) => {
	const { a, b, column } = args;
	const bColumn = args.bColumn ?? column;
	const same = `${b}.unit = ${a}.unit`;
	const wanDecimals = (alias: string, name: string) =>
		`greatest(0, ${alias}.${name}_decimals + CASE ${alias}.unit WHEN '元' THEN 4 WHEN '亿元' THEN -4 ELSE 0 END)`;
	return `CASE WHEN ${same} THEN ${a}.${column} ELSE ${a}.${column}_wan END AS left_value,
         CASE WHEN ${same} THEN ${a}.${column}_decimals ELSE ${wanDecimals(a, column)} END AS left_decimals,
         CASE WHEN ${same} THEN ${b}.${bColumn} ELSE ${b}.${bColumn}_wan END AS right_value,
         CASE WHEN ${same} THEN ${b}.${bColumn}_decimals ELSE ${wanDecimals(b, bColumn)} END AS right_decimals,
         CASE WHEN ${same} THEN ${a}.unit ELSE '万元' END AS compared_unit`;
};

const SAME_FACT = (a: string, b: string) =>
	`abs(${a}_value - ${b}_value) > 0.5 * power(10, -least(${a}_decimals, ${b}_decimals)) + 1e-9`;

export const restatedSpending: AuditRule = {
	id: 'restated_spending',
	family: 'restated',
	severity: 'warning',
	title: { zh: '同一金额在两处数值不同', en: 'The same amount differs between two places' },
	description: {
		zh: '同一部门、年度、科目、阶段的金额在报告中出现多次（如附件表格与正文），看板展示的那一行（is_primary）与其他各处比较。',
		en: 'An amount for the same department, year, line and stage printed more than once (a table and the body text, say): the row the dashboards show (is_primary) is compared with every restatement.'
	},
	tolerance: SAME_FACT_TOLERANCE,
	explain: {
		mismatch: {
			zh: '{subject}（{year} 年{stage}）在一处为 {left}，在另一处为 {right}，相差 {difference}。',
			en: '{subject} ({year}, {stage}) is {left} in one place and {right} in another, a difference of {difference}.'
		}
	},
	sql: `-- The primary row of each (department, year, line, stage) against its restatements (is_primary = false),
-- in 万元 when the two state different units.
WITH pairs AS (
  SELECT p.*, ${MONEY_PAIR({ a: 'p', b: 'r', column: 'amount' })},
         r.source_id AS r_source_id, r.locator AS r_locator, r.excerpt AS r_excerpt
  FROM spending p
  JOIN spending r ON r.department_id = p.department_id AND r.fiscal_year = p.fiscal_year
                 AND r.line_id = p.line_id AND r.stage = p.stage AND NOT r.is_primary
  -- A table's grand total restated in another table: total_across_tables. A 财政拨款 table's line
  -- not above the all-funds line is a subset, not a restatement that disagrees.
  WHERE p.is_primary AND NOT (p.category = 'total' AND p.parent_line_id IS NULL)
    AND NOT (${APPROPRIATION('r')} <> ${APPROPRIATION('p')}
             AND (CASE WHEN ${APPROPRIATION('r')} THEN r.amount_wan <= p.amount_wan ELSE p.amount_wan <= r.amount_wan END))
)
SELECT 'warning' AS severity, 'mismatch' AS variant,
       CASE WHEN category = 'three_public' THEN 'three_public' ELSE 'spending' END AS topic,
       department_id, fiscal_year, stage, line_id AS subject_key, line_zh AS subject_zh, line_en AS subject_en,
       '看板所用的一处' AS left_label_zh, 'as shown on the dashboards' AS left_label_en,
       left_value, compared_unit AS left_unit, left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '另一处' AS right_label_zh, 'restated elsewhere' AS right_label_en,
       right_value, compared_unit AS right_unit, right_decimals,
       r_source_id AS right_source_id, r_locator AS right_locator, r_excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(left_value - right_value, 6) AS difference,
       0.5 * power(10, -least(left_decimals, right_decimals)) AS tolerance
FROM pairs
WHERE ${SAME_FACT('left', 'right')}
ORDER BY department_id, fiscal_year, line_id, stage, r_locator`
};

export const projectVsLine: AuditRule = {
	id: 'project_vs_line',
	family: 'restated',
	severity: 'warning',
	title: {
		zh: '项目自评表与基础表的金额不同',
		en: 'A project’s amounts differ between its self-assessment table and the base table'
	},
	description: {
		zh: '项目支出绩效自评表（附件3）的年初预算数、全年预算数、全年执行数，与基础表（附件1）中同一项目那一行（projects.line_id）的预算数、决算数比较。',
		en: 'A project’s initial budget, full-year budget and executed amount in its self-assessment table (附件3) against the budget and final amounts of the same project’s line in the base table (附件1, linked by projects.line_id).'
	},
	tolerance: SAME_FACT_TOLERANCE,
	explain: {
		mismatch: {
			zh: '“{subject}”（{year} 年）在项目自评表中{left_label}为 {left}，在基础表中{right_label}为 {right}，相差 {difference}。',
			en: '“{subject}” ({year}): the project table gives its {left_label} as {left}, the base table its {right_label} as {right}, a difference of {difference}.'
		}
	},
	sql: `-- 附件3 project figures against the 附件1 line they belong to (projects.line_id), stage by stage,
-- in 万元 when the two tables state different units.
WITH figures AS (
  SELECT *, 'budget_initial' AS stage, budget_initial AS figure, budget_initial_decimals AS figure_decimals,
         budget_initial_wan AS figure_wan,
         '年初预算数' AS left_label_zh, 'initial budget' AS left_label_en FROM projects WHERE budget_initial IS NOT NULL
  UNION ALL BY NAME
  SELECT *, 'budget_full_year' AS stage, budget_full_year AS figure, budget_full_year_decimals AS figure_decimals,
         budget_full_year_wan AS figure_wan,
         '全年预算数' AS left_label_zh, 'full-year budget' AS left_label_en FROM projects WHERE budget_full_year IS NOT NULL
  UNION ALL BY NAME
  SELECT *, 'final' AS stage, executed AS figure, executed_decimals AS figure_decimals, executed_wan AS figure_wan,
         '全年执行数' AS left_label_zh, 'executed amount' AS left_label_en FROM projects WHERE executed IS NOT NULL
),
pairs AS (
  SELECT f.*, ${MONEY_PAIR({ a: 'f', b: 's', column: 'figure', bColumn: 'amount' })},
         s.source_id AS s_source_id,
         s.locator AS s_locator, s.excerpt AS s_excerpt, s.line_zh, s.line_en
  FROM figures f
  JOIN spending s ON s.department_id = f.department_id AND s.fiscal_year = f.fiscal_year
                 AND s.line_id = f.line_id AND s.stage = f.stage AND s.is_primary
)
SELECT 'warning' AS severity, 'mismatch' AS variant, 'projects' AS topic,
       department_id, fiscal_year, stage, project_id AS subject_key, name_zh AS subject_zh, name_en AS subject_en,
       left_label_zh, left_label_en, left_value, compared_unit AS left_unit, left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       CASE stage WHEN 'final' THEN '决算数' ELSE '预算数' END || '（' || line_zh || '）' AS right_label_zh,
       CASE stage WHEN 'final' THEN 'final amount' ELSE 'budget' END || ' (' || line_en || ')' AS right_label_en,
       right_value, compared_unit AS right_unit, right_decimals,
       s_source_id AS right_source_id, s_locator AS right_locator, s_excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(left_value - right_value, 6) AS difference,
       0.5 * power(10, -least(left_decimals, right_decimals)) AS tolerance
FROM pairs
WHERE ${SAME_FACT('left', 'right')}
ORDER BY department_id, fiscal_year, project_id, stage`
};

export const indicatorVsEnvironment: AuditRule = {
	id: 'indicator_vs_environment',
	family: 'restated',
	severity: 'warning',
	title: {
		zh: '绩效表的实际完成值与正文的环境数据不同',
		en: 'A performance table’s actual differs from the environmental figure in the body'
	},
	description: {
		zh: '部门整体支出绩效自评表（附件2）中与环境指标挂钩的行（environment_indicator），其“实际完成值”与同一份报告中该指标的观测值比较（同一来源、同一地区、同一年、全年）。只在同一报告内比较，避免混用不同口径（市城区与全市）。',
		en: 'A row of the department self-assessment table (附件2) linked to an environmental indicator (environment_indicator): its stated actual is compared with the observed value of that indicator in the same report (same source, region, year, full year). Comparing within one report avoids mixing scopes (urban area vs whole city).'
	},
	tolerance: SAME_FACT_TOLERANCE,
	explain: {
		mismatch: {
			zh: '{subject}（{year} 年）：绩效表的实际完成值为 {left}，报告正文为 {right}，相差 {difference}。同一份报告对同一结果给出了两个数字。',
			en: '{subject} ({year}): the performance table gives the actual as {left}, the report’s body text as {right}, a difference of {difference}. One report gives two figures for the same result.'
		}
	},
	sql: `-- 附件2 actual values of rows linked to an environment indicator against the same report's observed value.
WITH ${INDICATOR_NAMES_CTE},
pairs AS (
  SELECT i.*, i.actual_value AS left_value, i.actual_value_decimals AS left_decimals,
         e.value AS right_value, e.value_decimals AS right_decimals, e.unit AS e_unit,
         e.source_id AS e_source_id, e.locator AS e_locator, e.excerpt AS e_excerpt,
         coalesce(n.name_zh, i.level3_zh) AS name_zh, coalesce(n.name_en, i.level3_en) AS name_en
  FROM indicators i
  JOIN departments d ON d.department_id = i.department_id
  JOIN environment e ON e.region_id = d.region_id AND e.indicator = i.environment_indicator
                    AND e.year = i.fiscal_year AND e.period = 'year' AND e.measure = 'observed'
                    AND e.derivation = 'reported' AND e.source_id = i.source_id AND e.unit = i.actual_unit
  LEFT JOIN names n ON n.indicator = i.environment_indicator
  WHERE i.environment_indicator IS NOT NULL AND i.actual_value IS NOT NULL
)
SELECT 'warning' AS severity, 'mismatch' AS variant, 'environment' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, environment_indicator AS subject_key,
       name_zh AS subject_zh, name_en AS subject_en,
       '绩效表实际完成值' AS left_label_zh, 'actual in the performance table' AS left_label_en,
       left_value, actual_unit AS left_unit, left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '正文观测值' AS right_label_zh, 'observed value in the body text' AS right_label_en,
       right_value, e_unit AS right_unit, right_decimals,
       e_source_id AS right_source_id, e_locator AS right_locator, e_excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(left_value - right_value, 6) AS difference,
       0.5 * power(10, -least(left_decimals, right_decimals)) AS tolerance,
       [source_id || chr(9) || locator || chr(9) || left_value,
        e_source_id || chr(9) || e_locator || chr(9) || right_value] AS touches
FROM pairs
WHERE ${SAME_FACT('left', 'right')}
ORDER BY department_id, fiscal_year, row_no`
};
