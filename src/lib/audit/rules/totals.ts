import type { AuditRule } from '../types';

/** Family 1: totals against the sum of their parts. */

const SUM_TOLERANCE = {
	zh: '按原文精度：d 取参与比较的数字中最多的小数位数（表格会省略末尾的 0，“20” 即 “20.00”）；每个数字都可能有半个末位的舍入误差，n 个部分与合计比较时容差为 (n+1) × ½ × 10^-d。例：三个部分精确到 0.01 时容差为 0.02。',
	en: 'By published precision: d is the most decimals printed among the figures compared (tables drop trailing zeros: “20” stands for “20.00”); each figure may be off by half a unit of its last place, so n parts against their total are allowed (n+1) × ½ × 10^-d. Example: three parts given to 0.01 are allowed 0.02.'
};

export const partsSum: AuditRule = {
	id: 'parts_sum',
	family: 'totals',
	severity: 'error',
	title: { zh: '合计与各部分之和不符', en: 'A total does not equal the sum of its parts' },
	description: {
		zh: '沿支出科目层级，把每个原文公布的合计（如三公经费、项目支出、业务工作专项）与其“构成部分”（parent_relation = part）之和比较，同一部门、年度、阶段。“其中”项（of_which）只是子集，不参与求和。我们自己推算的合计不检查。',
		en: 'Along the line hierarchy, every published total (three public expenses, project expenditure, business work special funds, …) is compared with the sum of its parts (parent_relation = part) for the same department, year and stage. 其中 rows (of_which) are subsets and never summed. Totals we derived ourselves are not checked.'
	},
	tolerance: SUM_TOLERANCE,
	explain: {
		exceeds: {
			zh: '{subject}（{year} 年{stage}）各部分之和为 {right}，比所列合计 {left} 多 {difference}。部分不可能大于整体：缺行无法解释这一差额，至少有一个数字有误。',
			en: 'The parts of {subject} ({year}, {stage}) add up to {right}, {difference} more than the stated total {left}. Parts cannot exceed the whole: missing rows cannot explain this, so at least one figure is wrong.'
		},
		exceeds_one_line: {
			zh: '{subject}（{year} 年{stage}）各部分之和为 {right}，比所列合计 {left} 多 {difference}，恰好等于“{extra_label}”（{extra}）：合计似乎漏计了这一行。',
			en: 'The parts of {subject} ({year}, {stage}) add up to {right}, {difference} more than the stated total {left}, exactly the amount of “{extra_label}”, {extra}: the total seems to leave that line out.'
		},
		short: {
			zh: '{subject}（{year} 年{stage}）所列合计为 {left}，而列出的各部分只合计 {right}，差 {difference}。除非原表省略了某些行（“……”），否则合计或某个部分有误。',
			en: 'The stated total of {subject} ({year}, {stage}) is {left}, but the listed parts add up to only {right}, {difference} less. Unless the source leaves rows out (“……”), the total or a part is wrong.'
		}
	},
	sql: `-- A published total (primary, reported) against the sum of its primary 'part' children.
WITH parts AS (
  SELECT department_id, fiscal_year, stage, parent_line_id,
         count(*)::INTEGER AS n,
         round(sum(amount), 6) AS amount,
         max(amount_decimals) AS decimals,
         min(source_id) AS source_id,
         string_agg(locator, '; ' ORDER BY rowid) AS locators,
         string_agg(excerpt, ' | ' ORDER BY rowid) AS excerpts,
         string_agg(printf('%.' || amount_decimals || 'f', amount), ' + ' ORDER BY rowid) AS parts_formula,
         list(source_id || chr(9) || locator || chr(9) || amount ORDER BY rowid) AS touches
  FROM spending s
  WHERE is_primary AND parent_relation = 'part'
    -- Rows of a table by 功能分类 code have two kinds of parts (sub-codes and amount columns):
    -- function_code_sum and row_total_by_kind check them apart.
    AND functional_code IS NULL
    AND NOT EXISTS (SELECT 1 FROM spending f WHERE f.department_id = s.department_id
                    AND f.fiscal_year = s.fiscal_year AND f.stage = s.stage AND f.functional_code IS NOT NULL
                    AND (f.line_id = s.parent_line_id OR f.parent_line_id = s.parent_line_id))
  GROUP BY department_id, fiscal_year, stage, parent_line_id
),
compared AS (
  SELECT t.*, p.n, p.amount AS parts_amount, p.source_id AS parts_source_id, p.locators,
         p.excerpts, p.parts_formula, p.touches AS parts_touches,
         round(t.amount - p.amount, 6) AS difference,
         (p.n + 1) * 0.5 * power(10, -greatest(t.amount_decimals, p.decimals)) AS tolerance,
         greatest(t.amount_decimals, p.decimals) AS decimals
  FROM spending t
  JOIN parts p ON p.department_id = t.department_id AND p.fiscal_year = t.fiscal_year
              AND p.stage = t.stage AND p.parent_line_id = t.line_id
  WHERE t.is_primary AND t.derivation = 'reported'
    AND abs(t.amount - p.amount) > (p.n + 1) * 0.5 * power(10, -greatest(t.amount_decimals, p.decimals)) + 1e-9
),
-- When the parts exceed the total, name a part whose amount equals the difference (if any).
matched AS (
  SELECT c.*, m.line_zh AS extra_label_zh, m.line_en AS extra_label_en, m.amount AS extra_value,
         m.amount_decimals AS extra_decimals
  FROM compared c
  LEFT JOIN spending m ON m.department_id = c.department_id AND m.fiscal_year = c.fiscal_year
        AND m.stage = c.stage AND m.parent_line_id = c.line_id AND m.parent_relation = 'part'
        AND m.is_primary AND c.difference < 0 AND abs(m.amount + c.difference) <= c.tolerance
  QUALIFY row_number() OVER (PARTITION BY c.department_id, c.fiscal_year, c.stage, c.line_id ORDER BY m.line_id) = 1
)
SELECT 'error' AS severity,
       CASE WHEN difference > 0 THEN 'short'
            WHEN extra_value IS NOT NULL THEN 'exceeds_one_line' ELSE 'exceeds' END AS variant,
       CASE WHEN category = 'three_public' THEN 'three_public' ELSE 'spending' END AS topic,
       department_id, fiscal_year, stage, line_id AS subject_key, line_zh AS subject_zh, line_en AS subject_en,
       '所列合计' AS left_label_zh, 'stated total' AS left_label_en,
       amount AS left_value, unit AS left_unit, amount_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '各部分之和（' || n || ' 项）' AS right_label_zh, 'sum of the ' || n || ' parts' AS right_label_en,
       parts_amount AS right_value, unit AS right_unit, decimals AS right_decimals,
       parts_source_id AS right_source_id, locators AS right_locator, excerpts AS right_excerpt,
       parts_formula AS right_formula,
       difference, tolerance,
       extra_label_zh, extra_label_en, extra_value, unit AS extra_unit, extra_decimals,
       list_prepend(source_id || chr(9) || locator || chr(9) || amount, parts_touches) AS touches
FROM matched
ORDER BY department_id, fiscal_year, stage, line_id`
};

export const childExceedsParent: AuditRule = {
	id: 'child_exceeds_parent',
	family: 'totals',
	severity: 'error',
	title: { zh: '单个部分大于整体', en: 'A single part is larger than the whole' },
	description: {
		zh: '任何下级科目（构成部分或“其中”项）都不可能大于它的上级：例如“其中：公用经费”不能超过基本支出，市级专项资金不能超过项目支出。同一部门、年度、阶段比较。',
		en: 'No child line (a part or a 其中 subset) can be larger than its parent: public operating costs cannot exceed basic expenditure, municipal special funds cannot exceed project expenditure. Compared for the same department, year and stage.'
	},
	tolerance: {
		zh: '两个数字各有半个末位的舍入误差：容差 = 2 × ½ × 10^-d，d 为两者中较多的小数位数。',
		en: 'Each of the two figures may be off by half a unit of its last place: tolerance = 2 × ½ × 10^-d, d the more decimals of the two.'
	},
	explain: {
		part: {
			zh: '“{extra_label}”（{year} 年{stage}）为 {right}，比它所属的{subject} {left} 还多 {difference}。一个部分不可能大于整体。',
			en: '“{extra_label}” ({year}, {stage}) is {right}, {difference} more than the {subject} it belongs to, {left}. A part cannot be larger than the whole.'
		},
		of_which: {
			zh: '“其中”项“{extra_label}”（{year} 年{stage}）为 {right}，比{subject} {left} 还多 {difference}。“其中”只能是整体的一部分。',
			en: 'The 其中 (of which) line “{extra_label}” ({year}, {stage}) is {right}, {difference} more than {subject}, {left}. A subset cannot exceed the whole.'
		}
	},
	sql: `-- Every primary child line (part or of_which) against its primary parent at the same stage.
SELECT 'error' AS severity, c.parent_relation AS variant,
       CASE WHEN t.category = 'three_public' THEN 'three_public' ELSE 'spending' END AS topic,
       t.department_id, t.fiscal_year, t.stage, c.line_id AS subject_key,
       t.line_zh AS subject_zh, t.line_en AS subject_en,
       '上级科目' AS left_label_zh, 'parent line' AS left_label_en,
       t.amount AS left_value, t.unit AS left_unit, t.amount_decimals AS left_decimals,
       t.source_id AS left_source_id, t.locator AS left_locator, t.excerpt AS left_excerpt,
       '下级科目：' || c.line_zh AS right_label_zh, 'child line: ' || c.line_en AS right_label_en,
       c.amount AS right_value, c.unit AS right_unit, c.amount_decimals AS right_decimals,
       c.source_id AS right_source_id, c.locator AS right_locator, c.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(t.amount - c.amount, 6) AS difference,
       power(10, -greatest(t.amount_decimals, c.amount_decimals)) AS tolerance,
       c.line_zh AS extra_label_zh, c.line_en AS extra_label_en
FROM spending c
JOIN spending t ON t.department_id = c.department_id AND t.fiscal_year = c.fiscal_year
               AND t.stage = c.stage AND t.line_id = c.parent_line_id AND t.is_primary
WHERE c.is_primary AND c.parent_relation IS NOT NULL
  AND c.amount - t.amount > power(10, -greatest(t.amount_decimals, c.amount_decimals)) + 1e-9
ORDER BY t.department_id, t.fiscal_year, t.stage, c.line_id`
};

export const applicationByExpenditure: AuditRule = {
	id: 'application_by_expenditure',
	family: 'totals',
	severity: 'error',
	title: {
		zh: '预算申请：按支出性质分与资金总额不符',
		en: 'Budget application: basic + project does not equal the total applied for'
	},
	description: {
		zh: '年度预算申请（附件2）按支出性质分为基本支出与项目支出，两者之和应等于资金总额。（按收入性质分的各来源由“合计与各部分之和”规则检查。）',
		en: 'The budget application (附件2) splits the total applied for into basic and project expenditure; the two must add up to the total. (The split by revenue source is checked by the parts-sum rule.)'
	},
	tolerance: SUM_TOLERANCE,
	explain: {
		mismatch: {
			zh: '{year} 年预算申请：基本支出与项目支出合计 {right}，而资金总额为 {left}，差 {difference}。',
			en: 'Budget application {year}: basic plus project expenditure come to {right}, but the total applied for is {left}, a difference of {difference}.'
		}
	},
	sql: `-- The budget application's expenditure split (category basic/project) against its total line.
WITH split AS (
  SELECT department_id, fiscal_year, count(*)::INTEGER AS n, round(sum(amount), 6) AS amount,
         max(amount_decimals) AS decimals, min(source_id) AS source_id,
         string_agg(locator, '; ' ORDER BY rowid) AS locators,
         string_agg(excerpt, ' | ' ORDER BY rowid) AS excerpts,
         string_agg(printf('%.' || amount_decimals || 'f', amount), ' + ' ORDER BY rowid) AS formula,
         list(source_id || chr(9) || locator || chr(9) || amount ORDER BY rowid) AS touches
  FROM spending
  WHERE stage = 'budget_application' AND is_primary AND category IN ('basic', 'project')
  GROUP BY department_id, fiscal_year
)
SELECT 'error' AS severity, 'mismatch' AS variant, 'spending' AS topic,
       t.department_id, t.fiscal_year, t.stage, t.line_id AS subject_key,
       t.line_zh AS subject_zh, t.line_en AS subject_en,
       '资金总额' AS left_label_zh, 'total applied for' AS left_label_en,
       t.amount AS left_value, t.unit AS left_unit, t.amount_decimals AS left_decimals,
       t.source_id AS left_source_id, t.locator AS left_locator, t.excerpt AS left_excerpt,
       '基本支出 + 项目支出' AS right_label_zh, 'basic + project' AS right_label_en,
       s.amount AS right_value, t.unit AS right_unit, s.decimals AS right_decimals,
       s.source_id AS right_source_id, s.locators AS right_locator, s.excerpts AS right_excerpt,
       s.formula AS right_formula,
       round(t.amount - s.amount, 6) AS difference,
       (s.n + 1) * 0.5 * power(10, -greatest(t.amount_decimals, s.decimals)) AS tolerance,
       list_prepend(t.source_id || chr(9) || t.locator || chr(9) || t.amount, s.touches) AS touches
FROM spending t
JOIN split s ON s.department_id = t.department_id AND s.fiscal_year = t.fiscal_year
WHERE t.stage = 'budget_application' AND t.category = 'total' AND t.is_primary AND t.derivation = 'reported'
  AND abs(t.amount - s.amount) > (s.n + 1) * 0.5 * power(10, -greatest(t.amount_decimals, s.decimals)) + 1e-9
ORDER BY t.department_id, t.fiscal_year`
};
