import {
	DEPARTMENT_ID,
	DERIVATION,
	FISCAL_YEAR,
	ID_PATTERN,
	PROVENANCE,
	REGION_ID,
	YEAR_RANGE,
	YOY_CHANGE,
	isPrimaryColumn
} from './columns';
import {
	ACTIVITY_TOPICS,
	COMPARATORS,
	ENVIRONMENT_INDICATORS,
	ENVIRONMENT_SCOPES,
	ENVIRONMENT_UNITS,
	MEASURES,
	STAFFING_METRICS,
	STAFFING_UNITS
} from './enums';
import { col, table } from './schema';

const POINTS = { type: 'decimal', nullable: true, unit: '分' } as const;
const OPTIONAL_TEXT = { type: 'text', nullable: true } as const;

export const INDICATORS = table({
	name: 'indicators',
	zh: '绩效指标：部门整体（附件2）与各项目（附件3）指标表的每一行',
	en: 'Every indicator row of the department table (附件2) and each project table (附件3)',
	partitionBy: ['department_id'],
	primaryKey: ['department_id', 'fiscal_year', 'project_id', 'row_no', 'source_id', 'locator'],
	rules: [
		{
			kind: 'one_true_per_group',
			column: 'is_primary',
			group: ['department_id', 'fiscal_year', 'project_id', 'row_no']
		}
	],
	columns: [
		DEPARTMENT_ID,
		FISCAL_YEAR,
		col({
			name: 'project_id',
			type: 'text',
			nullable: true,
			references: {
				table: 'projects',
				column: 'project_id',
				scope: ['department_id', 'fiscal_year']
			},
			zh: '项目（空 = 部门整体指标表，附件2）',
			en: 'Project; empty = the department-wide table (附件2)'
		}),
		col({
			name: 'row_no',
			type: 'int',
			range: { min: 1, max: 10000 },
			zh: '在所属表中的行序（从 1 起）',
			en: '1-based order of the row inside its table'
		}),
		col({ name: 'level1_zh', type: 'text', zh: '一级指标', en: 'Level-1 indicator (Chinese)' }),
		col({ name: 'level1_en', type: 'text', zh: '一级指标（英文）', en: 'Level-1 indicator' }),
		col({
			name: 'level1_weight_stated',
			...POINTS,
			zh: '一级指标旁所注分值',
			en: 'Weight printed next to the level-1 name, e.g. (50分)'
		}),
		col({ name: 'level2_zh', type: 'text', zh: '二级指标', en: 'Level-2 indicator (Chinese)' }),
		col({ name: 'level2_en', type: 'text', zh: '二级指标（英文）', en: 'Level-2 indicator' }),
		col({
			name: 'level3_zh',
			...OPTIONAL_TEXT,
			zh: '三级指标（按原文）',
			en: 'Level-3 indicator as printed'
		}),
		col({ name: 'level3_en', ...OPTIONAL_TEXT, zh: '三级指标（英文）', en: 'Level-3 indicator' }),
		col({ name: 'target_text', ...OPTIONAL_TEXT, zh: '目标值（原文）', en: 'Target as published' }),
		col({
			name: 'actual_text',
			...OPTIONAL_TEXT,
			zh: '实际完成值（原文）',
			en: 'Actual as published'
		}),
		col({
			name: 'target_value',
			type: 'decimal',
			nullable: true,
			unitColumn: 'target_unit',
			zh: '从目标值读出的数字（95%以上 → 95）',
			en: 'Number read from the target text (95%以上 → 95)'
		}),
		col({
			name: 'actual_value',
			type: 'decimal',
			nullable: true,
			unitColumn: 'actual_unit',
			zh: '从实际完成值读出的数字',
			en: 'Number read from the actual text'
		}),
		col({
			name: 'target_unit',
			...OPTIONAL_TEXT,
			zh: '目标值单位',
			en: 'Unit of the target value'
		}),
		col({
			name: 'actual_unit',
			...OPTIONAL_TEXT,
			zh: '实际值单位',
			en: 'Unit of the actual value'
		}),
		col({
			name: 'target_comparator',
			type: 'text',
			nullable: true,
			values: COMPARATORS,
			zh: '目标比较符（以上 → >=）',
			en: 'Target comparator (以上 → >=)'
		}),
		col({ name: 'weight', ...POINTS, zh: '分值', en: 'Weight (points)' }),
		col({ name: 'score', ...POINTS, zh: '得分', en: 'Score (points)' }),
		col({
			name: 'deviation_note',
			...OPTIONAL_TEXT,
			zh: '偏差原因分析及改进措施',
			en: 'Stated reasons for deviation and remedies'
		}),
		col({
			name: 'environment_indicator',
			type: 'text',
			nullable: true,
			values: ENVIRONMENT_INDICATORS,
			zh: '该指标对应的环境指标（environment.indicator），用于目标与实测对照',
			en: 'The environment indicator this row sets a target for (environment.indicator)'
		}),
		isPrimaryColumn({ zh: '同一部门、年度、项目、行序', en: 'department, year, project and row' }),
		...PROVENANCE
	]
});

export const ENVIRONMENT = table({
	name: 'environment',
	zh: '环境指标的观测值、目标值与限值',
	en: 'Observed values, targets and limits for environmental indicators',
	partitionBy: ['region_id'],
	primaryKey: ['region_id', 'scope', 'year', 'period', 'indicator', 'measure', 'source_id', 'locator'],
	rules: [
		{ kind: 'formula_iff_derived' },
		{ kind: 'comparator_matches_measure' },
		{ kind: 'both_or_neither', columns: ['yoy_change_stated', 'yoy_change_unit'] },
		{
			kind: 'one_true_per_group',
			column: 'is_primary',
			group: ['region_id', 'scope', 'year', 'period', 'indicator', 'measure']
		}
	],
	columns: [
		REGION_ID,
		col({ name: 'scope', type: 'text', values: ENVIRONMENT_SCOPES, zh: '范围', en: 'Scope' }),
		col({ name: 'year', type: 'int', range: YEAR_RANGE, zh: '年度', en: 'Year' }),
		col({
			name: 'period',
			type: 'text',
			zh: '时段：year 或子时段（2021-01..2021-08、spring_festival、to_12-19 …）',
			en: 'Period: year, or a sub-period (2021-01..2021-08, spring_festival, to_12-19, …)'
		}),
		col({
			name: 'indicator',
			type: 'text',
			values: ENVIRONMENT_INDICATORS,
			zh: '指标',
			en: 'Indicator'
		}),
		col({
			name: 'measure',
			type: 'text',
			values: MEASURES,
			zh: '观测值 / 目标值 / 限值',
			en: 'Observed value, target or limit'
		}),
		col({
			name: 'comparator',
			type: 'text',
			values: COMPARATORS,
			zh: '比较符：观测值为 =，目标与限值为 <= 或 >=',
			en: 'Comparator: = for observed; <= or >= for targets and limits'
		}),
		col({ name: 'value', type: 'decimal', unitColumn: 'unit', zh: '数值', en: 'Value' }),
		col({ name: 'unit', type: 'text', values: ENVIRONMENT_UNITS, zh: '单位', en: 'Unit' }),
		...YOY_CHANGE,
		...DERIVATION,
		col({ name: 'note', ...OPTIONAL_TEXT, zh: '备注', en: 'Note' }),
		isPrimaryColumn({
			zh: '同一地区、范围、年度、时段、指标、测度',
			en: 'region, scope, year, period, indicator and measure'
		}),
		...PROVENANCE
	]
});

export const STAFFING = table({
	name: 'staffing',
	zh: '编制与人员',
	en: 'Authorised posts and staff',
	partitionBy: ['department_id'],
	primaryKey: ['department_id', 'fiscal_year', 'metric', 'source_id', 'locator'],
	rules: [
		{ kind: 'one_true_per_group', column: 'is_primary', group: ['department_id', 'fiscal_year', 'metric'] }
	],
	columns: [
		DEPARTMENT_ID,
		FISCAL_YEAR,
		col({ name: 'metric', type: 'text', values: STAFFING_METRICS, zh: '指标', en: 'Metric' }),
		col({ name: 'value', type: 'decimal', unitColumn: 'unit', zh: '数值', en: 'Value' }),
		col({ name: 'unit', type: 'text', values: STAFFING_UNITS, zh: '单位', en: 'Unit' }),
		isPrimaryColumn({ zh: '同一部门、年度、指标', en: 'department, year and metric' }),
		...PROVENANCE
	]
});

export const ACTIVITIES = table({
	name: 'activities',
	zh: '正文所述工作成效：数量、金额与变化',
	en: 'Work outputs stated in the body text: counts, amounts and changes',
	partitionBy: ['department_id'],
	primaryKey: ['department_id', 'fiscal_year', 'metric_id', 'source_id', 'locator'],
	rules: [
		{ kind: 'both_or_neither', columns: ['yoy_change_stated', 'yoy_change_unit'] },
		{
			kind: 'one_true_per_group',
			column: 'is_primary',
			group: ['department_id', 'fiscal_year', 'metric_id']
		}
	],
	columns: [
		DEPARTMENT_ID,
		FISCAL_YEAR,
		col({ name: 'topic', type: 'text', values: ACTIVITY_TOPICS, zh: '主题', en: 'Topic' }),
		col({
			name: 'metric_id',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '指标标识（同一部门、年度内唯一）',
			en: 'Metric id, unique within department and year'
		}),
		col({ name: 'label_zh', type: 'text', zh: '名称（中文）', en: 'Label in Chinese' }),
		col({ name: 'label_en', type: 'text', zh: '名称（英文）', en: 'Label in English' }),
		col({ name: 'value', type: 'decimal', unitColumn: 'unit', zh: '数值', en: 'Value' }),
		col({
			name: 'unit',
			type: 'text',
			zh: '单位（万元、起、件、家、% …）',
			en: 'Unit (万元, 起, 件, 家, %, …)'
		}),
		col({
			name: 'period',
			type: 'text',
			zh: '时段：year 或 to_11-30（截至11月底）等',
			en: 'Period: year, or e.g. to_11-30 (up to the end of November)'
		}),
		...YOY_CHANGE,
		isPrimaryColumn({ zh: '同一部门、年度、指标', en: 'department, year and metric' }),
		...PROVENANCE
	]
});
