// Bilingual messages of the import orchestrator (readers and layouts have their own).
import type { Bilingual } from '../model/index';
import type { ImportProblem, ImportProblemCode, SourcePlace } from './types';

export function problem(
	place: SourcePlace,
	code: ImportProblemCode,
	message: Bilingual,
	fix: Bilingual
): ImportProblem {
	return { place, code, message, fix };
}

export function layoutUnknown(place: SourcePlace, layouts: readonly string[]): ImportProblem {
	const list = layouts.join(', ');
	return problem(
		place,
		'layout_unknown',
		{
			zh: '无法识别此表的版式（不是已知的决算/预算表、绩效自评表、统计年鉴或国家统计局导出表）',
			en: 'the layout of this table is not recognised (not a known final-accounts/budget table, self-assessment, yearbook or NBS export)'
		},
		{
			zh: `用 --recipe 指定一个配方（JSON，layout 可为 ${list}；generic_long / generic_wide 可逐列说明含义）`,
			en: `give a recipe with --recipe (JSON; layout one of ${list}; generic_long / generic_wide let you say what each column means)`
		}
	);
}

export function recipeLayoutUnknown(
	place: SourcePlace,
	layout: string,
	layouts: readonly string[]
): ImportProblem {
	return problem(
		place,
		'recipe_invalid',
		{ zh: `配方的 layout “${layout}” 不存在`, en: `the recipe's layout "${layout}" does not exist` },
		{ zh: `改为 ${layouts.join('、')} 之一`, en: `use one of ${layouts.join(', ')}` }
	);
}

export function contractProblem(
	place: SourcePlace,
	table: string,
	column: string,
	issue: { message: Bilingual; fix: Bilingual }
): ImportProblem {
	return problem(
		place,
		'contract',
		{
			zh: `导入后的 ${table}.${column} 不符合数据契约：${issue.message.zh}`,
			en: `the imported ${table}.${column} does not fit the data contract: ${issue.message.en}`
		},
		issue.fix
	);
}

export function duplicateInFile(place: SourcePlace, table: string, firstLocator: string): ImportProblem {
	return problem(
		place,
		'duplicate_fact',
		{
			zh: `同一 ${table} 事实在本次导入中出现两次，第一次在 ${firstLocator}`,
			en: `the same ${table} fact appears twice in this import; first at ${firstLocator}`
		},
		{
			zh: '删去重复的行，或在配方中把其中一列标为 ignore',
			en: 'remove the repeated row, or mark one of the columns ignore in the recipe'
		}
	);
}

export const NOTE_RECIPE_SHEET_SKIPPED: (sheet: string, wanted: string) => Bilingual = (sheet, wanted) => ({
	zh: `工作表“${sheet}”未读取：配方指定的是“${wanted}”`,
	en: `sheet "${sheet}" not read: the recipe names "${wanted}"`
});
