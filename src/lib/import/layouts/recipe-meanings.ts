// Which column meanings and options each layout accepts in a recipe, for parseRecipe: a recipe the
// user edited by hand is checked before it is applied, and every mistake is named with its fix.
import { ENVIRONMENT_INDICATORS, TABLES, type TableDef } from '../../model/index';
import type { Bilingual } from '../../model/index';
import type { LayoutId } from '../types';
import { parseFigureMeaning } from './city-yearbook-columns';
import { parseGenericMeaning } from './generic-apply';
import { GENERIC_TABLES } from './generic-guess';

export interface MeaningIssue {
	readonly what: Bilingual;
	readonly fix: Bilingual;
}

const YEARBOOK_FIX: Bilingual = {
	zh: 'ignore、region:name_zh、region:name_en、environment:<环境指标>[:whole_city|urban_districts] 或 regional_finance:<snake_case 指标>[:whole_city|urban_districts]',
	en: 'ignore, region:name_zh, region:name_en, environment:<environment indicator>[:whole_city|urban_districts] or regional_finance:<snake_case indicator>[:whole_city|urban_districts]'
};

function yearbookMeaning(meaning: string): MeaningIssue | null {
	if (['ignore', 'region:name_zh', 'region:name_en'].includes(meaning)) return null;
	const figure = parseFigureMeaning(meaning);
	if (figure === null)
		return {
			what: { zh: `“${meaning}”不是年鉴表的列含义`, en: `"${meaning}" is not a yearbook column meaning` },
			fix: { zh: `改为 ${YEARBOOK_FIX.zh}`, en: `use ${YEARBOOK_FIX.en}` }
		};
	if (
		figure.table === 'environment' &&
		!(ENVIRONMENT_INDICATORS as readonly string[]).includes(figure.indicator)
	) {
		return {
			what: {
				zh: `环境指标“${figure.indicator}”不在数据契约中`,
				en: `environment indicator "${figure.indicator}" is not in the data contract`
			},
			fix: {
				zh: `改为 ${ENVIRONMENT_INDICATORS.join('、')} 之一`,
				en: `use one of ${ENVIRONMENT_INDICATORS.join(', ')}`
			}
		};
	}
	return null;
}

function nbsMeaning(meaning: string): MeaningIssue | null {
	if (meaning === 'indicator' || meaning === 'ignore' || /^year:(?:19|20)\d{2}$/.test(meaning)) return null;
	return {
		what: {
			zh: `“${meaning}”不是国家统计局导出表的列含义`,
			en: `"${meaning}" is not an NBS export column meaning`
		},
		fix: { zh: '改为 indicator、year:YYYY 或 ignore', en: 'use indicator, year:YYYY or ignore' }
	};
}

function genericMeaning(meaning: string): MeaningIssue | null {
	if (parseGenericMeaning(meaning) !== null) return null;
	return {
		what: { zh: `“${meaning}”不是通用表的列含义`, en: `"${meaning}" is not a generic table column meaning` },
		fix: {
			zh: '改为 region、region_en、department、year、year:2020、indicator、indicator_en、indicator:<snake_case>、value、unit、scope、code 或 ignore',
			en: 'use region, region_en, department, year, year:2020, indicator, indicator_en, indicator:<snake_case>, value, unit, scope, code or ignore'
		}
	};
}

function contractMeaning(meaning: string, table: TableDef | undefined): MeaningIssue | null {
	if (meaning === 'ignore') return null;
	const match = /^(column|decimals):(.+)$/.exec(meaning);
	const known = table?.columns.some((column) => column.name === match?.[2]) ?? true;
	if (match !== null && known) return null;
	const names = table?.columns.map((column) => column.name).join(', ') ?? '';
	return {
		what: { zh: `“${meaning}”不是该契约表的列`, en: `"${meaning}" is not a column of that contract table` },
		fix: { zh: `改为 column:<列名>（${names}）或 ignore`, en: `use column:<name> (${names}) or ignore` }
	};
}

/** A problem with one column's meaning for this layout, or null. Layouts of other helpers: any non-empty text. */
export function meaningIssue(
	layout: LayoutId,
	meaning: string,
	options: Readonly<Record<string, unknown>> | undefined
): MeaningIssue | null {
	switch (layout) {
		case 'city_yearbook':
			return yearbookMeaning(meaning);
		case 'nbs_province':
			return nbsMeaning(meaning);
		case 'generic_long':
		case 'generic_wide':
			return genericMeaning(meaning);
		case 'contract_table':
			return contractMeaning(
				meaning,
				(TABLES as Readonly<Record<string, TableDef>>)[String(options?.['table'] ?? '')]
			);
		default:
			return null;
	}
}

/** A problem with the layout's options (the table the figures go to), or null. */
export function optionsIssue(
	layout: LayoutId,
	options: Readonly<Record<string, unknown>> | undefined
): MeaningIssue | null {
	const table = options?.['table'];
	if (
		(layout === 'generic_long' || layout === 'generic_wide') &&
		!(GENERIC_TABLES as readonly unknown[]).includes(table)
	) {
		return {
			what: {
				zh: '通用表必须说明数字写入哪张表',
				en: 'a generic table must say which table its figures go to'
			},
			fix: {
				zh: `设 options.table 为 ${GENERIC_TABLES.join('、')} 之一`,
				en: `set options.table to one of ${GENERIC_TABLES.join(', ')}`
			}
		};
	}
	if (layout === 'contract_table' && !(typeof table === 'string' && table in TABLES)) {
		return {
			what: {
				zh: `“${String(table)}”不是数据契约中的表`,
				en: `"${String(table)}" is not a table of the data contract`
			},
			fix: {
				zh: `设 options.table 为 ${Object.keys(TABLES).join('、')} 之一`,
				en: `set options.table to one of ${Object.keys(TABLES).join(', ')}`
			}
		};
	}
	return null;
}
