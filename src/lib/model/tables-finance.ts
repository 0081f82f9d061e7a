import {
	DEPARTMENT_ID,
	DERIVATION,
	ECONOMIC_CLASS_PATTERN,
	FISCAL_YEAR,
	FUNCTIONAL_CODE_PATTERN,
	ID_PATTERN,
	PROVENANCE,
	REGION_ID,
	YEAR_RANGE,
	isPrimaryColumn
} from './columns';
import { FINANCE_SCOPES, MONEY_UNITS, PARENT_RELATIONS, SPENDING_CATEGORIES, SPENDING_STAGES } from './enums';
import { col, table } from './schema';

const SPENDING_LINE = { table: 'spending', column: 'line_id', scope: ['department_id'] } as const;

/** A coded line's parent: the line of the same department named by parent_line_id. */
const CODED_PARENT = {
	idColumn: 'line_id',
	parentColumn: 'parent_line_id',
	scope: ['department_id']
} as const;

export const SPENDING = table({
	name: 'spending',
	zh: '预算、决算与预算申请金额，按部门的支出科目层级',
	en: "Budget, final-accounts and budget-application amounts along each department's line hierarchy",
	partitionBy: ['department_id'],
	primaryKey: ['department_id', 'fiscal_year', 'line_id', 'stage', 'source_id', 'locator'],
	rules: [
		{ kind: 'formula_iff_derived' },
		{
			kind: 'one_true_per_group',
			column: 'is_primary',
			group: ['department_id', 'fiscal_year', 'line_id', 'stage']
		},
		{ kind: 'code_hierarchy', column: 'functional_code', ...CODED_PARENT },
		{ kind: 'code_hierarchy', column: 'economic_class', ...CODED_PARENT }
	],
	columns: [
		DEPARTMENT_ID,
		FISCAL_YEAR,
		col({
			name: 'line_id',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '科目标识（同一部门跨年稳定）',
			en: 'Line id, stable within a department across years'
		}),
		col({
			name: 'parent_line_id',
			type: 'text',
			nullable: true,
			references: SPENDING_LINE,
			zh: '上级科目（同一部门的 line_id）',
			en: 'Parent line: a line_id of the same department'
		}),
		col({
			name: 'parent_relation',
			type: 'text',
			nullable: true,
			values: PARENT_RELATIONS,
			zh: '与上级科目的关系：part（构成部分，各部分之和应等于上级）/ of_which（其中项，只是上级的一部分）',
			en: 'Relation to the parent: part (the parts add up to the parent) / of_which (其中: a subset of the parent)'
		}),
		col({ name: 'line_zh', type: 'text', zh: '科目名称（按原文）', en: 'Line label as published' }),
		col({ name: 'line_en', type: 'text', zh: '科目名称（英文）', en: 'Line label in English' }),
		col({
			name: 'functional_code',
			type: 'text',
			nullable: true,
			pattern: FUNCTIONAL_CODE_PATTERN,
			zh: '功能分类科目编码（类 3 位 / 款 5 位 / 项 7 位，如 211、21103、2110301），如有',
			en: 'Functional classification code (类 3 / 款 5 / 项 7 digits: 211, 21103, 2110301), if printed'
		}),
		col({
			name: 'economic_class',
			type: 'text',
			nullable: true,
			pattern: ECONOMIC_CLASS_PATTERN,
			zh: '经济分类科目编码（301、30101 …），如有',
			en: 'Economic classification code (301, 30101, …), if printed'
		}),
		col({
			name: 'category',
			type: 'text',
			values: SPENDING_CATEGORIES,
			zh: '类别',
			en: 'Category'
		}),
		col({
			name: 'stage',
			type: 'text',
			values: SPENDING_STAGES,
			zh: '阶段：年初预算 / 全年预算 / 预算 / 预算申请 / 决算',
			en: 'Stage: initial budget / full-year budget / budget / budget application / final accounts'
		}),
		col({
			name: 'amount',
			type: 'decimal',
			unitColumn: 'unit',
			zh: '金额（按原文）',
			en: 'Amount as published'
		}),
		col({ name: 'unit', type: 'text', values: MONEY_UNITS, zh: '金额单位', en: 'Unit of amount' }),
		col({
			name: 'share_pct_stated',
			type: 'decimal',
			nullable: true,
			unit: '%',
			zh: '原文所述占上级比例',
			en: 'Share of the parent stated next to the amount'
		}),
		...DERIVATION,
		isPrimaryColumn({ zh: '同一部门、年度、科目、阶段', en: 'department, year, line and stage' }),
		...PROVENANCE
	]
});

const FUNDING = {
	unitColumn: 'unit',
	type: 'decimal',
	nullable: true
} as const;

export const PROJECTS = table({
	name: 'projects',
	zh: '项目支出绩效自评表（附件3），每个项目每年一行',
	en: 'Project self-assessment tables (附件3): one row per project and year',
	partitionBy: ['department_id'],
	primaryKey: ['department_id', 'fiscal_year', 'project_id', 'source_id', 'locator'],
	rules: [
		{
			kind: 'one_true_per_group',
			column: 'is_primary',
			group: ['department_id', 'fiscal_year', 'project_id']
		}
	],
	columns: [
		DEPARTMENT_ID,
		FISCAL_YEAR,
		col({
			name: 'project_id',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '项目标识',
			en: 'Project id'
		}),
		col({
			name: 'line_id',
			type: 'text',
			nullable: true,
			references: SPENDING_LINE,
			zh: '对应的支出科目（附件1 行）',
			en: 'The spending line for the same project (附件1 row), when there is one'
		}),
		col({ name: 'name_zh', type: 'text', zh: '项目名称（按原文）', en: 'Project name as printed' }),
		col({ name: 'name_en', type: 'text', zh: '项目名称（英文）', en: 'Project name in English' }),
		col({
			name: 'competent_dept_zh',
			type: 'text',
			nullable: true,
			zh: '主管部门',
			en: 'Competent department (主管部门)'
		}),
		col({
			name: 'implementing_dept_zh',
			type: 'text',
			nullable: true,
			zh: '实施单位',
			en: 'Implementing unit (实施单位)'
		}),
		col({ name: 'budget_initial', ...FUNDING, zh: '年初预算数', en: 'Initial budget' }),
		col({ name: 'budget_full_year', ...FUNDING, zh: '全年预算数', en: 'Full-year budget' }),
		col({ name: 'executed', ...FUNDING, zh: '全年执行数', en: 'Executed in the year' }),
		col({
			name: 'unit',
			type: 'text',
			values: MONEY_UNITS,
			zh: '金额单位',
			en: 'Unit of amounts'
		}),
		col({
			name: 'execution_rate_stated',
			type: 'decimal',
			nullable: true,
			unit: '%',
			zh: '执行率（按原文）',
			en: 'Execution rate as printed'
		}),
		col({
			name: 'funding_weight',
			type: 'decimal',
			nullable: true,
			unit: '分',
			zh: '资金执行分值',
			en: 'Weight (points) of the funding row'
		}),
		col({
			name: 'funding_score',
			type: 'decimal',
			nullable: true,
			unit: '分',
			zh: '资金执行得分',
			en: 'Score (points) of the funding row'
		}),
		col({
			name: 'total_weight_stated',
			type: 'decimal',
			nullable: true,
			unit: '分',
			zh: '总分值（按原文）',
			en: 'Total weight (points) as printed'
		}),
		col({
			name: 'total_score_stated',
			type: 'decimal',
			nullable: true,
			unit: '分',
			zh: '总得分（按原文）',
			en: 'Total score (points) as printed'
		}),
		col({ name: 'goal_zh', type: 'text', zh: '预期目标（原文）', en: 'Expected goal, verbatim' }),
		col({
			name: 'outcome_zh',
			type: 'text',
			zh: '实际完成情况（原文）',
			en: 'Actual outcome, verbatim'
		}),
		isPrimaryColumn({ zh: '同一部门、年度、项目', en: 'department, year and project' }),
		...PROVENANCE
	]
});

export const REGIONAL_FINANCE = table({
	name: 'regional_finance',
	zh: '地区财政收支指标（年鉴与统计数据库的背景数据）',
	en: 'Fiscal indicators of a region: budget revenue, expenditure, … (yearbook and statistical database context)',
	partitionBy: ['region_id'],
	primaryKey: ['region_id', 'scope', 'year', 'indicator', 'source_id', 'locator'],
	rules: [
		{
			kind: 'one_true_per_group',
			column: 'is_primary',
			group: ['region_id', 'scope', 'year', 'indicator']
		}
	],
	columns: [
		REGION_ID,
		col({ name: 'scope', type: 'text', values: FINANCE_SCOPES, zh: '范围', en: 'Scope' }),
		col({ name: 'year', type: 'int', range: YEAR_RANGE, zh: '数据年度', en: 'Data year' }),
		col({
			name: 'indicator',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '指标标识（general_budget_revenue、general_budget_expenditure、tax_revenue …）',
			en: 'Indicator id (general_budget_revenue, general_budget_expenditure, tax_revenue, …)'
		}),
		col({
			name: 'indicator_zh',
			type: 'text',
			nullable: true,
			zh: '指标名称（按原文）',
			en: 'Indicator label as published, in Chinese'
		}),
		col({
			name: 'indicator_en',
			type: 'text',
			nullable: true,
			zh: '指标名称（英文，按原文）',
			en: 'Indicator label as published, in English'
		}),
		col({
			name: 'value',
			type: 'decimal',
			unitColumn: 'unit',
			zh: '数值（按原文）',
			en: 'Value as published'
		}),
		col({ name: 'unit', type: 'text', values: MONEY_UNITS, zh: '单位', en: 'Unit' }),
		isPrimaryColumn({ zh: '同一地区、范围、年度、指标', en: 'region, scope, year and indicator' }),
		...PROVENANCE
	]
});
