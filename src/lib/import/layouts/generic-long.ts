// A user-described long table: one figure per row, with columns for region or department, year,
// indicator, value and unit. The recipe says which column means what; recognise() only proposes.
import type { Layout } from '../types';
import { applyGeneric } from './generic-apply';
import { guessRecipe } from './generic-guess';

/** Low on purpose: any specific layout (yearbook, NBS, standard tables) that fits wins. */
export const GENERIC_SCORE = 0.3;

export const genericLongLayout: Layout = {
	id: 'generic_long',
	name: { zh: '通用长表（每行一个数字）', en: 'Generic long table (one figure per row)' },
	recognise(sheet, context) {
		const guess = guessRecipe(sheet, context);
		return guess?.shape === 'long' ? { recipe: guess.recipe, score: GENERIC_SCORE } : null;
	},
	apply: applyGeneric
};
