import { coverageRow } from '../coverage';
import type { AuditRule } from '../types';

/** Family 3 (continued): a project's amounts printed twice (a table and the body text). */

/** One row per project figure: which, its value as printed (and in 万元), its label. */
const FIGURE = (column: string, unit: string, label: [string, string]) =>
	`SELECT *, '${column}' AS figure, ${column} AS value,
         ${column}_decimals AS decimals, ${column === 'execution_rate_stated' ? 'NULL::DOUBLE' : `${column}_wan`} AS value_wan,
         ${unit} AS value_unit, '${label[0]}' AS label_zh, '${label[1]}' AS label_en
  FROM projects WHERE ${column} IS NOT NULL`;

const FIGURES = `figures AS (
  ${FIGURE('budget_initial', 'unit', ['年初预算数', 'initial budget'])}
  UNION ALL BY NAME
  ${FIGURE('budget_full_year', 'unit', ['全年预算数', 'full-year budget'])}
  UNION ALL BY NAME
  ${FIGURE('executed', 'unit', ['全年执行数', 'executed amount'])}
  UNION ALL BY NAME
  ${FIGURE('execution_rate_stated', "'%'", ['执行率', 'execution rate'])}
),
pairs AS (
  SELECT p.*, CASE WHEN p.value_unit = r.value_unit THEN r.value ELSE r.value_wan END AS r_value,
         CASE WHEN p.value_unit = r.value_unit THEN p.value ELSE p.value_wan END AS p_value,
         CASE WHEN p.value_unit = r.value_unit THEN p.value_unit ELSE '万元' END AS compared_unit,
         least(p.decimals, r.decimals) AS d, r.source_id AS r_source_id, r.locator AS r_locator, r.excerpt AS r_excerpt
  FROM figures p
  JOIN figures r ON r.department_id = p.department_id AND r.fiscal_year = p.fiscal_year
                AND r.project_id = p.project_id AND r.figure = p.figure AND NOT r.is_primary
  WHERE p.is_primary AND (p.value_unit = r.value_unit OR (p.value_wan IS NOT NULL AND r.value_wan IS NOT NULL))
)`;

export const restatedProject: AuditRule = {
	id: 'restated_project',
	family: 'restated',
	severity: 'warning',
	title: { zh: '同一项目的金额在两处不同', en: 'A project’s amount differs between two places' },
	description: {
		zh: '同一项目的年初预算数、全年预算数、全年执行数或执行率在报告中出现多次（如附件3 与正文）时，看板所用的一处（is_primary）与其他各处比较。',
		en: 'A project’s initial budget, full-year budget, executed amount or execution rate printed more than once (附件3 and the body text, say): the row the dashboards show (is_primary) against every restatement.'
	},
	tolerance: {
		zh: '两处之一可能是另一处的四舍五入：½ × 10^-d，d 取较少的小数位数。',
		en: 'One place may round the other: ½ × 10^-d, d the fewer decimals.'
	},
	explain: {
		mismatch: {
			zh: '“{subject}”（{year} 年）的{left_label}在一处为 {left}，在另一处为 {right}，相差 {difference}。',
			en: '“{subject}” ({year}): its {left_label} is {left} in one place and {right} in another, a difference of {difference}.'
		}
	},
	sql: `-- Each primary project figure against the same figure of every restatement of the project.
WITH ${FIGURES}
SELECT 'warning' AS severity, 'mismatch' AS variant, 'projects' AS topic,
       department_id, fiscal_year, NULL::VARCHAR AS stage, project_id || '/' || figure AS subject_key,
       name_zh AS subject_zh, name_en AS subject_en,
       label_zh AS left_label_zh, label_en AS left_label_en, p_value AS left_value, compared_unit AS left_unit,
       d AS left_decimals, source_id AS left_source_id, locator AS left_locator, excerpt AS left_excerpt,
       label_zh AS right_label_zh, label_en AS right_label_en, r_value AS right_value, compared_unit AS right_unit,
       d AS right_decimals, r_source_id AS right_source_id, r_locator AS right_locator, r_excerpt AS right_excerpt,
       NULL::VARCHAR AS right_formula,
       round(p_value - r_value, 6) AS difference, 0.5 * power(10, -d) AS tolerance
FROM pairs
WHERE abs(p_value - r_value) > 0.5 * power(10, -d) + 1e-9
ORDER BY department_id, fiscal_year, project_id, figure, r_locator`,
	coverage: `WITH ${FIGURES}
${coverageRow({ status: 'compared', what: { zh: '处项目数字的重述', en: 'restated project figures' }, from: 'FROM pairs', table: 'source_id' })}`
};
