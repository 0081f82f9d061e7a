// A user-described wide table: one column per year (2019, 2020年, 2021年度) or one column per
// indicator, a row per region, department or indicator. The recipe's column meanings decide
// (year:2020, indicator:<id>); recognise() only proposes them.
import type { Layout } from '../types';
import { applyGeneric } from './generic-apply';
import { guessRecipe } from './generic-guess';
import { GENERIC_SCORE } from './generic-long';

export const genericWideLayout: Layout = {
	id: 'generic_wide',
	name: {
		zh: '通用宽表（每年或每个指标一列）',
		en: 'Generic wide table (one column per year or per indicator)'
	},
	recognise(sheet, context) {
		const guess = guessRecipe(sheet, context);
		return guess?.shape === 'wide' ? { recipe: guess.recipe, score: GENERIC_SCORE } : null;
	},
	apply: applyGeneric
};
