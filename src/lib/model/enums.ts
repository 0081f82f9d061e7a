// Allowed values of every enum column in the data contract (docs/data-model.md).
// Note: `µ` in µg/m³ is U+00B5 MICRO SIGN, as in the contract document.

export const SOURCE_KINDS = [
	'self_assessment',
	'project_self_assessment',
	'budget_disclosure',
	'final_accounts_disclosure',
	'yearbook',
	'statistical_database',
	'compiled_dataset',
	'bulletin',
	'work_plan',
	'standard',
	'state_of_environment'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `central`: a central agency's dispatched bureau (e.g. a river basin authority). */
export const DEPARTMENT_LEVELS = ['central', 'province', 'prefecture', 'county', 'district'] as const;
export type DepartmentLevel = (typeof DEPARTMENT_LEVELS)[number];

export const SPENDING_CATEGORIES = [
	'total',
	'basic',
	'project',
	'three_public',
	'procurement',
	'revenue',
	/** A 功能分类科目 line (fc_<code>) of a standard 支出决算/预算表, whatever its 类/款/项 level. */
	'function'
] as const;
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

export const SPENDING_STAGES = [
	'budget_initial',
	'budget_full_year',
	'budget',
	'budget_application',
	'final'
] as const;
export type SpendingStage = (typeof SPENDING_STAGES)[number];

/** The stages in reading order: what was asked for, budgeted, adjusted, then spent. */
export const SPENDING_STAGE_ORDER = [
	'budget_application',
	'budget_initial',
	'budget_full_year',
	'budget',
	'final'
] as const satisfies readonly SpendingStage[];

/** Budget stages a final amount is compared with, the most adjusted first. */
export const BUDGET_STAGE_PREFERENCE = [
	'budget_full_year',
	'budget_initial',
	'budget'
] as const satisfies readonly SpendingStage[];

/** Money as published; the build adds the amount in 万元 (`<column>_wan`) for sums and charts. */
export const MONEY_UNITS = ['万元', '亿元', '元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

export const DERIVATIONS = ['reported', 'derived'] as const;
export type Derivation = (typeof DERIVATIONS)[number];

export const COMPARATORS = ['=', '<=', '>='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Administrative level of a region (GB/T 2260): the country, a province, a prefecture, a county or a district. */
export const REGION_LEVELS = ['country', 'province', 'prefecture', 'county', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const ENVIRONMENT_SCOPES = [
	'urban_area',
	'whole_city',
	'urban_districts',
	'counties',
	'province_cities_avg',
	'national_cities_339',
	'province',
	'national_standard'
] as const;
export type EnvironmentScope = (typeof ENVIRONMENT_SCOPES)[number];

export const ENVIRONMENT_INDICATORS = [
	'pm25',
	'pm10',
	'o3',
	'so2',
	'no2',
	'co',
	'good_air_ratio',
	'air_composite_index',
	'heavy_pollution_days',
	'surface_water_compliance',
	'surface_water_sections',
	'surface_water_class_ii_sections',
	'surface_water_class_iii_sections',
	'surface_water_class_i_iii_ratio',
	'drinking_water_compliance',
	'drinking_water_sources',
	'sewage_treatment_rate',
	'garbage_harmless_rate',
	'straw_fire_points',
	'air_quality_rank',
	'cities_meeting_grade_ii'
] as const;
export type EnvironmentIndicator = (typeof ENVIRONMENT_INDICATORS)[number];

export const MEASURES = ['observed', 'target', 'limit'] as const;
export type Measure = (typeof MEASURES)[number];

export const ENVIRONMENT_UNITS = ['µg/m³', 'mg/m³', '%', 'index', 'days', 'count', 'rank'] as const;
export type EnvironmentUnit = (typeof ENVIRONMENT_UNITS)[number];

export const CHANGE_UNITS = ['%', '百分点'] as const;
export type ChangeUnit = (typeof CHANGE_UNITS)[number];

export const STAFFING_METRICS = [
	'authorised_total',
	'authorised_admin',
	'authorised_logistics',
	'authorised_civil_service_managed',
	'authorised_institution',
	'actual_staff',
	'temporary_staff',
	'control_rate'
] as const;
export type StaffingMetric = (typeof STAFFING_METRICS)[number];

export const STAFFING_UNITS = ['人', '%'] as const;
export type StaffingUnit = (typeof STAFFING_UNITS)[number];

export const ACTIVITY_TOPICS = [
	'governance',
	'air',
	'water',
	'soil',
	'inspection_rectification',
	'risk',
	'enforcement',
	'approval_service',
	'funding',
	'monitoring',
	'staff'
] as const;
export type ActivityTopic = (typeof ACTIVITY_TOPICS)[number];

/** `province`: a whole province's figure. */
export const FINANCE_SCOPES = ['whole_city', 'urban_districts', 'province'] as const;
export type FinanceScope = (typeof FINANCE_SCOPES)[number];

/** How a spending line relates to its parent: a part of a partition, or a 其中 (of-which) subset. */
export const PARENT_RELATIONS = ['part', 'of_which'] as const;
export type ParentRelation = (typeof PARENT_RELATIONS)[number];
