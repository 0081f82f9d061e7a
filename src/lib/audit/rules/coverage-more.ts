import { DEPARTMENT_OF } from './attribution';
import { TABLE_OF, coverageRow } from '../coverage';

/**
 * Coverage statements of the older sum, count, rate and restatement rules (rules/index.ts attaches
 * them). Each mirrors the joins and filters of its rule's SQL: `compared` counts what the rule sets
 * side by side, `not_compared` the figures a missing counterpart keeps out of it.
 */

export const APPLICATION_BY_EXPENDITURE_COVERAGE = `WITH totals AS (
  SELECT t.*, EXISTS (SELECT 1 FROM spending s WHERE s.stage = 'budget_application' AND s.is_primary
    AND s.category IN ('basic', 'project') AND s.department_id = t.department_id AND s.fiscal_year = t.fiscal_year) AS split
  FROM spending t WHERE t.stage = 'budget_application' AND t.category = 'total' AND t.is_primary AND t.derivation = 'reported'
)
${coverageRow({ status: 'compared', what: { zh: '个申请总额与 基本支出 + 项目支出', en: 'application totals against basic + project' }, from: 'FROM totals WHERE split', table: TABLE_OF('totals') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个申请总额没有按支出性质分的数', en: 'application totals without a basic/project split' },
	from: 'FROM totals WHERE NOT split',
	table: TABLE_OF('totals'),
	reason: {
		zh: '预算申请未列基本支出和项目支出',
		en: 'the application states no basic or project expenditure'
	}
})}`;

export const STAFFING_PARTS_COVERAGE = `WITH kinds AS (
  SELECT department_id, fiscal_year, source_id, count(*) AS n FROM staffing
  WHERE is_primary AND starts_with(metric, 'authorised_') AND metric <> 'authorised_total'
  GROUP BY department_id, fiscal_year, source_id
),
totals AS (
  SELECT t.*, coalesce(k.n, 0) >= 2 AS split FROM staffing t
  LEFT JOIN kinds k ON k.department_id = t.department_id AND k.fiscal_year = t.fiscal_year AND k.source_id = t.source_id
  WHERE t.metric = 'authorised_total'
)
${coverageRow({ status: 'compared', what: { zh: '个编制数与各类编制之和', en: 'authorised totals against the sum of their kinds' }, from: 'FROM totals WHERE split', table: TABLE_OF('totals') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '个编制数在同一来源中少于两类编制',
		en: 'authorised totals with fewer than two kinds in their source'
	},
	from: 'FROM totals WHERE NOT split',
	table: TABLE_OF('totals'),
	reason: {
		zh: '同一来源没有列出至少两类编制',
		en: 'the same source does not break the posts down into two kinds or more'
	}
})}`;

export const SECTIONS_BY_CLASS_COVERAGE = `WITH totals AS (
  SELECT t.*, ${DEPARTMENT_OF('t.source_id', 't.region_id')} AS department_id,
         EXISTS (SELECT 1 FROM environment c WHERE c.is_primary AND c.measure = 'observed'
           AND c.indicator IN ('surface_water_class_ii_sections', 'surface_water_class_iii_sections')
           AND c.region_id = t.region_id AND c.scope = t.scope AND c.year = t.year AND c.period = t.period
           AND c.source_id = t.source_id) AS classed
  FROM environment t WHERE t.indicator = 'surface_water_sections' AND t.measure = 'observed'
)
${coverageRow({ status: 'compared', what: { zh: '个考核断面数与 Ⅱ 类 + Ⅲ 类断面', en: 'section counts against class II + III sections' }, from: 'FROM totals WHERE classed', year: 'year', table: TABLE_OF('totals') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个考核断面数没有分类断面数', en: 'section counts without sections by class' },
	from: 'FROM totals WHERE NOT classed',
	year: 'year',
	table: TABLE_OF('totals'),
	reason: {
		zh: '同一来源、时段没有列出 Ⅱ 类或 Ⅲ 类断面数',
		en: 'the same source and period list no class II or III sections'
	}
})}`;

const BUDGET = 'coalesce(budget_full_year, budget_initial)';

export const EXECUTION_ROUNDED_UP_COVERAGE = `${coverageRow({
	status: 'compared',
	what: { zh: '个所列 100% 执行率与 执行数 ÷ 预算数', en: 'stated 100% rates against executed ÷ budget' },
	from: `FROM projects WHERE execution_rate_stated = 100 AND executed IS NOT NULL AND ${BUDGET} > 0`,
	table: 'source_id'
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '个项目报 100% 但没有执行数或预算数',
		en: 'projects stating 100% without an executed amount or a budget'
	},
	from: `FROM projects WHERE execution_rate_stated = 100 AND (executed IS NULL OR coalesce(${BUDGET}, 0) <= 0)`,
	table: 'source_id',
	reason: { zh: '无法重算执行率', en: 'the rate cannot be recomputed' }
})}`;

export const CONTROL_RATE_COVERAGE = `WITH rates AS (
  SELECT r.*, EXISTS (SELECT 1 FROM staffing a JOIN staffing t ON t.department_id = a.department_id
      AND t.fiscal_year = a.fiscal_year AND t.source_id = a.source_id AND t.metric = 'authorised_total' AND t.value > 0
    WHERE a.department_id = r.department_id AND a.fiscal_year = r.fiscal_year AND a.source_id = r.source_id
      AND a.metric = 'actual_staff') AS counted
  FROM staffing r WHERE r.metric = 'control_rate'
),
distinct_rates AS (
  SELECT * FROM rates QUALIFY row_number() OVER (PARTITION BY department_id, fiscal_year, locator, counted ORDER BY source_id) = 1
)
${coverageRow({ status: 'compared', what: { zh: '个所列控制率与 在职人数 ÷ 编制数', en: 'stated control rates against actual staff ÷ authorised posts' }, from: 'FROM distinct_rates WHERE counted', table: TABLE_OF('distinct_rates') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '个控制率在同一来源中没有在职人数或编制数',
		en: 'control rates without actual staff or authorised posts in their source'
	},
	from: 'FROM distinct_rates WHERE NOT counted',
	table: TABLE_OF('distinct_rates'),
	reason: {
		zh: '同一来源没有可重算控制率的人数',
		en: 'the same source gives no head counts to recompute the rate'
	}
})}`;

export const SHARE_OF_PARENT_COVERAGE = `WITH shares AS (
  SELECT c.*, EXISTS (SELECT 1 FROM spending t WHERE t.department_id = c.department_id AND t.fiscal_year = c.fiscal_year
    AND t.stage = c.stage AND t.line_id = c.parent_line_id AND t.is_primary AND t.amount > 0) AS parented
  FROM spending c WHERE c.share_pct_stated IS NOT NULL
)
${coverageRow({ status: 'compared', what: { zh: '个所列占比与 金额 ÷ 上级金额', en: 'stated shares against amount ÷ parent amount' }, from: 'FROM shares WHERE parented', table: TABLE_OF('shares') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个所列占比没有上级科目金额', en: 'stated shares without a parent amount' },
	from: 'FROM shares WHERE NOT parented',
	table: TABLE_OF('shares'),
	reason: {
		zh: '数据中没有同阶段、金额大于 0 的上级科目（parent_line_id 缺失？）',
		en: 'no parent line of the same stage with an amount above 0 (parent_line_id missing?)'
	}
})}`;

/** yoy_change: the stated changes with last year's figure (dedup as the rule's QUALIFY does). */
const YOY_ROWS = `env AS (
  SELECT c.*, ${DEPARTMENT_OF('c.source_id', 'c.region_id')} AS department_id, c.year AS fiscal_year,
         p.value AS prev, p.region_id IS NOT NULL AS has_prev
  FROM environment c
  LEFT JOIN environment p ON p.region_id = c.region_id AND p.scope = c.scope AND p.period = c.period
                    AND p.indicator = c.indicator AND p.measure = c.measure AND p.unit = c.unit
                    AND p.year = c.year - 1 AND p.derivation = 'reported'
  WHERE c.yoy_change_stated IS NOT NULL AND c.derivation = 'reported' AND c.measure = 'observed'
  QUALIFY row_number() OVER (PARTITION BY c.region_id, c.scope, c.period, c.indicator, c.year, c.source_id
                             ORDER BY (p.source_id = c.source_id) DESC NULLS LAST, p.source_id) = 1
),
act AS (
  SELECT c.*, p.value AS prev, p.department_id IS NOT NULL AS has_prev
  FROM activities c
  LEFT JOIN activities p ON p.department_id = c.department_id AND p.metric_id = c.metric_id
                   AND p.unit = c.unit AND p.period = c.period AND p.fiscal_year = c.fiscal_year - 1
  WHERE c.yoy_change_stated IS NOT NULL
)`;

const COMPARABLE = `has_prev AND (prev <> 0 OR (yoy_change_unit = '百分点' AND unit = '%'))`;
const NO_PREV = {
	zh: '数据中没有上一年同口径、同单位的数值',
	en: 'no figure of the year before with the same scope and unit'
};

export const YOY_CHANGE_COVERAGE = `WITH ${YOY_ROWS}
${coverageRow({ status: 'compared', what: { zh: '个所列同比变化与两年环境数值', en: 'stated changes against both years’ environmental figures' }, from: `FROM env WHERE ${COMPARABLE}`, table: TABLE_OF('env') })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个所列同比变化与两年工作量数值', en: 'stated changes against both years’ activity figures' }, from: `FROM act WHERE ${COMPARABLE}`, table: TABLE_OF('act') })}
UNION ALL
${coverageRow({ status: 'not_compared', what: { zh: '个环境指标的同比变化没有上年数', en: 'environmental changes without last year’s figure' }, from: `FROM env WHERE NOT (${COMPARABLE})`, table: TABLE_OF('env'), reason: NO_PREV })}
UNION ALL
${coverageRow({ status: 'not_compared', what: { zh: '个工作量指标的同比变化没有上年数', en: 'activity changes without last year’s figure' }, from: `FROM act WHERE NOT (${COMPARABLE})`, table: TABLE_OF('act'), reason: NO_PREV })}`;

export const STAFFING_RESTATED_COVERAGE = `WITH pairs AS (
  SELECT a.* FROM staffing a
  JOIN staffing b ON b.department_id = a.department_id AND b.fiscal_year = a.fiscal_year
                 AND b.metric = a.metric AND b.unit = a.unit
                 AND b.source_id || chr(9) || b.locator > a.source_id || chr(9) || a.locator
)
${coverageRow({ status: 'compared', what: { zh: '对同一人数指标的两处数字', en: 'pairs of places stating the same staffing figure' }, from: 'FROM pairs', table: TABLE_OF('pairs') })}`;

export const SAME_ITEM_TWO_LINES_COVERAGE = `WITH lines AS (SELECT * FROM spending WHERE is_primary),
pairs AS (
  SELECT a.* FROM lines a
  JOIN lines b ON b.department_id = a.department_id AND b.fiscal_year = a.fiscal_year AND b.stage = a.stage
              AND b.line_zh = a.line_zh AND b.line_id > a.line_id
              AND coalesce(b.parent_line_id, '') <> coalesce(a.parent_line_id, '')
)
${coverageRow({ status: 'compared', what: { zh: '对同名但上级不同的科目', en: 'pairs of same-named lines under different parents' }, from: 'FROM pairs', table: TABLE_OF('pairs') })}`;

export const APPLICATION_VS_BUDGET_COVERAGE = `WITH applied AS (
  SELECT a.*, EXISTS (SELECT 1 FROM spending b WHERE b.is_primary AND b.stage IN ('budget_full_year', 'budget_initial', 'budget')
    AND b.department_id = a.department_id AND b.fiscal_year = a.fiscal_year AND b.line_id = a.line_id AND b.unit = a.unit) AS budgeted
  FROM spending a WHERE a.stage = 'budget_application' AND a.is_primary AND a.category IN ('basic', 'project')
)
${coverageRow({ status: 'compared', what: { zh: '个申请数与同科目预算数', en: 'applied amounts against the same line’s budget' }, from: 'FROM applied WHERE budgeted', table: TABLE_OF('applied') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个申请数没有同年预算数', en: 'applied amounts without a budget of that year' },
	from: 'FROM applied WHERE NOT budgeted',
	table: TABLE_OF('applied'),
	reason: {
		zh: '数据中没有该科目同年、同单位的预算数（预算表未导入？）',
		en: 'no budget of the same line, year and unit (budget table not imported?)'
	}
})}`;
