import type { Recipe } from './types';

/** The sources.kind a layout's documents are, when the recipe does not say. */
export function sourceKindOf(recipe: Recipe): string {
	switch (recipe.layout) {
		case 'city_yearbook':
			return 'yearbook';
		case 'nbs_province':
			return 'statistical_database';
		case 'self_assessment_project':
			return 'project_self_assessment';
		case 'self_assessment_department':
			return 'self_assessment';
		case 'generic_long':
		case 'generic_wide':
		case 'contract_table':
			return 'compiled_dataset';
		default:
			return recipe.stage === 'budget' ? 'budget_disclosure' : 'final_accounts_disclosure';
	}
}
