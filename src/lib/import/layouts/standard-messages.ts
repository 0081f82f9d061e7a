// Problems and notes of the standard-table and self-assessment layouts, zh-CN first, each saying
// what is wrong and how to fix it.
import { columnLetters } from '../provenance';
import type { ImportNote, ImportProblem, SourcePlace } from '../types';

type Where = { readonly file: string; readonly sheet: string | null };

const whole = (where: Where): SourcePlace => ({ file: where.file, sheet: where.sheet, row: null, col: null });

function colName(place: SourcePlace): string {
	if (place.col === null) return '';
	return place.sheet === null ? `第 ${place.col} 列` : `${columnLetters(place.col)} 列`;
}

function colNameEn(place: SourcePlace): string {
	if (place.col === null) return '';
	return place.sheet === null ? `field ${place.col}` : `column ${columnLetters(place.col)}`;
}

export const standardProblems = {
	departmentUnknown(where: Where, hint: string | null): ImportProblem {
		const seen = hint === null ? '' : `（表中印有“${hint}”）`;
		const seenEn = hint === null ? '' : ` (the table prints "${hint}")`;
		return {
			place: whole(where),
			code: 'department_unknown',
			message: {
				zh: `不知道这张表属于哪个部门：标题行没有写部门名称${seen}`,
				en: `which department this table belongs to is not known: the title rows name none${seenEn}`
			},
			fix: {
				zh: '用 --department 部门名称 指定（或在配方的 department.name_zh 中填写）',
				en: "pass --department NAME (or fill in the recipe's department.name_zh)"
			}
		};
	},
	yearUnknown(where: Where, hint: number | null): ImportProblem {
		const seen = hint === null ? '' : `（表中文字提到 ${hint} 年）`;
		const seenEn = hint === null ? '' : ` (the text mentions ${hint})`;
		return {
			place: whole(where),
			code: 'year_unknown',
			message: {
				zh: `不知道这张表是哪一年的：标题行没有写年度${seen}`,
				en: `the year is not known: the title rows state none${seenEn}`
			},
			fix: {
				zh: '用 --year YYYY 指定（或在配方的 year 中填写）',
				en: "pass --year YYYY (or set the recipe's year)"
			}
		};
	},
	stageUnknown(where: Where): ImportProblem {
		return {
			place: whole(where),
			code: 'stage_unknown',
			message: {
				zh: '不知道这是预算还是决算：标题和表头都没有“预算”或“决算”字样',
				en: 'budget or final accounts is not known: neither the title nor the header says 预算 or 决算'
			},
			fix: {
				zh: '用 --stage budget 或 --stage final 指定（或在配方的 stage 中填写）',
				en: "pass --stage budget or --stage final (or set the recipe's stage)"
			}
		};
	},
	unitUnknown(where: Where, stated: string | null): ImportProblem {
		const what =
			stated === null
				? { zh: '表中没有写金额单位（如“单位：万元”）', en: 'the table states no unit (such as 单位：万元)' }
				: {
						zh: `表中写的单位“${stated}”不是契约接受的 元 / 万元 / 亿元`,
						en: `the stated unit ${stated} is not one the contract takes (元 / 万元 / 亿元)`
					};
		return {
			place: whole(where),
			code: 'unit_unknown',
			message: { zh: `${what.zh}，金额无法写入`, en: `${what.en}, so no amount can be written` },
			fix: {
				zh: '在配方的 unit 中填写 元、万元 或 亿元（或用 --unit 指定），按原表的单位',
				en: "set the recipe's unit to 元, 万元 or 亿元 (or pass --unit) as the table's own unit"
			}
		};
	},
	notANumber(place: SourcePlace, text: string): ImportProblem {
		return {
			place,
			code: 'not_a_number',
			message: {
				zh: `${colName(place)}“${text}”不是数字，这一行没有导入`,
				en: `${colNameEn(place)} "${text}" is not a number; the row was not imported`
			},
			fix: {
				zh: '改成原表印的数字（千分位逗号、全角数字可以保留；未公布写“-”或留空）',
				en: 'write the number as printed (thousands commas and full-width digits are fine; "-" or blank for not published)'
			}
		};
	},
	headerNotFound(where: Where, wanted: string): ImportProblem {
		return {
			place: whole(where),
			code: 'header_not_found',
			message: { zh: `找不到${wanted}`, en: `${wanted} not found` },
			fix: {
				zh: '检查配方的 headerRows / firstDataRow 是否对应这张表',
				en: "check that the recipe's headerRows / firstDataRow fit this table"
			}
		};
	},
	columnMissing(where: Where, meaning: string): ImportProblem {
		return {
			place: whole(where),
			code: 'column_missing',
			message: { zh: `配方中没有含义为 ${meaning} 的列`, en: `the recipe has no column meaning ${meaning}` },
			fix: {
				zh: `在配方的 columns 中给相应的列写上 ${meaning}`,
				en: `give the right column the meaning ${meaning} in the recipe's columns`
			}
		};
	}
};

export function note(place: SourcePlace, zh: string, en: string): ImportNote {
	return { place, message: { zh, en } };
}
