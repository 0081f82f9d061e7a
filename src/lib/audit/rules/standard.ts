import { TABLE_OF, coverageRow } from '../coverage';
import type { AuditRule } from '../types';

/**
 * The standard 决算/预算 tables by 功能分类科目 (as the importer writes them): every coded row is a
 * line `fc_<code>` with `functional_code`, its 类/款/项 children are coded lines, and its amount
 * columns (基本支出, 项目支出, 上缴上级支出 …) are uncoded `part` children. The two dimensions are
 * checked apart: down the codes (类 = Σ款 = Σ项, Σ类 = 合计), and across each row (合计 = 基本 + 项目 + …).
 */

/** Tree rows: coded lines and the lines coded lines hang from (the table's 合计), per stage. */
export const FUNCTION_TREE_CTE = `lines AS (
  SELECT * FROM spending WHERE is_primary AND derivation = 'reported'
),
tree AS (
  SELECT DISTINCT department_id, fiscal_year, stage, line_id FROM lines WHERE functional_code IS NOT NULL
  UNION
  SELECT DISTINCT department_id, fiscal_year, stage, parent_line_id FROM lines
  WHERE functional_code IS NOT NULL AND parent_line_id IS NOT NULL
),
-- Each tree row's amounts by column: '' the row's own total, else the column part's suffix
-- (fc_211_basic under fc_211 and basic under total are both 'basic').
slices AS (
  SELECT l.*, l.line_id AS row_id, '' AS slice FROM lines l
  JOIN tree t USING (department_id, fiscal_year, stage, line_id)
  UNION ALL BY NAME
  SELECT s.*, s.parent_line_id AS row_id,
         CASE WHEN starts_with(s.line_id, s.parent_line_id || '_')
              THEN substr(s.line_id, length(s.parent_line_id) + 2) ELSE s.line_id END AS slice
  FROM lines s
  JOIN tree t ON t.department_id = s.department_id AND t.fiscal_year = s.fiscal_year
             AND t.stage = s.stage AND t.line_id = s.parent_line_id
  WHERE s.functional_code IS NULL AND s.parent_relation = 'part'
)`;

const SUM_TOLERANCE = {
	zh: '按原文精度：d 取参与比较的数字中最多的小数位数，n 个数相加与一个数比较时容差为 (n+1) × ½ × 10^-d（元表两位小数时，三个数为 0.02 元）。',
	en: 'By published precision: d is the most decimals printed among the figures; n figures added and compared with one are allowed (n+1) × ½ × 10^-d (three figures to the fen: 0.02 元).'
};

/** Columns of a finding comparing `t` (the stated figure) with a sum `p` (n, amount, decimals, …). */
const SUM_FINDING = (args: { label_zh: string; label_en: string }) => `
       'error' AS severity,
       CASE WHEN difference > 0 THEN 'short' WHEN extra_value IS NOT NULL THEN 'exceeds_one_line' ELSE 'exceeds' END AS variant,
       'spending' AS topic, department_id, fiscal_year, stage,
       subject_key, subject_zh, subject_en,
       '所列数' AS left_label_zh, 'stated amount' AS left_label_en,
       amount AS left_value, unit AS left_unit, amount_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       ${args.label_zh} AS right_label_zh, ${args.label_en} AS right_label_en,
       parts_amount AS right_value, unit AS right_unit, decimals AS right_decimals,
       parts_source_id AS right_source_id, locators AS right_locator, excerpts AS right_excerpt,
       parts_formula AS right_formula, difference, tolerance,
       extra_label_zh, extra_label_en, extra_value, unit AS extra_unit, extra_decimals,
       list_prepend(source_id || chr(9) || locator || chr(9) || amount, parts_touches) AS touches`;

/** Aggregates of the parts `alias`, grouped by the given keys. */
const PARTS_AGG = (alias: string) => `count(*)::INTEGER AS n, round(sum(${alias}.amount), 6) AS parts_amount,
         max(${alias}.amount_decimals) AS parts_decimals, min(${alias}.source_id) AS parts_source_id,
         string_agg(${alias}.locator, '; ' ORDER BY ${alias}.line_id) AS locators,
         string_agg(${alias}.excerpt, ' | ' ORDER BY ${alias}.line_id) AS excerpts,
         string_agg(printf('%.' || ${alias}.amount_decimals || 'f', ${alias}.amount), ' + ' ORDER BY ${alias}.line_id) AS parts_formula,
         list(${alias}.source_id || chr(9) || ${alias}.locator || chr(9) || ${alias}.amount ORDER BY ${alias}.line_id) AS parts_touches`;

/** Compared rows (stated figure + parts) beyond tolerance, with the one part equal to the excess, if any. */
const BEYOND_AND_MATCHED = (candidates: string, on: string) => `beyond AS (
  SELECT *, round(amount - parts_amount, 6) AS difference,
         greatest(amount_decimals, parts_decimals) AS decimals,
         (n + 1) * 0.5 * power(10, -greatest(amount_decimals, parts_decimals)) AS tolerance
  FROM compared
  WHERE abs(amount - parts_amount) > (n + 1) * 0.5 * power(10, -greatest(amount_decimals, parts_decimals)) + 1e-9
),
matched AS (
  SELECT b.*, m.line_zh AS extra_label_zh, m.line_en AS extra_label_en, m.amount AS extra_value,
         m.amount_decimals AS extra_decimals
  FROM beyond b
  LEFT JOIN ${candidates} m ON m.department_id = b.department_id AND m.fiscal_year = b.fiscal_year
        AND m.stage = b.stage AND ${on} AND b.difference < 0 AND abs(m.amount + b.difference) <= b.tolerance
  QUALIFY row_number() OVER (PARTITION BY b.department_id, b.fiscal_year, b.stage, b.subject_key ORDER BY m.line_id) = 1
)`;

const EXPLAIN_SUM = (what: Record<'zh' | 'en', string>) => ({
	exceeds: {
		zh: `{subject}（{year} 年{stage}）${what.zh}为 {right}，比所列 {left} 多 {difference}。部分之和不可能大于整体：至少有一个数字有误。`,
		en: `For {subject} ({year}, {stage}) ${what.en} come to {right}, {difference} more than the stated {left}. Parts cannot exceed the whole: at least one figure is wrong.`
	},
	exceeds_one_line: {
		zh: `{subject}（{year} 年{stage}）${what.zh}为 {right}，比所列 {left} 多 {difference}，恰好等于“{extra_label}”（{extra}）：所列数似乎漏计了这一项。`,
		en: `For {subject} ({year}, {stage}) ${what.en} come to {right}, {difference} more than the stated {left}, exactly the amount of “{extra_label}”, {extra}: the stated figure seems to leave that one out.`
	},
	short: {
		zh: `{subject}（{year} 年{stage}）所列 {left}，${what.zh}只有 {right}，差 {difference}。表中有漏行或某个数字有误。`,
		en: `{subject} ({year}, {stage}) is stated as {left}, but ${what.en} come to only {right}, {difference} less. A row is missing from the table or a figure is wrong.`
	}
});

export const functionCodeSum: AuditRule = {
	id: 'function_code_sum',
	family: 'totals',
	severity: 'error',
	title: {
		zh: '功能分类：类 ≠ Σ款 或 款 ≠ Σ项',
		en: 'Functional classification: a class or section code does not equal the sum of its sub-codes'
	},
	description: {
		zh: '支出决算表、支出预算表等按功能分类科目编码列示的表：每个类（3 位）应等于其下各款（5 位）之和，每个款应等于其下各项（7 位）之和，各类之和应等于合计；合计、基本支出、项目支出等每一列分别检查。同一部门、年度、阶段。',
		en: 'Tables by functional classification code (支出决算表, 支出预算表, …): every 类 (3 digits) must equal the sum of its 款 (5 digits), every 款 the sum of its 项 (7 digits), and the 类 together the 合计 row; each amount column (total, basic, project, …) separately. Same department, year and stage.'
	},
	tolerance: SUM_TOLERANCE,
	explain: EXPLAIN_SUM({ zh: '下级科目之和', en: 'its sub-codes' }),
	sql: `-- Down the codes: a tree row's column slice against the same slice of its coded children.
WITH ${FUNCTION_TREE_CTE},
children AS (
  SELECT c.department_id, c.fiscal_year, c.stage, p.line_id AS parent_id, cs.slice, ${PARTS_AGG('cs')}
  FROM lines c
  JOIN tree p ON p.department_id = c.department_id AND p.fiscal_year = c.fiscal_year
             AND p.stage = c.stage AND p.line_id = c.parent_line_id
  JOIN slices cs ON cs.department_id = c.department_id AND cs.fiscal_year = c.fiscal_year
                AND cs.stage = c.stage AND cs.row_id = c.line_id
  WHERE c.functional_code IS NOT NULL
  GROUP BY c.department_id, c.fiscal_year, c.stage, p.line_id, cs.slice
),
compared AS (
  SELECT s.*, s.line_id AS subject_key, s.line_zh AS subject_zh, s.line_en AS subject_en,
         k.n, k.parts_amount, k.parts_decimals, k.parts_source_id, k.locators, k.excerpts, k.parts_formula, k.parts_touches
  FROM slices s
  JOIN children k ON k.department_id = s.department_id AND k.fiscal_year = s.fiscal_year
                 AND k.stage = s.stage AND k.parent_id = s.row_id AND k.slice = s.slice
),
child_slices AS (
  SELECT cs.*, c.parent_line_id AS parent_id FROM lines c
  JOIN slices cs ON cs.department_id = c.department_id AND cs.fiscal_year = c.fiscal_year
                AND cs.stage = c.stage AND cs.row_id = c.line_id
  WHERE c.functional_code IS NOT NULL
),
${BEYOND_AND_MATCHED('child_slices', 'm.parent_id = b.row_id AND m.slice = b.slice')}
SELECT ${SUM_FINDING({ label_zh: "'下级科目之和（' || n || ' 项）'", label_en: "'sum of the ' || n || ' sub-codes'" })}
FROM matched
ORDER BY department_id, fiscal_year, stage, subject_key`,
	coverage: `WITH ${FUNCTION_TREE_CTE},
parents AS (
  SELECT DISTINCT s.department_id, s.fiscal_year, s.stage, s.line_id, s.source_id, s.locator, s.row_id, s.slice
  FROM slices s
  JOIN lines c ON c.department_id = s.department_id AND c.fiscal_year = s.fiscal_year AND c.stage = s.stage
              AND c.parent_line_id = s.row_id AND c.functional_code IS NOT NULL
  JOIN slices cs ON cs.department_id = c.department_id AND cs.fiscal_year = c.fiscal_year AND cs.stage = c.stage
                AND cs.row_id = c.line_id AND cs.slice = s.slice
)
${coverageRow({
	status: 'compared',
	what: { zh: '个科目金额与其下级科目之和', en: 'coded amounts against the sum of their sub-codes' },
	from: 'FROM parents',
	table: TABLE_OF('parents')
})}`
};

export const rowTotalByKind: AuditRule = {
	id: 'row_total_by_kind',
	family: 'totals',
	severity: 'error',
	title: {
		zh: '合计 ≠ 基本支出 + 项目支出（同一行）',
		en: 'A row’s total does not equal basic + project expenditure'
	},
	description: {
		zh: '按功能分类列示的支出表每一行（含合计行）：本年支出合计应等于基本支出、项目支出（以及上缴上级支出、经营支出、对附属单位补助支出，如有）之和。空白或“-”的栏按未列示处理，不计入。',
		en: 'Every row of a table by functional code (the 合计 row too): its total must equal basic plus project expenditure (plus payments to the superior unit, operating expenditure and subsidies to affiliates, where printed). Blank or “-” cells are not published and not added.'
	},
	tolerance: SUM_TOLERANCE,
	explain: EXPLAIN_SUM({ zh: '各栏之和', en: 'the row’s columns' }),
	sql: `-- Across each row: a tree row's own total against its column parts.
WITH ${FUNCTION_TREE_CTE},
columns AS (
  SELECT s.department_id, s.fiscal_year, s.stage, s.row_id, ${PARTS_AGG('s')}
  FROM slices s WHERE s.slice <> ''
  GROUP BY s.department_id, s.fiscal_year, s.stage, s.row_id
),
compared AS (
  SELECT s.*, s.line_id AS subject_key, s.line_zh AS subject_zh, s.line_en AS subject_en,
         k.n, k.parts_amount, k.parts_decimals, k.parts_source_id, k.locators, k.excerpts, k.parts_formula, k.parts_touches
  FROM slices s
  JOIN columns k ON k.department_id = s.department_id AND k.fiscal_year = s.fiscal_year
                AND k.stage = s.stage AND k.row_id = s.row_id
  WHERE s.slice = ''
),
${BEYOND_AND_MATCHED("(SELECT * FROM slices WHERE slice <> '')", 'm.row_id = b.row_id')}
SELECT ${SUM_FINDING({ label_zh: "'各栏之和（' || n || ' 栏）'", label_en: "'sum of the ' || n || ' columns'" })}
FROM matched
ORDER BY department_id, fiscal_year, stage, subject_key`,
	coverage: `WITH ${FUNCTION_TREE_CTE},
rows_compared AS (
  SELECT DISTINCT s.* FROM slices s
  WHERE s.slice = '' AND EXISTS (SELECT 1 FROM slices k WHERE k.department_id = s.department_id
    AND k.fiscal_year = s.fiscal_year AND k.stage = s.stage AND k.row_id = s.row_id AND k.slice <> '')
),
totals_only AS (
  SELECT DISTINCT s.* FROM slices s
  WHERE s.slice = '' AND NOT EXISTS (SELECT 1 FROM slices k WHERE k.department_id = s.department_id
    AND k.fiscal_year = s.fiscal_year AND k.stage = s.stage AND k.row_id = s.row_id AND k.slice <> '')
)
${coverageRow({
	status: 'compared',
	what: { zh: '行合计与该行各栏之和', en: 'row totals against the row’s columns' },
	from: 'FROM rows_compared',
	table: TABLE_OF('rows_compared')
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '行只列合计、没有基本/项目支出栏', en: 'rows print only a total, no basic/project columns' },
	from: 'FROM totals_only',
	table: TABLE_OF('totals_only'),
	reason: {
		zh: '表中没有可比较的分栏（如收支总表的支出类）',
		en: 'the table has no columns to compare (e.g. the 类 of a 收支总表)'
	}
})}`
};
