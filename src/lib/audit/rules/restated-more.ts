import type { AuditRule } from '../types';

/** Family 3 (continued): head counts, classification and the budget application. */

export const staffingRestated: AuditRule = {
	id: 'staffing_restated',
	family: 'restated',
	severity: 'warning',
	title: { zh: '同一人数在两处不同', en: 'The same head count differs between two places' },
	description: {
		zh: '同一部门、年度的同一人员指标（编制数、在职人数……）在报告中出现多次时，各处数值比较。',
		en: 'A staffing figure (authorised posts, actual staff, …) printed more than once for the same department and year: the places are compared.'
	},
	tolerance: {
		zh: '人数为整数，比率按较粗精度的半个末位：½ × 10^-d，d 取较少的小数位数。',
		en: 'Head counts are whole numbers; rates agree within half a unit of the coarser printed precision: ½ × 10^-d, d the fewer decimals.'
	},
	explain: {
		mismatch: {
			zh: '{subject}（{year} 年）在一处为 {left}，在另一处为 {right}，相差 {difference}。',
			en: '{subject} ({year}) is {left} in one place and {right} in another, a difference of {difference}.'
		}
	},
	sql: `-- The same staffing metric at two locators of a department-year, with different values.
WITH names(metric, name_zh, name_en) AS (VALUES
  ('authorised_total', '编制数', 'authorised posts'), ('actual_staff', '实际在职人数', 'actual staff'),
  ('control_rate', '控制率', 'control rate'), ('temporary_staff', '临聘人员', 'temporary staff'))
SELECT 'warning' AS severity, 'mismatch' AS variant, 'staffing' AS topic,
       a.department_id, a.fiscal_year, NULL::VARCHAR AS stage, a.metric AS subject_key,
       coalesce(n.name_zh, a.metric) AS subject_zh, coalesce(n.name_en, a.metric) AS subject_en,
       '一处' AS left_label_zh, 'one place' AS left_label_en,
       a.value AS left_value, a.unit AS left_unit, a.value_decimals AS left_decimals,
       a.source_id AS left_source_id, a.locator AS left_locator, a.excerpt AS left_excerpt,
       '另一处' AS right_label_zh, 'another place' AS right_label_en,
       b.value AS right_value, b.unit AS right_unit, b.value_decimals AS right_decimals,
       b.source_id AS right_source_id, b.locator AS right_locator, b.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       a.value - b.value AS difference,
       0.5 * power(10, -least(a.value_decimals, b.value_decimals)) AS tolerance
FROM staffing a
JOIN staffing b ON b.department_id = a.department_id AND b.fiscal_year = a.fiscal_year
               AND b.metric = a.metric AND b.unit = a.unit
               AND b.source_id || chr(9) || b.locator > a.source_id || chr(9) || a.locator
LEFT JOIN names n ON n.metric = a.metric
WHERE abs(a.value - b.value) > 0.5 * power(10, -least(a.value_decimals, b.value_decimals)) + 1e-9
ORDER BY a.department_id, a.fiscal_year, a.metric`
};

export const sameItemTwoLines: AuditRule = {
	id: 'same_item_two_lines',
	family: 'restated',
	severity: 'warning',
	title: {
		zh: '同一支出项目被归入不同类别',
		en: 'The same spending item is classified under two different lines'
	},
	description: {
		zh: '同名的支出项目（如“党建经费”）在同一部门、年度、阶段下出现在两个不同的上级科目中（如正文列入基本支出、附件1 列入项目支出）。同一笔钱不能既是基本支出又是项目支出；即使金额相同，两处的合计也都把它算了进去。',
		en: 'An item with the same name (e.g. 党建经费, Party building funds) appears under two different parent lines for the same department, year and stage (the body puts it in basic expenditure, 附件1 in project expenditure). The same money cannot be both; even with equal amounts, both totals count it.'
	},
	tolerance: {
		zh: '不论金额是否相同都会标出；金额比较的容差为较粗精度的半个末位。',
		en: 'Flagged whether or not the amounts agree; amounts are compared within half a unit of the coarser precision.'
	},
	explain: {
		same_value: {
			zh: '“{subject}”（{year} 年{stage}）{left_label}为 {left}，{right_label}也为 {right}：同一笔钱被归入了两个不同的类别。',
			en: '“{subject}” ({year}, {stage}) is {left} {left_label}, and {right} {right_label}: the same money is classified in two different places.'
		},
		different_value: {
			zh: '“{subject}”（{year} 年{stage}）{left_label}为 {left}，{right_label}为 {right}（相差 {difference}）：同一项目被归入两个类别，且金额不同。',
			en: '“{subject}” ({year}, {stage}) is {left} {left_label} but {right} {right_label} (difference {difference}): one item in two places, with different amounts.'
		}
	},
	sql: `-- Primary spending rows with the same label under different parents (same department, year, stage).
WITH lines AS (
  SELECT s.*, p.line_zh AS parent_zh, p.line_en AS parent_en
  FROM spending s
  LEFT JOIN (SELECT department_id, line_id, min(line_zh) AS line_zh, min(line_en) AS line_en
             FROM spending WHERE is_primary GROUP BY department_id, line_id) p
         ON p.department_id = s.department_id AND p.line_id = s.parent_line_id
  WHERE s.is_primary
)
SELECT 'warning' AS severity,
       CASE WHEN abs(a.amount - b.amount) > 0.5 * power(10, -least(a.amount_decimals, b.amount_decimals)) + 1e-9
            THEN 'different_value' ELSE 'same_value' END AS variant,
       'spending' AS topic, a.department_id, a.fiscal_year, a.stage,
       a.line_id || '+' || b.line_id AS subject_key, a.line_zh AS subject_zh, a.line_en AS subject_en,
       '列于“' || coalesce(a.parent_zh, '（无上级）') || '”下' AS left_label_zh,
       'under ' || coalesce(a.parent_en, '(no parent)') AS left_label_en,
       a.amount AS left_value, a.unit AS left_unit, a.amount_decimals AS left_decimals,
       a.source_id AS left_source_id, a.locator AS left_locator, a.excerpt AS left_excerpt,
       '列于“' || coalesce(b.parent_zh, '（无上级）') || '”下' AS right_label_zh,
       'under ' || coalesce(b.parent_en, '(no parent)') AS right_label_en,
       b.amount AS right_value, b.unit AS right_unit, b.amount_decimals AS right_decimals,
       b.source_id AS right_source_id, b.locator AS right_locator, b.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(a.amount - b.amount, 6) AS difference,
       0.5 * power(10, -least(a.amount_decimals, b.amount_decimals)) AS tolerance
FROM lines a
JOIN lines b ON b.department_id = a.department_id AND b.fiscal_year = a.fiscal_year AND b.stage = a.stage
            AND b.line_zh = a.line_zh AND b.line_id > a.line_id
            AND coalesce(b.parent_line_id, '') <> coalesce(a.parent_line_id, '')
ORDER BY a.department_id, a.fiscal_year, a.stage, a.line_id`
};

export const applicationVsBudget: AuditRule = {
	id: 'application_vs_budget',
	family: 'restated',
	severity: 'note',
	title: {
		zh: '预算申请与同年预算数不同',
		en: 'The budget application differs from the same year’s budget'
	},
	description: {
		zh: '部门整体支出绩效自评表（附件2）的年度预算申请（基本支出、项目支出），与同一部门、年度的预算数（优先全年预算数，其次年初预算数、未注明阶段的预算）比较。申请数不一定等于批准的预算，所以只作提示；但两张表描述的是同一年的同一笔预算，差额值得一问。',
		en: 'The budget application in the department self-assessment table (附件2; basic and project expenditure) against the same department-year’s budget (full-year budget first, then initial budget, then a budget of unstated stage). An application need not equal the approved budget, hence a note; but both tables describe the same year’s budget, so a gap deserves a question.'
	},
	tolerance: {
		zh: '容差为较粗精度的半个末位：½ × 10^-d，d 取较少的小数位数。',
		en: 'Half a unit of the coarser printed precision: ½ × 10^-d, d the fewer decimals.'
	},
	explain: {
		differs: {
			zh: '{subject}（{year} 年）：预算申请为 {left}，而{right_label}为 {right}，相差 {difference}。',
			en: '{subject} ({year}): the budget application is {left}, the {right_label} {right}, a difference of {difference}.'
		}
	},
	sql: `-- budget_application rows of basic/project lines against the same line's budget of that year.
WITH budgets AS (
  SELECT * FROM spending
  WHERE is_primary AND stage IN ('budget_full_year', 'budget_initial', 'budget')
  QUALIFY row_number() OVER (
    PARTITION BY department_id, fiscal_year, line_id
    ORDER BY CASE stage WHEN 'budget_full_year' THEN 1 WHEN 'budget_initial' THEN 2 ELSE 3 END) = 1
)
SELECT 'note' AS severity, 'differs' AS variant, 'spending' AS topic,
       a.department_id, a.fiscal_year, a.stage, a.line_id AS subject_key, a.line_zh AS subject_zh, a.line_en AS subject_en,
       '预算申请' AS left_label_zh, 'budget application' AS left_label_en,
       a.amount AS left_value, a.unit AS left_unit, a.amount_decimals AS left_decimals,
       a.source_id AS left_source_id, a.locator AS left_locator, a.excerpt AS left_excerpt,
       CASE b.stage WHEN 'budget_full_year' THEN '全年预算数' WHEN 'budget_initial' THEN '年初预算数' ELSE '预算数' END AS right_label_zh,
       CASE b.stage WHEN 'budget_full_year' THEN 'full-year budget' WHEN 'budget_initial' THEN 'initial budget' ELSE 'budget' END AS right_label_en,
       b.amount AS right_value, b.unit AS right_unit, b.amount_decimals AS right_decimals,
       b.source_id AS right_source_id, b.locator AS right_locator, b.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(a.amount - b.amount, 6) AS difference,
       0.5 * power(10, -least(a.amount_decimals, b.amount_decimals)) AS tolerance
FROM spending a
JOIN budgets b ON b.department_id = a.department_id AND b.fiscal_year = a.fiscal_year
              AND b.line_id = a.line_id AND b.unit = a.unit
WHERE a.stage = 'budget_application' AND a.is_primary AND a.category IN ('basic', 'project')
  AND abs(a.amount - b.amount) > 0.5 * power(10, -least(a.amount_decimals, b.amount_decimals)) + 1e-9
ORDER BY a.department_id, a.fiscal_year, a.line_id`
};
