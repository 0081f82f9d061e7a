import type { AuditRule } from '../types';

/** Family 5 (continued): copied text and figures repeated to the cent. */

/** Text compared without whitespace (incl. the full-width space U+3000) and punctuation. */
const NORMALISED = (column: string) =>
	`regexp_replace(coalesce(${column}, ''), '[[:space:]\\x{3000}。．.，,；;、：:！!]', '', 'g')`;

/** Where in a project table the goal and outcome cells are (年度总体目标 row, as printed). */
const GOAL_LOCATOR = `split_part(locator, ' / ', 1) || ' / 年度总体目标 / 预期目标'`;
const OUTCOME_LOCATOR = `split_part(locator, ' / ', 1) || ' / 年度总体目标 / 实际完成情况'`;

export const outcomeCopiesGoal: AuditRule = {
	id: 'outcome_copies_goal',
	family: 'extra',
	severity: 'note',
	title: { zh: '实际完成情况照抄预期目标', en: 'The outcome repeats the goal word for word' },
	description: {
		zh: '项目自评表的“实际完成情况”与“预期目标”逐字相同（忽略空格和标点）。完成情况应当说明做了什么、做到什么程度；照抄目标等于没有报告结果。',
		en: 'A project table’s outcome (实际完成情况) is the goal (预期目标) word for word (ignoring spaces and punctuation). An outcome should say what was done and how far; copying the goal reports no result.'
	},
	tolerance: { zh: '文字比较，忽略空格与标点。', en: 'Text comparison, ignoring spaces and punctuation.' },
	explain: {
		copied: {
			zh: '“{subject}”（{year} 年）的实际完成情况与预期目标一字不差，没有报告实际做了什么。',
			en: 'The outcome of “{subject}” ({year}) is its goal word for word: it does not report what was actually done.'
		}
	},
	sql: `-- Project outcomes identical to their own goal once spaces and punctuation are removed.
SELECT 'note' AS severity, 'copied' AS variant, 'projects' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, project_id AS subject_key,
       name_zh AS subject_zh, name_en AS subject_en,
       '实际完成情况' AS left_label_zh, 'outcome' AS left_label_en,
       NULL::DOUBLE AS left_value, NULL::VARCHAR AS left_unit, NULL::INTEGER AS left_decimals,
       source_id AS left_source_id, ${OUTCOME_LOCATOR} AS left_locator, outcome_zh AS left_excerpt,
       '预期目标' AS right_label_zh, 'goal' AS right_label_en,
       NULL::DOUBLE AS right_value, NULL::VARCHAR AS right_unit, NULL::INTEGER AS right_decimals,
       source_id AS right_source_id, ${GOAL_LOCATOR} AS right_locator, goal_zh AS right_excerpt,
       NULL::VARCHAR AS right_formula, NULL::DOUBLE AS difference, NULL::DOUBLE AS tolerance
FROM projects
WHERE ${NORMALISED('outcome_zh')} <> '' AND ${NORMALISED('outcome_zh')} = ${NORMALISED('goal_zh')}
ORDER BY department_id, fiscal_year, project_id`
};

export const outcomeFromOtherProject: AuditRule = {
	id: 'outcome_from_other_project',
	family: 'extra',
	severity: 'warning',
	title: {
		zh: '实际完成情况含有另一个项目的目标',
		en: 'An outcome contains another project’s goal'
	},
	description: {
		zh: '一个项目的“实际完成情况”里整段出现了同一部门、同一年另一个项目的“预期目标”（至少 8 个字，忽略空格和标点）：多半是复制粘贴时带进来的，说明这一栏没有认真填写。',
		en: 'A project’s outcome contains, whole, the goal of another project of the same department and year (at least 8 characters, ignoring spaces and punctuation): most likely pasted in by mistake, a sign the cell was not filled in with care.'
	},
	tolerance: { zh: '文字比较，忽略空格与标点。', en: 'Text comparison, ignoring spaces and punctuation.' },
	explain: {
		pasted: {
			zh: '“{subject}”（{year} 年）的实际完成情况中含有另一个项目“{extra_label}”的预期目标原文。',
			en: 'The outcome of “{subject}” ({year}) contains the goal of another project, “{extra_label}”, verbatim.'
		}
	},
	sql: `-- A project's outcome containing another project's whole goal (same department and year).
WITH texts AS (
  SELECT *, ${NORMALISED('goal_zh')} AS goal_text, ${NORMALISED('outcome_zh')} AS outcome_text FROM projects
)
SELECT 'warning' AS severity, 'pasted' AS variant, 'projects' AS topic,
       p.department_id, p.fiscal_year, NULL::VARCHAR AS stage, p.project_id || '+' || q.project_id AS subject_key,
       p.name_zh AS subject_zh, p.name_en AS subject_en,
       '实际完成情况' AS left_label_zh, 'outcome' AS left_label_en,
       NULL::DOUBLE AS left_value, NULL::VARCHAR AS left_unit, NULL::INTEGER AS left_decimals,
       p.source_id AS left_source_id, split_part(p.locator, ' / ', 1) || ' / 年度总体目标 / 实际完成情况' AS left_locator,
       p.outcome_zh AS left_excerpt,
       '另一项目的预期目标' AS right_label_zh, 'the other project’s goal' AS right_label_en,
       NULL::DOUBLE AS right_value, NULL::VARCHAR AS right_unit, NULL::INTEGER AS right_decimals,
       q.source_id AS right_source_id, split_part(q.locator, ' / ', 1) || ' / 年度总体目标 / 预期目标' AS right_locator,
       q.goal_zh AS right_excerpt,
       NULL::VARCHAR AS right_formula, NULL::DOUBLE AS difference, NULL::DOUBLE AS tolerance,
       q.name_zh AS extra_label_zh, q.name_en AS extra_label_en
FROM texts p
JOIN texts q ON q.department_id = p.department_id AND q.fiscal_year = p.fiscal_year AND q.project_id <> p.project_id
WHERE length(q.goal_text) >= 8 AND q.goal_text <> p.goal_text AND contains(p.outcome_text, q.goal_text)
ORDER BY p.department_id, p.fiscal_year, p.project_id, q.project_id`
};

export const identicalAcrossYears: AuditRule = {
	id: 'identical_across_years',
	family: 'extra',
	severity: 'note',
	title: { zh: '连续两年金额分毫不差', en: 'The same amount to the cent in consecutive years' },
	description: {
		zh: '同一科目、同一阶段在相邻两年的金额完全相同，且精确到 0.01 万元（整数金额不计，那可能是定额）。预算执行的结果逐分相同极少见，更可能是上一年的数字被抄了过来。',
		en: 'A line at the same stage has exactly the same amount in two consecutive years, given to 0.01 (round amounts are left out: they may be fixed allocations). Results identical to the cent are rare; more likely last year’s figure was carried over.'
	},
	tolerance: {
		zh: '只在两年金额完全相同、且原文精确到两位小数时标出。',
		en: 'Flagged only when both years print the same amount to two decimals.'
	},
	explain: {
		repeated: {
			zh: '{subject}（{stage}）{year} 年为 {left}，与上一年的 {right} 分毫不差。请核对是否沿用了上一年的数字。',
			en: '{subject} ({stage}) is {left} in {year}, identical to the cent to the previous year’s {right}. Check whether last year’s figure was carried over.'
		}
	},
	sql: `-- Primary reported amounts equal to the cent (2 printed decimals) in consecutive years.
SELECT 'note' AS severity, 'repeated' AS variant,
       CASE WHEN a.category = 'three_public' THEN 'three_public' ELSE 'spending' END AS topic,
       b.department_id, b.fiscal_year, b.stage, b.line_id AS subject_key, b.line_zh AS subject_zh, b.line_en AS subject_en,
       b.fiscal_year || ' 年' AS left_label_zh, CAST(b.fiscal_year AS VARCHAR) AS left_label_en,
       b.amount AS left_value, b.unit AS left_unit, b.amount_decimals AS left_decimals,
       b.source_id AS left_source_id, b.locator AS left_locator, b.excerpt AS left_excerpt,
       a.fiscal_year || ' 年' AS right_label_zh, CAST(a.fiscal_year AS VARCHAR) AS right_label_en,
       a.amount AS right_value, a.unit AS right_unit, a.amount_decimals AS right_decimals,
       a.source_id AS right_source_id, a.locator AS right_locator, a.excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula, 0.0 AS difference, 0.0 AS tolerance
FROM spending a
JOIN spending b ON b.department_id = a.department_id AND b.line_id = a.line_id AND b.stage = a.stage
               AND b.fiscal_year = a.fiscal_year + 1 AND b.unit = a.unit
WHERE a.is_primary AND b.is_primary AND a.derivation = 'reported' AND b.derivation = 'reported'
  AND a.amount_decimals >= 2 AND b.amount_decimals >= 2 AND a.amount = b.amount AND a.amount <> 0
ORDER BY b.department_id, b.fiscal_year, b.line_id, b.stage`
};
