import { TABLE_OF, coverageRow } from '../coverage';

/**
 * Coverage statements of rules written before coverage existed, kept apart so the rule files stay
 * short; rules/index.ts attaches them. Each counts what the rule's own SQL compares, and the
 * figures a missing link (line_id, environment_indicator, a budget) keeps out of it.
 */

const PARTS_GROUPS = `groups AS (
  SELECT t.department_id, t.fiscal_year, t.category, t.source_id, t.locator FROM spending t
  WHERE t.is_primary AND t.derivation = 'reported'
    AND EXISTS (SELECT 1 FROM spending s WHERE s.is_primary AND s.parent_relation = 'part' AND s.functional_code IS NULL
                AND s.department_id = t.department_id AND s.fiscal_year = t.fiscal_year AND s.stage = t.stage
                AND s.parent_line_id = t.line_id)
    AND NOT EXISTS (SELECT 1 FROM spending f WHERE f.department_id = t.department_id AND f.fiscal_year = t.fiscal_year
                AND f.stage = t.stage AND f.functional_code IS NOT NULL AND (f.line_id = t.line_id OR f.parent_line_id = t.line_id))
)`;

export const PARTS_SUM_COVERAGE = `WITH ${PARTS_GROUPS}
${coverageRow({ status: 'compared', what: { zh: '个合计与其各部分之和（三公经费）', en: 'totals against their parts (three public expenses)' }, from: "FROM groups g WHERE g.category = 'three_public'", table: TABLE_OF('g') })}
UNION ALL
${coverageRow({ status: 'compared', what: { zh: '个合计与其各部分之和（其他科目）', en: 'totals against their parts (other lines)' }, from: "FROM groups g WHERE g.category <> 'three_public'", table: TABLE_OF('g') })}`;

export const CHILD_EXCEEDS_PARENT_COVERAGE = `WITH pairs AS (
  SELECT c.* FROM spending c JOIN spending t ON t.department_id = c.department_id AND t.fiscal_year = c.fiscal_year
    AND t.stage = c.stage AND t.line_id = c.parent_line_id AND t.is_primary
  WHERE c.is_primary AND c.parent_relation IS NOT NULL
)
${coverageRow({ status: 'compared', what: { zh: '个下级科目与其上级', en: 'child lines against their parent' }, from: 'FROM pairs', table: TABLE_OF('pairs') })}`;

export const EXECUTION_RATE_COVERAGE = `${coverageRow({
	status: 'compared',
	what: { zh: '个所列执行率与 执行数 ÷ 预算数', en: 'stated execution rates against executed ÷ budget' },
	from: 'FROM projects WHERE execution_rate_stated IS NOT NULL AND executed IS NOT NULL AND coalesce(budget_full_year, budget_initial) > 0',
	table: 'source_id'
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目没有所列执行率', en: 'projects print no execution rate' },
	from: 'FROM projects WHERE execution_rate_stated IS NULL AND executed IS NOT NULL',
	table: 'source_id',
	reason: { zh: '没有可核对的执行率', en: 'no stated rate to check' }
})}`;

export const RESTATED_SPENDING_COVERAGE = `WITH pairs AS (
  SELECT r.* FROM spending r JOIN spending p ON p.department_id = r.department_id AND p.fiscal_year = r.fiscal_year
    AND p.line_id = r.line_id AND p.stage = r.stage AND p.is_primary
  WHERE NOT r.is_primary AND NOT (p.category = 'total' AND p.parent_line_id IS NULL)
)
${coverageRow({ status: 'compared', what: { zh: '处重述与看板所用的一处比较', en: 'restatements compared with the row the dashboards show' }, from: 'FROM pairs', table: TABLE_OF('pairs') })}`;

export const PROJECT_VS_LINE_COVERAGE = `WITH linked AS (
  SELECT p.* FROM projects p WHERE p.line_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM spending s WHERE s.department_id = p.department_id AND s.fiscal_year = p.fiscal_year
                AND s.line_id = p.line_id AND s.is_primary)
),
dangling AS (
  SELECT p.* FROM projects p WHERE p.line_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM spending s WHERE s.department_id = p.department_id AND s.fiscal_year = p.fiscal_year
                    AND s.line_id = p.line_id AND s.is_primary)
)
${coverageRow({ status: 'compared', what: { zh: '个项目与其基础表科目', en: 'projects against their base-table line' }, from: 'FROM linked', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目没有 line_id', en: 'projects have no line_id' },
	from: 'FROM projects WHERE line_id IS NULL',
	table: 'source_id',
	reason: {
		zh: '不知道项目对应基础表（附件1）的哪一行：附件1 与附件3 未比较',
		en: 'the base-table (附件1) row of the project is unknown: 附件1 vs 附件3 not compared'
	}
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个项目的 line_id 在同年没有金额', en: 'projects whose line_id has no amount that year' },
	from: 'FROM dangling',
	table: 'source_id',
	reason: { zh: '基础表没有该年的这一行', en: 'the base table has no such line that year' }
})}`;

export const INDICATOR_VS_ENVIRONMENT_COVERAGE = `WITH rows AS (
  SELECT i.*, EXISTS (SELECT 1 FROM departments d JOIN environment e ON e.region_id = d.region_id
    WHERE d.department_id = i.department_id AND e.indicator = i.environment_indicator AND e.year = i.fiscal_year
      AND e.period = 'year' AND e.measure = 'observed' AND e.derivation = 'reported'
      AND e.source_id = i.source_id AND e.unit = i.actual_unit) AS observed
  FROM indicators i WHERE i.project_id IS NULL AND i.actual_value IS NOT NULL
)
${coverageRow({ status: 'compared', what: { zh: '行实际完成值与正文观测值', en: 'table actuals against the body’s observed value' }, from: 'FROM rows WHERE environment_indicator IS NOT NULL AND observed', table: 'source_id' })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '行挂钩环境指标但报告没有观测值', en: 'linked rows whose report states no observed value' },
	from: 'FROM rows WHERE environment_indicator IS NOT NULL AND NOT observed',
	table: 'source_id',
	reason: {
		zh: '同一报告中没有同年、同单位的观测值',
		en: 'no observed value of the same year and unit in the same report'
	}
})}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: {
		zh: '行有数值实际完成值但没有 environment_indicator',
		en: 'rows with a numeric actual but no environment_indicator'
	},
	from: 'FROM rows WHERE environment_indicator IS NULL',
	table: 'source_id',
	reason: {
		zh: '未与环境指标挂钩，无法与正文比较',
		en: 'not linked to an environmental indicator, so never set against the body'
	}
})}`;

export const FINAL_OVER_BUDGET_COVERAGE = `WITH finals AS (
  SELECT f.*, EXISTS (SELECT 1 FROM spending b WHERE b.department_id = f.department_id AND b.fiscal_year = f.fiscal_year
    AND b.line_id = f.line_id AND b.unit = f.unit AND b.is_primary AND b.derivation = 'reported'
    AND b.stage IN ('budget_full_year', 'budget_initial', 'budget') AND b.amount > 0) AS budgeted
  FROM spending f WHERE f.stage = 'final' AND f.is_primary AND f.derivation = 'reported'
)
${coverageRow({ status: 'compared', what: { zh: '个决算数与同科目预算数', en: 'final amounts against the same line’s budget' }, from: 'FROM finals WHERE budgeted', table: TABLE_OF('finals') })}
UNION ALL
${coverageRow({
	status: 'not_compared',
	what: { zh: '个决算数没有同年预算数', en: 'final amounts without a budget of that year' },
	from: 'FROM finals WHERE NOT budgeted',
	table: TABLE_OF('finals'),
	reason: {
		zh: '数据中没有该科目同年、同单位的预算数（预算表未导入？）',
		en: 'no budget of the same line, year and unit (budget table not imported?)'
	}
})}`;
