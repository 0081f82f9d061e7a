import type { Recipe } from './types';

/** A recipe as stable JSON (keys in a fixed order), pretty with `indent` > 0 or on one line. */
export function recipeJson(recipe: Recipe, indent = 2): string {
	const ordered: Recipe = {
		version: recipe.version,
		layout: recipe.layout,
		sheet: recipe.sheet,
		headerRows: recipe.headerRows,
		firstDataRow: recipe.firstDataRow,
		lastDataRow: recipe.lastDataRow,
		unit: recipe.unit,
		department: recipe.department,
		year: recipe.year,
		...(recipe.edition === undefined ? {} : { edition: recipe.edition }),
		stage: recipe.stage,
		source: recipe.source,
		columns: recipe.columns,
		...(recipe.options === undefined ? {} : { options: recipe.options })
	};
	return JSON.stringify(ordered, null, indent === 0 ? undefined : indent);
}
