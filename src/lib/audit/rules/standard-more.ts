import { TABLE_OF, coverageRow } from '../coverage';
import type { AuditRule } from '../types';

/** The standard tables against each other: the summary's two sides, one total in several tables. */

const SAME_FACT_TOLERANCE = {
	zh: '两处之一可能是另一处的四舍五入：容差为 ½ × 10^-d，d 取两者中较少的小数位数。',
	en: 'One place may round the other: tolerance ½ × 10^-d, d the fewer decimals of the two.'
};

/** `alias`'s amount in `unit` (its own when equal, else via 万元). */
const IN_UNIT_OF = (alias: string, other: string) =>
	`CASE WHEN ${alias}.unit = ${other}.unit THEN ${alias}.amount ELSE ${alias}.amount_wan * CASE ${other}.unit WHEN '元' THEN 10000 WHEN '亿元' THEN 0.0001 ELSE 1 END END`;

export const incomeEqualsExpenditure: AuditRule = {
	id: 'income_equals_expenditure',
	family: 'totals',
	severity: 'error',
	title: { zh: '收入总计 ≠ 支出总计', en: 'Total income does not equal total expenditure' },
	description: {
		zh: '收入支出决算总表（或预算收支总表）两侧的总计必须相等：收入总计（本年收入 + 上年结转等）= 支出总计（本年支出 + 结转下年等）。同一部门、年度、阶段。',
		en: 'The two sides of a 收入支出决算总表 (or budget summary) must balance: 收入总计 (income of the year plus carry-overs) = 支出总计 (expenditure plus carry-forwards). Same department, year and stage.'
	},
	tolerance: SAME_FACT_TOLERANCE,
	explain: {
		mismatch: {
			zh: '{year} 年{stage}收支总表：收入总计 {left}，支出总计 {right}，相差 {difference}。总表两侧必须相等。',
			en: 'Summary table {year} ({stage}): total income {left}, total expenditure {right}, a difference of {difference}. The two sides must balance.'
		}
	},
	sql: `-- revenue_total against exp_total of the same department, year and stage (same source first).
SELECT 'error' AS severity, 'mismatch' AS variant, 'spending' AS topic,
       r.department_id, r.fiscal_year, r.stage, 'revenue_total+exp_total' AS subject_key,
       '收支总表' AS subject_zh, 'income and expenditure summary' AS subject_en,
       r.line_zh AS left_label_zh, 'total income' AS left_label_en,
       r.amount AS left_value, r.unit AS left_unit, r.amount_decimals AS left_decimals,
       r.source_id AS left_source_id, r.locator AS left_locator, r.excerpt AS left_excerpt,
       e.line_zh AS right_label_zh, 'total expenditure' AS right_label_en,
       ${IN_UNIT_OF('e', 'r')} AS right_value, r.unit AS right_unit, e.amount_decimals AS right_decimals,
       e.source_id AS right_source_id, e.locator AS right_locator, e.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(r.amount - ${IN_UNIT_OF('e', 'r')}, 6) AS difference,
       0.5 * power(10, -least(r.amount_decimals, e.amount_decimals)) AS tolerance
FROM spending r
JOIN spending e ON e.department_id = r.department_id AND e.fiscal_year = r.fiscal_year AND e.stage = r.stage
               AND e.line_id = 'exp_total' AND e.is_primary
WHERE r.line_id = 'revenue_total' AND r.is_primary
  AND abs(r.amount - ${IN_UNIT_OF('e', 'r')}) > 0.5 * power(10, -least(r.amount_decimals, e.amount_decimals)) + 1e-9
ORDER BY r.department_id, r.fiscal_year, r.stage`,
	coverage: `WITH pairs AS (
  SELECT r.*, e.locator AS e_locator FROM spending r
  JOIN spending e ON e.department_id = r.department_id AND e.fiscal_year = r.fiscal_year AND e.stage = r.stage
                 AND e.line_id = 'exp_total' AND e.is_primary
  WHERE r.line_id = 'revenue_total' AND r.is_primary
),
one_side AS (
  SELECT r.* FROM spending r WHERE r.line_id = 'revenue_total' AND r.is_primary
    AND NOT EXISTS (SELECT 1 FROM spending e WHERE e.department_id = r.department_id AND e.fiscal_year = r.fiscal_year
                    AND e.stage = r.stage AND e.line_id = 'exp_total')
)
${coverageRow({ status: 'compared', what: { zh: '个收支总表（收入总计对支出总计）', en: 'summaries (total income against total expenditure)' }, from: 'FROM pairs', table: TABLE_OF('pairs') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个收入总计没有对应的支出总计', en: 'total incomes without a total expenditure' },
	from: 'FROM one_side',
	table: TABLE_OF('one_side'),
	reason: {
		zh: '数据中没有同年同阶段的支出总计（只导入了收入表？）',
		en: 'no total expenditure of the same year and stage (only the income table imported?)'
	}
})}`
};

/** The grand totals: a table's own 合计 (category total, no parent). */
const GRAND_TOTAL = (alias: string) => `${alias}.category = 'total' AND ${alias}.parent_line_id IS NULL`;

/** True when the row comes from a 财政拨款 table (by the source title or the row's locator). */
export const APPROPRIATION = (alias: string) =>
	`(${alias}.locator LIKE '%财政拨款%' OR coalesce((SELECT s.title_zh FROM sources s WHERE s.source_id = ${alias}.source_id), '') LIKE '%财政拨款%')`;

export const totalAcrossTables: AuditRule = {
	id: 'total_across_tables',
	family: 'restated',
	severity: 'warning',
	title: { zh: '同一合计在各表中不同', en: 'The same total differs between tables' },
	description: {
		zh: '同一部门、年度、阶段的合计（本年支出合计、支出总计等）在收支总表、支出决算表、财政拨款支出表等多张表中出现时逐一比较。财政拨款表只含财政拨款资金：它的合计小于全口径合计只是提示，大于才是警告。',
		en: 'A total (expenditure of the year, total expenditure, …) of the same department, year and stage printed in several tables — the summary, the 支出决算表, the 财政拨款 tables — is compared table by table. A 财政拨款 table covers appropriated funds only: its total being smaller than the all-funds total is a note; larger is a warning.'
	},
	tolerance: SAME_FACT_TOLERANCE,
	explain: {
		mismatch: {
			zh: '{subject}（{year} 年{stage}）在一张表中为 {left}，在另一张表中为 {right}，相差 {difference}。同一合计应在各表一致。',
			en: '{subject} ({year}, {stage}) is {left} in one table and {right} in another, a difference of {difference}. The same total must agree across tables.'
		},
		appropriation_subset: {
			zh: '{subject}（{year} 年{stage}）全口径为 {left}，财政拨款表为 {right}，差 {difference}：差额应是非财政拨款资金（事业收入、其他收入等），请与收入表核对。',
			en: '{subject} ({year}, {stage}) is {left} for all funds and {right} in the 财政拨款 table, {difference} less: the difference should be non-appropriated funds (institution or other income); check it against the income table.'
		}
	},
	sql: `-- The primary grand total against every restatement from another table.
WITH pairs AS (
  SELECT p.*, ${IN_UNIT_OF('r', 'p')} AS r_amount, r.amount_decimals AS r_decimals,
         r.source_id AS r_source_id, r.locator AS r_locator, r.excerpt AS r_excerpt,
         ${APPROPRIATION('r')} AND NOT ${APPROPRIATION('p')} AS subset
  FROM spending p
  JOIN spending r ON r.department_id = p.department_id AND r.fiscal_year = p.fiscal_year
                 AND r.line_id = p.line_id AND r.stage = p.stage AND NOT r.is_primary
  WHERE p.is_primary AND ${GRAND_TOTAL('p')}
)
SELECT CASE WHEN subset AND r_amount <= amount THEN 'note' ELSE 'warning' END AS severity,
       CASE WHEN subset AND r_amount <= amount THEN 'appropriation_subset' ELSE 'mismatch' END AS variant,
       'spending' AS topic, department_id, fiscal_year, stage, line_id AS subject_key,
       line_zh AS subject_zh, line_en AS subject_en,
       '看板所用的表' AS left_label_zh, 'table the dashboards use' AS left_label_en,
       amount AS left_value, unit AS left_unit, amount_decimals AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '另一张表' AS right_label_zh, 'another table' AS right_label_en,
       r_amount AS right_value, unit AS right_unit, r_decimals AS right_decimals,
       r_source_id AS right_source_id, r_locator AS right_locator, r_excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(amount - r_amount, 6) AS difference,
       0.5 * power(10, -least(amount_decimals, r_decimals)) AS tolerance
FROM pairs
WHERE abs(amount - r_amount) > 0.5 * power(10, -least(amount_decimals, r_decimals)) + 1e-9
ORDER BY department_id, fiscal_year, stage, line_id, r_locator`,
	coverage: `WITH restated AS (
  SELECT r.* FROM spending r
  JOIN spending p ON p.department_id = r.department_id AND p.fiscal_year = r.fiscal_year
                 AND p.line_id = r.line_id AND p.stage = r.stage AND p.is_primary
  WHERE NOT r.is_primary AND ${GRAND_TOTAL('p')}
),
single AS (
  SELECT p.* FROM spending p WHERE p.is_primary AND ${GRAND_TOTAL('p')} AND p.derivation = 'reported'
    AND NOT EXISTS (SELECT 1 FROM spending r WHERE r.department_id = p.department_id AND r.fiscal_year = p.fiscal_year
                    AND r.line_id = p.line_id AND r.stage = p.stage AND NOT r.is_primary)
)
${coverageRow({ status: 'compared', what: { zh: '处合计的重述与另一张表比较', en: 'restatements of a total compared with another table' }, from: 'FROM restated', table: TABLE_OF('restated') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个合计只出现在一张表中', en: 'totals printed in one table only' },
	from: 'FROM single',
	table: TABLE_OF('single'),
	reason: {
		zh: '没有另一张表给出同一合计（未导入总表或财政拨款表？）',
		en: 'no other table states the same total (summary or 财政拨款 table not imported?)'
	}
})}`
};

export const basicPersonnelPublic: AuditRule = {
	id: 'basic_personnel_public',
	family: 'totals',
	severity: 'error',
	title: {
		zh: '基本支出 ≠ 人员经费 + 公用经费',
		en: 'Basic expenditure does not equal personnel + operating costs'
	},
	description: {
		zh: '基本支出决算明细表（按经济分类）中的人员经费与公用经费之和，应等于支出决算表中的基本支出（两表各自给出时）。同一张表里挂在基本支出之下的，由“合计与各部分之和”规则检查。',
		en: 'Personnel plus public operating costs of the 基本支出 table by economic class must equal the basic expenditure of the 支出决算表 (when the two tables state them apart). Where the two hang under basic expenditure in one table, the parts-sum rule checks them.'
	},
	tolerance: {
		zh: '(n+1) × ½ × 10^-d，n = 2，d 取最多的小数位数。',
		en: '(n+1) × ½ × 10^-d with n = 2 and d the most decimals printed.'
	},
	explain: {
		mismatch: {
			zh: '{year} 年{stage}：基本支出 {left}，人员经费 + 公用经费 = {right}（{formula}），相差 {difference}。',
			en: '{year} ({stage}): basic expenditure {left}, personnel + public operating costs = {right} ({formula}), a difference of {difference}.'
		}
	},
	sql: `-- basic against basic_personnel + basic_public_operating stated apart from it (another table).
WITH parts AS (
  SELECT department_id, fiscal_year, stage, count(*)::INTEGER AS n, round(sum(amount_wan), 6) AS amount_wan,
         max(amount_decimals + CASE unit WHEN '元' THEN 4 WHEN '亿元' THEN -4 ELSE 0 END) AS decimals_wan,
         min(source_id) AS source_id, string_agg(locator, '; ' ORDER BY line_id) AS locators,
         string_agg(excerpt, ' | ' ORDER BY line_id) AS excerpts,
         string_agg(printf('%.' || amount_decimals || 'f', amount) || ' ' || unit, ' + ' ORDER BY line_id) AS formula
  FROM spending
  WHERE is_primary AND line_id IN ('basic_personnel', 'basic_public_operating')
    AND coalesce(parent_line_id, '') <> 'basic'
  GROUP BY department_id, fiscal_year, stage
  HAVING count(*) = 2
),
compared AS (
  SELECT b.*, p.n, p.source_id AS p_source_id, p.locators, p.excerpts, p.formula,
         greatest(0, b.amount_decimals + CASE b.unit WHEN '元' THEN 4 WHEN '亿元' THEN -4 ELSE 0 END, p.decimals_wan) AS d,
         b.amount_wan AS left_wan, p.amount_wan AS right_wan
  FROM spending b
  JOIN parts p ON p.department_id = b.department_id AND p.fiscal_year = b.fiscal_year AND p.stage = b.stage
  WHERE b.is_primary AND b.line_id = 'basic'
)
SELECT 'error' AS severity, 'mismatch' AS variant, 'spending' AS topic,
       department_id, fiscal_year, stage, 'basic' AS subject_key, line_zh AS subject_zh, line_en AS subject_en,
       '基本支出' AS left_label_zh, 'basic expenditure' AS left_label_en,
       left_wan AS left_value, '万元' AS left_unit, d AS left_decimals,
       source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       '人员经费 + 公用经费' AS right_label_zh, 'personnel + public operating' AS right_label_en,
       right_wan AS right_value, '万元' AS right_unit, d AS right_decimals,
       p_source_id AS right_source_id, locators AS right_locator, excerpts AS right_excerpt,
       formula AS right_formula,
       round(left_wan - right_wan, 6) AS difference, 3 * 0.5 * power(10, -d) AS tolerance
FROM compared
WHERE abs(left_wan - right_wan) > 3 * 0.5 * power(10, -d) + 1e-9
ORDER BY department_id, fiscal_year, stage`,
	coverage: `WITH stated AS (
  SELECT department_id, fiscal_year, stage, min(source_id || ' · ' || split_part(locator, ' / R', 1)) AS tbl
  FROM spending WHERE is_primary AND line_id IN ('basic_personnel', 'basic_public_operating')
    AND coalesce(parent_line_id, '') <> 'basic'
  GROUP BY department_id, fiscal_year, stage HAVING count(*) = 2
),
pairs AS (SELECT s.* FROM stated s JOIN spending b ON b.department_id = s.department_id
  AND b.fiscal_year = s.fiscal_year AND b.stage = s.stage AND b.line_id = 'basic' AND b.is_primary),
alone AS (SELECT s.* FROM stated s WHERE NOT EXISTS (SELECT 1 FROM spending b WHERE b.department_id = s.department_id
  AND b.fiscal_year = s.fiscal_year AND b.stage = s.stage AND b.line_id = 'basic'))
${coverageRow({ status: 'compared', what: { zh: '个基本支出与人员经费 + 公用经费', en: 'basic expenditures against personnel + operating costs' }, from: 'FROM pairs', table: 'tbl' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '组人员经费与公用经费没有对应的基本支出',
		en: 'personnel/operating pairs without a basic expenditure'
	},
	from: 'FROM alone',
	table: 'tbl',
	reason: { zh: '未导入给出基本支出的支出决算表', en: 'no 支出决算表 stating basic expenditure was imported' }
})}`
};
