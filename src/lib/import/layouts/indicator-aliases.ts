// Header aliases (zh and en, as the yearbooks and NBS print them across editions) for the
// indicators the contract knows. Compared by headerKey: full-width made ASCII, no spaces, lower case.
import { headerKey } from './recipe-columns';

export type FigureTable = 'environment' | 'regional_finance';

export interface IndicatorAlias {
	readonly table: FigureTable;
	readonly indicator: string;
	/** Unit when the header does not print one. */
	readonly unit: string | null;
	readonly aliases: readonly string[];
}

export const INDICATOR_ALIASES: readonly IndicatorAlias[] = [
	{
		table: 'environment',
		indicator: 'pm25',
		unit: 'µg/m³',
		aliases: ['细颗粒物年平均浓度', 'pm2.5年平均浓度', 'pm2.5', 'pm25', '细颗粒物浓度']
	},
	{
		table: 'environment',
		indicator: 'sewage_treatment_rate',
		unit: '%',
		aliases: [
			'污水处理厂集中处理率',
			'wastewatercentralizedtreated',
			'污水集中处理率',
			'污水处理率',
			'sewagetreatmentrate'
		]
	},
	{
		table: 'environment',
		indicator: 'garbage_harmless_rate',
		unit: '%',
		aliases: [
			'生活垃圾无害化处理率',
			'garbageharmlesstreatment',
			'consumptionwastestreated',
			'垃圾无害化处理率',
			'garbageharmlessrate'
		]
	},
	{
		table: 'regional_finance',
		indicator: 'general_budget_revenue',
		unit: null,
		aliases: [
			'一般公共预算收入',
			'generalpublicbudgetrevenue',
			'一般预算收入',
			'generalbudgetaryrevenue',
			'general_budget_revenue'
		]
	},
	{
		table: 'regional_finance',
		indicator: 'general_budget_expenditure',
		unit: null,
		aliases: [
			'一般公共预算支出',
			'generalpublicbudgetexpenditure',
			'一般预算支出',
			'generalbudgetaryexpenditure',
			'general_budget_expenditure'
		]
	},
	{
		table: 'regional_finance',
		indicator: 'tax_revenue',
		unit: null,
		aliases: ['税收收入', 'taxrevenue', 'tax_revenue']
	}
];

/**
 * The indicator a text names: a header part containing exactly one indicator's alias ('contains',
 * headers carry units and notes), or a label equal to an alias ('exact', for indicator cells of
 * generic tables, where 'Non-tax Revenue' must not read as tax revenue).
 */
export function aliasOf(text: string, mode: 'contains' | 'exact' = 'contains'): IndicatorAlias | null {
	const key = headerKey(text);
	if (key === '') return null;
	const hit = (alias: string) => (mode === 'exact' ? key === alias : key.includes(alias));
	const found = INDICATOR_ALIASES.filter((entry) => entry.aliases.some(hit));
	return found.length === 1 ? (found[0] ?? null) : null;
}
