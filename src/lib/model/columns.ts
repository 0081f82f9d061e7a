import { CHANGE_UNITS, DERIVATIONS } from './enums';
import { col, type PatternRule } from './schema';

export const ID_PATTERN: PatternRule = {
	regex: /^[a-z0-9]+(?:_[a-z0-9]+)*$/,
	example: 'hengyang_eeb',
	zh: '小写英文字母、数字和下划线（snake_case）',
	en: 'lower-case ASCII letters, digits and underscores (snake_case)'
};

export const PARTIAL_DATE_PATTERN: PatternRule = {
	regex: /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
	example: '2023-05-12',
	zh: 'YYYY-MM-DD、YYYY-MM 或 YYYY',
	en: 'YYYY-MM-DD, YYYY-MM or YYYY'
};

/** GB/T 2260 administrative division code: six digits (衡阳市 430400). */
export const REGION_CODE_PATTERN: PatternRule = {
	regex: /^\d{6}$/,
	example: '430400',
	zh: '六位数字的行政区划代码（GB/T 2260）',
	en: 'the six-digit administrative division code (GB/T 2260)'
};

/** 政府收支分类科目 功能分类: 类 3 digits, 款 5, 项 7 (211 → 21103 → 2110301). */
export const FUNCTIONAL_CODE_PATTERN: PatternRule = {
	regex: /^(\d{3}|\d{5}|\d{7})$/,
	example: '2110301',
	zh: '功能分类科目编码：类 3 位、款 5 位或项 7 位数字，不含空格和名称',
	en: 'a functional classification code: 3 (类), 5 (款) or 7 (项) digits, without spaces or the name'
};

/** 支出经济分类科目: 类 3 digits, 款 5 (301 → 30101). */
export const ECONOMIC_CLASS_PATTERN: PatternRule = {
	regex: /^\d{3}(\d{2})?$/,
	example: '30101',
	zh: '经济分类科目编码：类 3 位或款 5 位数字',
	en: 'an economic classification code: 3 (类) or 5 (款) digits'
};

export const URL_PATTERN: PatternRule = {
	regex: /^https?:\/\/\S+$/,
	example: 'https://www.hengyang.gov.cn/',
	zh: '以 http:// 或 https:// 开头、不含空格的网址',
	en: 'a web address starting with http:// or https://, without spaces'
};

export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

export const EXCERPT_MAX_CHARS = 120;

export const DEPARTMENT_ID = col({
	name: 'department_id',
	type: 'text',
	references: { table: 'departments', column: 'department_id' },
	zh: '部门',
	en: 'Department'
});

export const FISCAL_YEAR = col({
	name: 'fiscal_year',
	type: 'int',
	range: YEAR_RANGE,
	zh: '财政年度',
	en: 'Fiscal year the figures describe'
});

/** A region of data/regions.csv. */
export const REGION_ID = col({
	name: 'region_id',
	type: 'text',
	references: { table: 'regions', column: 'region_id' },
	zh: '地区（regions.region_id）',
	en: 'Region (regions.region_id)'
});

/** The row dashboards show when several sources or places give the same fact (one per group). */
export function isPrimaryColumn(fact: { zh: string; en: string }) {
	return col({
		name: 'is_primary',
		type: 'bool',
		zh: `是否为看板展示的那一行（${fact.zh}仅一行为 true；其余为其他来源或位置的同一数字，供核查比对）`,
		en: `The row dashboards show (exactly one per ${fact.en}; the others are the same fact from another source or place, compared by the audit)`
	});
}

/** source_id, locator, excerpt: on every fact table. */
export const PROVENANCE = [
	col({
		name: 'source_id',
		type: 'text',
		references: { table: 'sources', column: 'source_id' },
		zh: '数据来源文件',
		en: 'Source document the figure was read from'
	}),
	col({
		name: 'locator',
		type: 'text',
		zh: '在来源文件中的位置（附件 / 表 / 行 / 列）',
		en: 'Where in the source: attachment / table / row / column'
	}),
	col({
		name: 'excerpt',
		type: 'text',
		maxChars: EXCERPT_MAX_CHARS,
		zh: '原文摘录：含该数字的单元格或最短原句（≤120字）',
		en: 'Verbatim source cell or shortest phrase containing the figure (≤ 120 characters)'
	})
] as const;

/** derivation + formula: formula required iff derivation = derived. */
export const DERIVATION = [
	col({
		name: 'derivation',
		type: 'text',
		values: DERIVATIONS,
		zh: '来源方式：reported 原文公布，derived 由我们计算',
		en: 'reported = published; derived = computed by us'
	}),
	col({
		name: 'formula',
		type: 'text',
		nullable: true,
		zh: '计算公式（derived 时必填），如 basic.final + project.final',
		en: 'Formula naming the rows a derived value comes from, e.g. basic.final + project.final'
	})
] as const;

/** Year-on-year change as stated, with the unit the source uses (% or 百分点). */
export const YOY_CHANGE = [
	col({
		name: 'yoy_change_stated',
		type: 'decimal',
		nullable: true,
		unitColumn: 'yoy_change_unit',
		zh: '原文所述同比变化（下降为负）',
		en: 'Year-on-year change as stated, signed (a decrease is negative)'
	}),
	col({
		name: 'yoy_change_unit',
		type: 'text',
		nullable: true,
		values: CHANGE_UNITS,
		zh: '同比变化的单位（按原文：% 或 百分点）',
		en: 'Unit of the stated change as the source words it: % or 百分点 (percentage points)'
	})
] as const;
