// Recipes as files: parseRecipe checks a recipe read from JSON (a user may have edited it) field by
// field, naming each mistake and its fix; recipeToJson writes one as stable, pretty JSON (fixed key
// order, options sorted), so a saved recipe diffs cleanly and reads back to the same recipe.
import type { ImportProblem, Recipe, RecipeColumn, RecipeSource } from '../types';
import { checkRecipe, isObject, reportSaid, type Report } from './recipe-check';
import { recipeInvalid } from './recipe-messages';

export { LAYOUT_IDS } from './recipe-check';

/** A recipe from parsed JSON (or JSON text), or every problem found in it (`recipe_invalid`). */
export function parseRecipe(json: unknown, file = 'recipe.json'): Recipe | ImportProblem[] {
	const problems: ImportProblem[] = [];
	const report: Report = (field, what, fix) =>
		void problems.push(recipeInvalid({ file, sheet: null, row: null, col: null }, field, what, fix));
	let value = json;
	if (typeof json === 'string') {
		try {
			value = JSON.parse(json) as unknown;
		} catch (error) {
			report(
				'(JSON)',
				{ zh: `不是有效的 JSON：${String(error)}`, en: `is not valid JSON: ${String(error)}` },
				{ zh: '检查括号、逗号与引号', en: 'check brackets, commas and quotes' }
			);
			return problems;
		}
	}
	if (!isObject(value)) {
		reportSaid(report, '(recipe)', 'object');
		return problems;
	}
	checkRecipe(value, report);
	return problems.length > 0 ? problems : ordered(value as unknown as Recipe);
}

function orderedSource(source: RecipeSource): RecipeSource {
	const { id, kind, title_zh, title_en, publisher_zh } = source;
	return {
		id,
		kind,
		title_zh,
		...(title_en === undefined ? {} : { title_en }),
		...(publisher_zh === undefined ? {} : { publisher_zh })
	};
}

function orderedColumn(column: RecipeColumn): RecipeColumn {
	const { col, header, meaning, unit } = column;
	return { col, header, meaning, ...(unit === undefined ? {} : { unit }) };
}

/** The recipe with its keys in the fixed order (options sorted): what recipeToJson writes. */
function ordered(recipe: Recipe): Recipe {
	const { department, options, edition } = recipe;
	return {
		version: recipe.version,
		layout: recipe.layout,
		sheet: recipe.sheet,
		headerRows: [...recipe.headerRows],
		firstDataRow: recipe.firstDataRow,
		lastDataRow: recipe.lastDataRow,
		unit: recipe.unit,
		department:
			department === null
				? null
				: {
						name_zh: department.name_zh,
						...(department.id === undefined ? {} : { id: department.id }),
						...(department.name_en === undefined ? {} : { name_en: department.name_en })
					},
		year: recipe.year,
		...(edition === undefined ? {} : { edition }),
		stage: recipe.stage,
		source: orderedSource(recipe.source),
		columns: recipe.columns.map(orderedColumn),
		...(options === undefined
			? {}
			: {
					options: Object.fromEntries(
						Object.keys(options)
							.sort()
							.map((key) => [key, options[key] ?? null])
					)
				})
	};
}

/** Stable pretty JSON (two spaces, fixed key order, options sorted, final newline). */
export function recipeToJson(recipe: Recipe): string {
	return `${JSON.stringify(ordered(recipe), null, 2)}\n`;
}
