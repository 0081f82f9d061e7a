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
