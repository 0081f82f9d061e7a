import type { Issue } from './issue';

/** `department_id=hengyang_eeb, fiscal_year=2022` */
export type KeyText = string;

export function duplicateKey(key: KeyText, firstLine: number): Issue {
	return {
		code: 'duplicate_key',
		message: {
			en: `duplicate key (${key}): same as line ${firstLine}`,
			zh: `主键重复（${key}）：与第 ${firstLine} 行相同`
		},
		fix: {
			en: 'correct the key so it is unique, or remove one of the two rows',
			zh: '修改使主键唯一，或删除其中一行'
		}
	};
}

export function danglingReference(args: {
	value: string;
	column: string;
	targetFile: string;
	scope: KeyText;
}): Issue {
	const where = args.scope === '' ? '' : ` for ${args.scope}`;
	const whereZh = args.scope === '' ? '' : `（${args.scope}）`;
	return {
		code: 'dangling_reference',
		message: {
			en: `"${args.value}" is not a ${args.column} in ${args.targetFile}${where}`,
			zh: `“${args.value}” 不是 ${args.targetFile} 中的 ${args.column}${whereZh}`
		},
		fix: {
			en: `add it to ${args.targetFile}, or correct the id`,
			zh: `在 ${args.targetFile} 中加入它，或更正该标识`
		}
	};
}

export function selfReference(column: string, target: string): Issue {
	return {
		code: 'self_reference',
		message: {
			en: `${column} equals this row's ${target}`,
			zh: `${column} 与本行的 ${target} 相同`
		},
		fix: {
			en: `write the parent's ${target}, or leave it empty`,
			zh: `改为上级的 ${target}，或留空`
		}
	};
}

export function formulaMissing(): Issue {
	return {
		code: 'formula_missing',
		message: {
			en: 'derivation is derived but formula is empty',
			zh: 'derivation 为 derived，但 formula 为空'
		},
		fix: {
			en: 'name the rows it comes from, e.g. basic.final + project.final',
			zh: '写出所用的行，例如 basic.final + project.final'
		}
	};
}

export function formulaUnexpected(): Issue {
	return {
		code: 'formula_unexpected',
		message: {
			en: 'formula is filled but derivation is reported',
			zh: 'formula 有内容，但 derivation 为 reported'
		},
		fix: {
			en: 'empty the formula, or set derivation to derived',
			zh: '清空 formula，或把 derivation 改为 derived'
		}
	};
}

export function comparatorMismatch(comparator: string, measure: string): Issue {
	const observed = measure === 'observed';
	return {
		code: 'comparator_mismatch',
		message: {
			en: `comparator "${comparator}" does not fit measure ${measure}`,
			zh: `比较符 “${comparator}” 与 measure ${measure} 不符`
		},
		fix: observed
			? { en: 'use = for observed values', zh: '观测值用 =' }
			: { en: 'use <= or >= for targets and limits', zh: '目标值和限值用 <= 或 >=' }
	};
}

export function pairIncomplete(empty: string, filled: string): Issue {
	return {
		code: 'pair_incomplete',
		message: {
			en: `${empty} is empty but ${filled} is filled`,
			zh: `${filled} 有值，但 ${empty} 为空`
		},
		fix: { en: `fill in ${empty}, or empty ${filled}`, zh: `填写 ${empty}，或清空 ${filled}` }
	};
}

export function noPrimary(args: { column: string; group: KeyText; lines: readonly number[] }): Issue {
	const { column, group, lines } = args;
	const scope = group === '' ? '' : ` for ${group}`;
	const rows = lines.length === 0 ? '' : ` (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;
	const zhParts = [group, lines.length === 0 ? '' : `第 ${lines.join('、')} 行`].filter(
		(part) => part !== ''
	);
	const zhNote = zhParts.length === 0 ? '' : `（${zhParts.join('；')}）`;
	return {
		code: 'primary_count',
		message: {
			en: `no row has ${column} = true${scope}${rows}`,
			zh: `没有 ${column} = true 的行${zhNote}`
		},
		fix: { en: `set ${column} to true on exactly one row`, zh: `只在一行上把 ${column} 设为 true` }
	};
}

export function extraPrimary(args: { column: string; group: KeyText; firstLine: number }): Issue {
	const { column, group, firstLine } = args;
	const scope = group === '' ? '' : ` for ${group}`;
	const scopeZh = group === '' ? '' : `（${group}）`;
	return {
		code: 'primary_count',
		message: {
			en: `more than one row has ${column} = true${scope}: line ${firstLine} is also primary`,
			zh: `有多行 ${column} = true${scopeZh}：第 ${firstLine} 行也是`
		},
		fix: {
			en: `set ${column} to false on all but one of them`,
			zh: `只保留一行为 true，其余改为 false`
		}
	};
}

/**
 * A coded line whose parent line carries another code. `expected` is the child's code without
 * its last two digits ('' for a 3-digit 类 code, which has no coded parent).
 */
export function codeHierarchy(args: {
	column: string;
	code: string;
	parent: string;
	parentColumn: string;
	parentCodes: readonly string[];
	parentLine: number;
}): Issue {
	const { column, code, parent, parentColumn, parentCodes, parentLine } = args;
	const expected = code.slice(0, -2);
	const shown = parentCodes.join(', ');
	const message = {
		en: `${column} ${code} does not fit under its parent ${parent}, whose ${column} is ${shown} (line ${parentLine})`,
		zh: `${column} ${code} 与上级 ${parent} 的 ${column}（${shown}，第 ${parentLine} 行）不衔接`
	};
	const fix =
		expected.length < 3
			? {
					en: `a ${code.length}-digit code is a top-level class: put it under a line without ${column} (e.g. total), or correct the code`,
					zh: `${code.length} 位编码是“类”级科目：上级应为无 ${column} 的行（如 total），或更正编码`
				}
			: {
					en: `the parent's ${column} is the code without its last two digits (${expected}): correct one of the codes, or point ${parentColumn} at the line with ${column} ${expected}`,
					zh: `上级的 ${column} 应为去掉末两位的编码（${expected}）：更正其中一个编码，或把 ${parentColumn} 改为 ${column} 为 ${expected} 的科目`
				};
	return { code: 'code_hierarchy', message, fix };
}
