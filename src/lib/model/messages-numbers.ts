import { quoted, unitHint, type Issue } from './issue';
import type { ColumnDef } from './schema';

export const DECIMAL_SYNTAX = /^[+-]?\d+(?:\.\d+)?$/;
export const INTEGER_SYNTAX = /^[+-]?\d+$/;

/** What people write for "no figure". */
const PLACEHOLDERS = new Set(
	[
		'—',
		'——',
		'-',
		'--',
		'–',
		'－',
		'/',
		'／',
		'…',
		'……',
		'...',
		'无',
		'空',
		'n/a',
		'na',
		'null',
		'none',
		'nan',
		'x',
		'*'
	].map((text) => text.toLowerCase())
);
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const TYPOGRAPHIC_MINUS = /^[\u2212\u2013\u2014\uFF0D\u2012]/;
const PERCENT = /^([+-]?\d+(?:\.\d+)?)\s*[%％]$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const NUMBER_THEN_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*[^\d.,\s].*$/s;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

function placeholder(raw: string, column: ColumnDef): Issue {
	const q = quoted(raw);
	const fix = column.nullable
		? { en: 'leave the cell empty (empty = null)', zh: '留空即可（空单元格 = 无数据）' }
		: {
				en: 'write the published number (a figure the source leaves blank is not a row: remove the row instead)',
				zh: '填写公布的数字（原文空白的数字不成行：应删除这一行）'
			};
	return {
		code: 'not_a_number',
		message: { en: `${q.en} is a placeholder, not a number`, zh: `${q.zh} 是占位符，不是数字` },
		fix
	};
}

function fullWidth(raw: string, syntax: RegExp): Issue {
	const q = quoted(raw);
	const ascii = raw.normalize('NFKC');
	const example = syntax.test(ascii) ? ascii : '1234.50';
	return {
		code: 'not_a_number',
		message: { en: `${q.en} is written with full-width characters`, zh: `${q.zh} 使用了全角字符` },
		fix: {
			en: `write ASCII (half-width) digits, e.g. ${example}`,
			zh: `改用半角数字，例如 ${example}`
		}
	};
}

function typographicMinus(raw: string): Issue {
	const q = quoted(raw);
	const ascii = `-${raw.slice(1)}`;
	return {
		code: 'not_a_number',
		message: {
			en: `${q.en} starts with a dash that is not a minus sign`,
			zh: `${q.zh} 以破折号或全角减号开头`
		},
		fix: { en: `write an ASCII minus sign: ${ascii}`, zh: `改用半角减号：${ascii}` }
	};
}

function percent(raw: string, parsed: { digits: string; column: ColumnDef }): Issue {
	const { digits, column } = parsed;
	const q = quoted(raw);
	const hint = unitHint(column);
	return {
		code: 'not_a_number',
		message: { en: `${q.en} is not a number`, zh: `${q.zh} 不是数字` },
		fix: {
			en: `write the number without the % sign, e.g. ${digits}${hint.en}`,
			zh: `去掉 % 号，写成 ${digits}${hint.zh}`
		}
	};
}

function thousands(raw: string, column: ColumnDef): Issue {
	const q = quoted(raw);
	const plain = raw.replaceAll(',', '');
	const fix =
		column.type === 'int'
			? {
					en: `write digits with no thousands separator, e.g. ${plain}`,
					zh: `去掉千位分隔符，例如 ${plain}`
				}
			: {
					en: `write digits with a decimal point and no thousands separator, e.g. ${plain}`,
					zh: `去掉千位分隔符，只写数字和小数点，例如 ${plain}`
				};
	return {
		code: 'not_a_number',
		message: { en: `${q.en} is not a number`, zh: `${q.zh} 不是数字` },
		fix
	};
}

function numberThenText(raw: string, parsed: { digits: string; column: ColumnDef }): Issue {
	const { digits, column } = parsed;
	const q = quoted(raw);
	const hint = unitHint(column);
	return {
		code: 'not_a_number',
		message: { en: `${q.en} has text after the number`, zh: `${q.zh} 数字后面带有文字` },
		fix: {
			en: `write only the number, e.g. ${digits}${hint.en}`,
			zh: `只写数字，例如 ${digits}${hint.zh}`
		}
	};
}

function scientific(raw: string): Issue {
	const q = quoted(raw);
	const full = String(Number(raw));
	return {
		code: 'not_a_number',
		message: { en: `${q.en} is in scientific notation`, zh: `${q.zh} 是科学计数法` },
		fix: {
			en: `write the number as published, e.g. ${full}`,
			zh: `按原文写出完整数字，例如 ${full}`
		}
	};
}

function notANumber(raw: string, column: ColumnDef): Issue {
	const q = quoted(raw);
	if (column.type === 'int') {
		return {
			code: 'not_an_integer',
			message: { en: `${q.en} is not a whole number`, zh: `${q.zh} 不是整数` },
			fix: {
				en: 'write digits only, without a decimal point, e.g. 2022',
				zh: '只写数字，不带小数点，例如 2022'
			}
		};
	}
	return {
		code: 'not_a_number',
		message: { en: `${q.en} is not a number`, zh: `${q.zh} 不是数字` },
		fix: {
			en: 'write digits with an optional minus sign and decimal point, e.g. 25.30',
			zh: '只写数字，可带负号和小数点，例如 25.30'
		}
	};
}

/** Explain why `raw` (non-empty, no surrounding spaces) is not a valid number for `column`. */
export function diagnoseNumber(raw: string, column: ColumnDef): Issue {
	const syntax = column.type === 'int' ? INTEGER_SYNTAX : DECIMAL_SYNTAX;
	if (PLACEHOLDERS.has(raw.toLowerCase())) return placeholder(raw, column);
	if (FULL_WIDTH.test(raw)) return fullWidth(raw, syntax);
	if (TYPOGRAPHIC_MINUS.test(raw) && DECIMAL_SYNTAX.test(raw.slice(1))) return typographicMinus(raw);
	const pct = PERCENT.exec(raw);
	if (pct?.[1] !== undefined) return percent(raw, { digits: pct[1], column });
	if (THOUSANDS.test(raw)) return thousands(raw, column);
	if (column.type === 'int' && DECIMAL_SYNTAX.test(raw)) return notANumber(raw, column);
	if (SCIENTIFIC.test(raw)) return scientific(raw);
	const withText = NUMBER_THEN_TEXT.exec(raw);
	if (withText?.[1] !== undefined) return numberThenText(raw, { digits: withText[1], column });
	return notANumber(raw, column);
}
