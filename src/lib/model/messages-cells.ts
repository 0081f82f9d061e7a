import { listValues, quoted, type Issue } from './issue';
import type { ColumnDef, PatternRule } from './schema';

export function requiredMissing(column: ColumnDef): Issue {
	const message = { en: 'required value is missing', zh: '必填项为空' };
	if (column.type === 'decimal') {
		return {
			code: 'required_missing',
			message,
			fix: {
				en: 'write the published number (a figure the source leaves blank is not a row: remove the row instead)',
				zh: '填写公布的数字（原文空白的数字不成行：应删除这一行）'
			}
		};
	}
	if (column.type === 'bool') {
		return {
			code: 'required_missing',
			message,
			fix: {
				en: 'write true or false',
				zh: '填写 true 或 false'
			}
		};
	}
	return {
		code: 'required_missing',
		message,
		fix: {
			en: `fill it in: ${column.en}`,
			zh: `填写：${column.zh}`
		}
	};
}

export function spacesOnly(column: ColumnDef): Issue {
	const message = { en: 'the cell contains only spaces', zh: '单元格只有空白字符' };
	if (column.nullable) {
		return {
			code: 'surrounding_space',
			message,
			fix: { en: 'make the cell empty', zh: '清空该单元格' }
		};
	}
	return {
		code: 'surrounding_space',
		message,
		fix: {
			en: `fill it in: ${column.en}`,
			zh: `填写：${column.zh}`
		}
	};
}

export function surroundingSpace(raw: string): Issue {
	const q = quoted(raw);
	const trimmed = raw.trim();
	const short = [...trimmed].length <= 40 && !trimmed.includes('\n');
	return {
		code: 'surrounding_space',
		message: { en: `${q.en} has spaces around it`, zh: `${q.zh} 前后有空白字符` },
		fix: short
			? { en: `remove the spaces: ${trimmed}`, zh: `删除前后空白：${trimmed}` }
			: { en: 'remove the leading and trailing spaces', zh: '删除前后空白' }
	};
}

export function notBoolean(raw: string): Issue {
	const q = quoted(raw);
	const lower = raw.toLowerCase();
	const fix =
		lower === 'true' || lower === 'false'
			? { en: `write it in lower case: ${lower}`, zh: `改为小写：${lower}` }
			: { en: 'write true or false', zh: '填写 true 或 false' };
	return {
		code: 'not_a_boolean',
		message: { en: `${q.en} is not true or false`, zh: `${q.zh} 不是 true 或 false` },
		fix
	};
}

function loose(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

export function notInEnum(raw: string, values: readonly string[]): Issue {
	const q = quoted(raw);
	const message = { en: `${q.en} is not an allowed value`, zh: `${q.zh} 不是允许的取值` };
	const near = values.find((value) => loose(value) === loose(raw));
	if (near !== undefined) {
		return {
			code: 'not_in_enum',
			message,
			fix: {
				en: `write ${JSON.stringify(near)} (allowed: ${listValues(values, 'en')})`,
				zh: `改为 “${near}”（允许：${listValues(values, 'zh-CN')}）`
			}
		};
	}
	return {
		code: 'not_in_enum',
		message,
		fix: {
			en: `use one of: ${listValues(values, 'en')}`,
			zh: `使用以下之一：${listValues(values, 'zh-CN')}`
		}
	};
}

export function badFormat(raw: string, pattern: PatternRule): Issue {
	const q = quoted(raw);
	return {
		code: 'bad_format',
		message: { en: `${q.en} is not in the expected format`, zh: `${q.zh} 格式不符` },
		fix: {
			en: `use ${pattern.en}, e.g. ${pattern.example}`,
			zh: `使用${pattern.zh}，例如 ${pattern.example}`
		}
	};
}

export function outOfRange(raw: string, range: { min: number; max: number }): Issue {
	const q = quoted(raw);
	return {
		code: 'out_of_range',
		message: {
			en: `${q.en} is outside ${range.min}–${range.max}`,
			zh: `${q.zh} 超出范围 ${range.min}–${range.max}`
		},
		fix: {
			en: `write a value from ${range.min} to ${range.max}`,
			zh: `填写 ${range.min} 到 ${range.max} 之间的值`
		}
	};
}

export function tooLong(length: number, max: number): Issue {
	return {
		code: 'too_long',
		message: {
			en: `${length} characters, more than the ${max} allowed`,
			zh: `共 ${length} 个字符，超过上限 ${max}`
		},
		fix: {
			en: `shorten it to ${max} characters or fewer (the source cell or the shortest phrase containing the figure)`,
			zh: `缩短到 ${max} 个字符以内（原文单元格或含该数字的最短原句）`
		}
	};
}
