import { DEPARTMENT_OF } from './attribution';
import { TABLE_OF, coverageRow } from '../coverage';

/**
 * Coverage statements of the older scoring, budget and text rules (rules/index.ts attaches them),
 * each mirroring its rule's joins and filters, as in coverage-more.ts.
 */

const SCORES = `scores AS (
  SELECT department_id, fiscal_year, project_id FROM indicators
  WHERE is_primary AND score IS NOT NULL AND level1_zh <> '总分'
  GROUP BY department_id, fiscal_year, project_id
)`;

export const SCORE_TOTAL_COVERAGE = `WITH ${SCORES},
scored AS (
  SELECT p.* FROM projects p JOIN scores s USING (department_id, fiscal_year, project_id)
),
department_total AS (
  SELECT t.* FROM indicators t
  JOIN scores s ON s.department_id = t.department_id AND s.fiscal_year = t.fiscal_year AND s.project_id IS NULL
  WHERE t.project_id IS NULL AND t.level1_zh = '总分' AND t.score IS NOT NULL
)
${coverageRow({ status: 'compared', what: { zh: '个项目总分与各指标得分之和', en: 'project total scores against the sum of their scores' }, from: 'FROM scored WHERE total_score_stated IS NOT NULL', table: 'source_id' })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个部门自评总分与各指标得分之和', en: 'department total scores against the sum of their scores' }, from: 'FROM department_total', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '个项目有指标得分但没有所列总分',
		en: 'projects with indicator scores but no stated total score'
	},
	from: 'FROM scored WHERE total_score_stated IS NULL',
	table: 'source_id',
	reason: { zh: '没有可核对的总分', en: 'no stated total to check' }
})}`;

const FULL_MARKS = 'score IS NOT NULL AND weight IS NOT NULL AND score >= weight';

export const FULL_MARKS_SHORTFALL_COVERAGE = `${coverageRow({
	status: 'compared',
	what: { zh: '行满分指标的实际值与目标值', en: 'full-marks rows: actual against target' },
	from: `FROM indicators WHERE ${FULL_MARKS} AND actual_value IS NOT NULL AND target_value IS NOT NULL AND actual_unit = target_unit`,
	table: 'source_id'
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '行满分指标没有同单位的数值实际值和目标值',
		en: 'full-marks rows without a numeric actual and target in one unit'
	},
	from: `FROM indicators WHERE ${FULL_MARKS} AND NOT coalesce(actual_value IS NOT NULL AND target_value IS NOT NULL AND actual_unit = target_unit, false)`,
	table: 'source_id',
	reason: {
		zh: '实际值或目标值是文字、缺失或单位不同',
		en: 'the actual or the target is text, missing or in another unit'
	}
})}`;

export const FULL_MARKS_VS_OBSERVED_COVERAGE = `WITH linked AS (
  SELECT i.*, (SELECT count(*) FROM departments d JOIN environment e ON e.region_id = d.region_id
    WHERE d.department_id = i.department_id AND e.indicator = i.environment_indicator AND e.year = i.fiscal_year
      AND e.period = 'year' AND e.measure = 'observed' AND e.derivation = 'reported'
      AND e.source_id = i.source_id AND e.unit = i.target_unit) AS observed
  FROM indicators i
  WHERE i.environment_indicator IS NOT NULL AND i.target_value IS NOT NULL AND i.score IS NOT NULL AND i.weight IS NOT NULL AND i.score >= i.weight
)
${coverageRow({ status: 'compared', what: { zh: '次满分环境指标目标与正文观测值', en: 'full-marks environmental targets against the body’s observed value' }, from: 'FROM linked WHERE observed > 0', count: 'coalesce(sum(observed), 0)', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '行满分环境指标在报告中没有观测值',
		en: 'full-marks environmental rows whose report states no observed value'
	},
	from: 'FROM linked WHERE observed = 0',
	table: 'source_id',
	reason: {
		zh: '同一报告中没有同年、同单位的观测值',
		en: 'no observed value of the same year and unit in the same report'
	}
})}`;

export const WEIGHTS_TOTAL_COVERAGE = `WITH tables AS (
  SELECT department_id, fiscal_year, project_id FROM indicators
  WHERE is_primary AND weight IS NOT NULL AND level1_zh <> '总分' GROUP BY department_id, fiscal_year, project_id
),
weighted AS (SELECT p.* FROM projects p JOIN tables t USING (department_id, fiscal_year, project_id)),
department_total AS (
  SELECT i.* FROM indicators i JOIN tables t ON t.department_id = i.department_id AND t.fiscal_year = i.fiscal_year
    AND t.project_id IS NULL
  WHERE i.project_id IS NULL AND i.level1_zh = '总分' AND i.weight IS NOT NULL
),
groups AS (
  SELECT department_id, fiscal_year, project_id, level1_zh, level1_en, min(source_id) AS source_id FROM indicators
  WHERE is_primary AND level1_weight_stated IS NOT NULL AND weight IS NOT NULL
  GROUP BY department_id, fiscal_year, project_id, level1_zh, level1_en
)
${coverageRow({ status: 'compared', what: { zh: '个项目总分值与各指标分值之和', en: 'project total weights against the sum of their weights' }, from: 'FROM weighted WHERE total_weight_stated IS NOT NULL', table: 'source_id' })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个部门自评总分值与各指标分值之和', en: 'department total weights against the sum of their weights' }, from: 'FROM department_total', table: 'source_id' })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个一级指标分值与其下各指标分值之和', en: 'level-1 weights against the sum of their rows' }, from: 'FROM groups', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目有指标分值但没有所列总分值', en: 'projects with weights but no stated total weight' },
	from: 'FROM weighted WHERE total_weight_stated IS NULL',
	table: 'source_id',
	reason: { zh: '没有可核对的总分值', en: 'no stated total weight to check' }
})}`;

const BUDGET = 'coalesce(budget_full_year, budget_initial)';

export const EXECUTED_OVER_BUDGET_COVERAGE = `${coverageRow({
	status: 'compared',
	what: { zh: '个项目执行数与预算数', en: 'project executed amounts against their budget' },
	from: `FROM projects WHERE executed IS NOT NULL AND ${BUDGET} IS NOT NULL`,
	table: 'source_id'
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目没有执行数或预算数', en: 'projects without an executed amount or a budget' },
	from: `FROM projects WHERE executed IS NULL OR ${BUDGET} IS NULL`,
	table: 'source_id',
	reason: { zh: '执行数或预算数未列出', en: 'the executed amount or the budget is not stated' }
})}`;

/** Text compared without whitespace and punctuation, as rules/text.ts does. */
const NORMALISED = (column: string) =>
	`regexp_replace(coalesce(${column}, ''), '[[:space:]\\x{3000}。．.，,；;、：:！!]', '', 'g')`;

export const OUTCOME_COPIES_GOAL_COVERAGE = `${coverageRow({
	status: 'compared',
	what: { zh: '个项目的实际完成情况与其年度目标', en: 'project outcomes against their own goal' },
	from: `FROM projects WHERE ${NORMALISED('outcome_zh')} <> ''`,
	table: 'source_id'
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目没有实际完成情况文字', en: 'projects with no outcome text' },
	from: `FROM projects WHERE ${NORMALISED('outcome_zh')} = ''`,
	table: 'source_id',
	reason: { zh: '实际完成情况未填写', en: 'the outcome is left blank' }
})}`;

export const OUTCOME_FROM_OTHER_PROJECT_COVERAGE = `WITH texts AS (
  SELECT *, ${NORMALISED('goal_zh')} AS goal_text FROM projects
),
pairs AS (
  SELECT p.* FROM texts p
  JOIN texts q ON q.department_id = p.department_id AND q.fiscal_year = p.fiscal_year AND q.project_id <> p.project_id
  WHERE length(q.goal_text) >= 8 AND q.goal_text <> p.goal_text
)
${coverageRow({ status: 'compared', what: { zh: '对项目：实际完成情况与另一项目的目标', en: 'pairs of projects: an outcome against another project’s goal' }, from: 'FROM pairs', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目的目标不足 8 个字', en: 'projects whose goal is shorter than 8 characters' },
	from: 'FROM texts WHERE length(goal_text) < 8',
	table: 'source_id',
	reason: {
		zh: '太短，无法与常用语区分，不在其他项目中查找',
		en: 'too short to tell from a common phrase, so never looked for in other projects'
	}
})}`;

export const IDENTICAL_ACROSS_YEARS_COVERAGE = `WITH pairs AS (
  SELECT b.* FROM spending a
  JOIN spending b ON b.department_id = a.department_id AND b.line_id = a.line_id AND b.stage = a.stage
                 AND b.fiscal_year = a.fiscal_year + 1 AND b.unit = a.unit
  WHERE a.is_primary AND b.is_primary AND a.derivation = 'reported' AND b.derivation = 'reported'
    AND a.amount_decimals >= 2 AND b.amount_decimals >= 2 AND a.amount <> 0
)
${coverageRow({ status: 'compared', what: { zh: '个金额与上一年同科目金额（精确到分）', en: 'amounts against the same line a year before (to the cent)' }, from: 'FROM pairs', table: TABLE_OF('pairs') })}`;

export const POINTS_FOR_NON_PERCENTAGE_COVERAGE = `WITH env AS (
  SELECT e.*, e.year AS fiscal_year, ${DEPARTMENT_OF('e.source_id', 'e.region_id')} AS department_id
  FROM environment e WHERE e.yoy_change_unit = '百分点' AND e.derivation = 'reported'
)
${coverageRow({ status: 'compared', what: { zh: '个以“百分点”表述的环境指标变化与指标单位', en: 'environmental changes stated in percentage points against the figure’s unit' }, from: 'FROM env', table: TABLE_OF('env') })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个以“百分点”表述的工作量变化与指标单位', en: 'activity changes stated in percentage points against the figure’s unit' }, from: "FROM activities WHERE yoy_change_unit = '百分点'", table: TABLE_OF('activities') })}`;
