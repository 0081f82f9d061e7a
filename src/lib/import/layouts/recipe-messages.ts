// Bilingual problems and notes of the yearbook, NBS, generic and contract-table layouts and of
// recipes (zh-CN first; each names what is wrong and how to fix it).
import type { Bilingual } from '../../model/index';
import { columnLetters } from '../provenance';
import type { ImportNote, ImportProblem, ImportProblemCode, RecipeColumn, SourcePlace } from '../types';

export function problemAt(
	place: SourcePlace,
	code: ImportProblemCode,
	message: Bilingual,
	fix: Bilingual
): ImportProblem {
	return { place, code, message, fix };
}

export function noteAt(place: SourcePlace, message: Bilingual): ImportNote {
	return { place, message };
}

/** `R9, R21, R33 …` (at most 12 listed). */
export function rowList(rows: readonly number[]): string {
	const shown = rows.slice(0, 12).map((n) => `R${n}`);
	return rows.length > 12 ? `${shown.join(', ')} …` : shown.join(', ');
}

export function columnMissing(place: SourcePlace, column: RecipeColumn): ImportProblem {
	return problemAt(
		place,
		'column_missing',
		{
			zh: `本文件中找不到配方的列“${column.header}”（配方中为第 ${column.col} 列，含义 ${column.meaning}）`,
			en: `the recipe's column "${column.header}" (column ${column.col}, meaning ${column.meaning}) is not in this file`
		},
		{
			zh: '把配方中该列的 header 改为本文件中对应列的表头文字、col 改为其列号，或把 meaning 改为 ignore',
			en: "set the column's header in the recipe to this file's header text and col to its number, or set its meaning to ignore"
		}
	);
}

export function NOTE_COLUMN_MOVED(
	column: RecipeColumn,
	found: number,
	text: string,
	how: 'header' | 'meaning'
): Bilingual {
	const from = columnLetters(column.col);
	const to = columnLetters(found);
	if (found === column.col) {
		return {
			zh: `${from} 列的表头与配方不同（本文件：${text}），按含义“${column.meaning}”认定为同一列`,
			en: `the header of column ${from} differs from the recipe's (this file: ${text}); taken as the same column by its meaning "${column.meaning}"`
		};
	}
	const byZh = how === 'header' ? '按表头文字匹配' : '表头文字不同，按含义匹配';
	const byEn =
		how === 'header' ? 'matched by its header text' : 'its header text differs, matched by its meaning';
	return {
		zh: `配方的列“${column.meaning}”原在 ${from} 列，本文件在 ${to} 列（表头：${text}）：${byZh}`,
		en: `the recipe's column "${column.meaning}" was column ${from}; in this file it is column ${to} (header: ${text}), ${byEn}`
	};
}

export function notANumber(place: SourcePlace, text: string): ImportProblem {
	return problemAt(
		place,
		'not_a_number',
		{ zh: `单元格“${text}”不是数字`, en: `cell "${text}" is not a number` },
		{
			zh: '改正该单元格（数字、或“-”表示未公布），或在配方中把该列的 meaning 改为 ignore',
			en: 'correct the cell (a number, or "-" for not published), or set the column\'s meaning to ignore in the recipe'
		}
	);
}

export function yearUnknown(place: SourcePlace): ImportProblem {
	return problemAt(
		place,
		'year_unknown',
		{
			zh: '不知道这些数字属于哪一年（标题行中没有年份，配方也没有 year）',
			en: 'the year of these figures is unknown (no year in the title rows, none in the recipe)'
		},
		{
			zh: '用 --year YYYY 指定数据年度，或在配方中填写 year',
			en: 'give the data year with --year YYYY, or set year in the recipe'
		}
	);
}

export function regionMissing(place: SourcePlace): ImportProblem {
	return problemAt(
		place,
		'region_unknown',
		{ zh: '该行有数字但没有地区名称', en: 'this row has figures but no region name' },
		{
			zh: '在名称列填写地区名称，或删去该行',
			en: 'write the region name in the name column, or delete the row'
		}
	);
}

export function unitUnknown(place: SourcePlace, what: string): ImportProblem {
	return problemAt(
		place,
		'unit_unknown',
		{ zh: `“${what}”的单位不明`, en: `the unit of "${what}" is unknown` },
		{
			zh: '在配方中为该列填写 unit，或填写配方的 unit（如 万元、亿元、%、µg/m³）',
			en: "set unit for this column in the recipe, or the recipe's unit (e.g. 万元, 亿元, %, µg/m³)"
		}
	);
}

export function nameColumnMissing(place: SourcePlace): ImportProblem {
	return problemAt(
		place,
		'column_missing',
		{
			zh: '配方中没有城市名称列（meaning 为 region:name_zh）',
			en: 'the recipe has no city name column (meaning region:name_zh)'
		},
		{
			zh: '把城市名称所在列的 meaning 设为 region:name_zh',
			en: 'set the meaning of the city name column to region:name_zh'
		}
	);
}

export const yearbookNotes = {
	provinces: (rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个省级标题行（${rowList(rows)}）：这些行没有数字，只说明其下城市所属的省`,
		en: `skipped ${rows.length} province rows (${rowList(rows)}): they carry no figures, they give the cities below them their province`
	}),
	blank: (rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个空行（${rowList(rows)}）`,
		en: `skipped ${rows.length} blank rows (${rowList(rows)})`
	}),
	footnotes: (rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个注释行（${rowList(rows)}）`,
		en: `skipped ${rows.length} note rows (${rowList(rows)})`
	}),
	noFigures: (names: readonly string[], rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个在所选列中没有数字的城市行（${names.slice(0, 12).join('、')}；${rowList(rows)}）`,
		en: `skipped ${rows.length} city rows with no figures in the chosen columns (${names.slice(0, 12).join(', ')}; ${rowList(rows)})`
	}),
	notPublished: (count: number): Bilingual => ({
		zh: `${count} 个所选单元格为空或“-”（未公布）：不生成数据行，也不记为 0`,
		en: `${count} chosen cells are blank or "-" (not published): no row, never read as 0`
	}),
	nameFixed: (printed: string, fixed: string, row: number): Bilingual => ({
		zh: `R${row} 的名称“${printed}”按“${fixed}”识别（原文字形或识别错误）`,
		en: `the name "${printed}" in R${row} is read as "${fixed}" (variant glyph or OCR error in the source)`
	}),
	edition: (year: number, edition: number, fromFile: number | null): Bilingual => ({
		zh: `标题为 ${year} 年数据，故为 ${edition} 年版（版次 = 数据年度 + 1）${fromFile !== null && fromFile !== edition ? `；文件名写的是 ${fromFile}，以标题为准` : ''}`,
		en: `the title gives data year ${year}, so this is the ${edition} edition (edition = data year + 1)${fromFile !== null && fromFile !== edition ? `; the file name says ${fromFile}, the title wins` : ''}`
	}),
	yearFromTitle: (recipeYear: number | null, year: number): Bilingual => ({
		zh: `配方的年度为 ${recipeYear ?? '空'}，本文件标题为 ${year} 年：按标题取 ${year} 年（配方 options.yearFrom 为 title）`,
		en: `the recipe's year is ${recipeYear ?? 'empty'}, this file's title says ${year}: using ${year} (the recipe's options.yearFrom is title)`
	})
};

export function provinceUnknown(place: SourcePlace, printed: string | null): ImportProblem {
	return problemAt(
		place,
		'region_unknown',
		{
			zh: printed === null ? '导出文件中没有“Region：…”行，不知道是哪个省' : `“${printed}”不是省级地区名称`,
			en:
				printed === null
					? 'the export has no "Region：…" line: the province is unknown'
					: `"${printed}" is not a province-level region`
		},
		{
			zh: '在配方 options 中填写 region_en（如 Hunan）或 region_zh（如 湖南省）',
			en: "set region_en (e.g. Hunan) or region_zh (e.g. 湖南省) in the recipe's options"
		}
	);
}

export const nbsNotes = {
	notPublished: (rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个当年未公布数值的指标行（${rowList(rows)}）：单元格为空，不记为 0`,
		en: `skipped ${rows.length} indicator rows with no value published (${rowList(rows)}): the cell is empty, never read as 0`
	}),
	unitFromOthers: (unit: string, rows: readonly number[]): Bilingual => ({
		zh: `${rows.length} 个指标名称未注明单位（${rowList(rows)}）：本文件其余指标均为 ${unit}，按 ${unit} 读取`,
		en: `${rows.length} indicator names state no unit (${rowList(rows)}): every other indicator of this file is in ${unit}, read as ${unit}`
	}),
	noteLines: (first: number, last: number): Bilingual => ({
		zh: `R${first}–R${last} 为文件末尾的注释，不是数据`,
		en: `R${first}–R${last} are the notes at the end of the file, not data`
	}),
	regionFromFile: (recipe: string, file: string): Bilingual => ({
		zh: `配方的地区为 ${recipe}，本文件为 ${file}：按文件取 ${file}`,
		en: `the recipe's region is ${recipe}, this file's is ${file}: using ${file}`
	})
};

export function recipeInvalid(
	place: SourcePlace,
	field: string,
	what: Bilingual,
	fix: Bilingual
): ImportProblem {
	return problemAt(
		place,
		'recipe_invalid',
		{ zh: `配方字段 ${field} 无效：${what.zh}`, en: `recipe field ${field} is invalid: ${what.en}` },
		fix
	);
}

export const genericProblems = {
	noFigureColumn: (place: SourcePlace): ImportProblem =>
		problemAt(
			place,
			'column_missing',
			{
				zh: '配方中没有数值列（meaning 为 value、year:YYYY 或 indicator:<id>）',
				en: 'the recipe has no figure column (meaning value, year:YYYY or indicator:<id>)'
			},
			{
				zh: '把含数字的列的 meaning 设为 value、year:2020 或 indicator:<id>',
				en: 'set the meaning of the columns holding figures to value, year:2020 or indicator:<id>'
			}
		),
	indicatorId: (place: SourcePlace, label: string): ImportProblem =>
		problemAt(
			place,
			'recipe_invalid',
			{ zh: `指标“${label}”没有标识（id）`, en: `the indicator "${label}" has no id` },
			{
				zh: `在配方 options 中加入 "indicator_id:${label}": "<snake_case 标识>"，或把该列 meaning 改为 indicator:<id>`,
				en: `add "indicator_id:${label}": "<snake_case id>" to the recipe's options, or set the column's meaning to indicator:<id>`
			}
		),
	region: (place: SourcePlace): ImportProblem =>
		problemAt(
			place,
			'region_unknown',
			{
				zh: '不知道该数字属于哪个地区（没有地区列，配方 options 中也没有 region_zh）',
				en: 'the region of this figure is unknown (no region column, no region_zh in the options)'
			},
			{
				zh: '把地区列的 meaning 设为 region，或在 options 中填写 region_zh',
				en: "set the region column's meaning to region, or set region_zh in the options"
			}
		),
	department: (place: SourcePlace): ImportProblem =>
		problemAt(
			place,
			'department_unknown',
			{ zh: '不知道这些支出属于哪个部门', en: 'the department of these amounts is unknown' },
			{
				zh: '用 --department 指定，或在配方中填写 department.name_zh，或设一列为 department',
				en: 'give --department, set department.name_zh in the recipe, or mark a column as department'
			}
		),
	stage: (place: SourcePlace): ImportProblem =>
		problemAt(
			place,
			'stage_unknown',
			{ zh: '不知道是预算还是决算', en: 'budget or final accounts is unknown' },
			{
				zh: '用 --stage budget|final 指定，或在配方中填写 stage（或 options.stage，如 budget_initial）',
				en: 'give --stage budget|final, or set stage in the recipe (or options.stage, e.g. budget_initial)'
			}
		),
	lineId: (place: SourcePlace, label: string): ImportProblem =>
		problemAt(
			place,
			'code_invalid',
			{
				zh: `支出科目“${label}”既没有功能分类编码，也没有标识`,
				en: `the spending line "${label}" has neither a functional code nor an id`
			},
			{
				zh: '设一列为 code（类 3 位 / 款 5 位 / 项 7 位），或在 options 中加入 "indicator_id:<名称>": "<id>"',
				en: 'mark a column as code (3/5/7 digits), or add "indicator_id:<label>": "<id>" to the options'
			}
		)
};

export const genericNotes = {
	blank: yearbookNotes.blank,
	noFigures: (rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个在数值列中没有数字的行（${rowList(rows)}）`,
		en: `skipped ${rows.length} rows with no figure in the figure columns (${rowList(rows)})`
	}),
	notPublished: yearbookNotes.notPublished,
	totals: (rows: readonly number[]): Bilingual => ({
		zh: `跳过 ${rows.length} 个合计行（${rowList(rows)}）：合计不是某个地区的数字`,
		en: `skipped ${rows.length} total rows (${rowList(rows)}): a total is no region's figure`
	})
};
