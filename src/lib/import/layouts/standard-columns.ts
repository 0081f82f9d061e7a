// Column meanings of the standard-table recipes, as plain strings a person can edit:
// 'amount:<kind>[:<stage>][:prev|:<year>]' (amount:total, amount:basic:final, amount:budget:prev),
// 'line:<line_id>[:<stage>]' for a column that holds one line (wide 三公 tables), 'code',
// 'code:class' / 'code:section' / 'code:item' (类 / 款 / 项), 'name', 'ignore'.
import { yearFromText } from '../structure/index';
import type { Recipe, RecipeColumn } from '../types';
import { stageOfHeader, type LineStage } from './standard-lines';

const STAGES: readonly LineStage[] = ['budget', 'budget_initial', 'budget_full_year', 'final'];

export interface AmountColumn {
	readonly col: number;
	readonly header: string;
	/** total / basic / project / remit_superior …, or a stage alone for one-figure tables. */
	readonly kind: string;
	readonly stage: LineStage | null;
	/** 'prev' = the year before the table's; a number = that year; null = the table's year. */
	readonly year: 'prev' | number | null;
}

/** The year suffix for a header naming a year ('2021年决算数' in a 2022 table → ':prev'). */
export function yearSuffix(header: string, tableYear: number | null): string {
	const named = yearFromText(header) ?? (/上年/.test(header) ? 'prev' : null);
	if (named === null || named === tableYear) return '';
	if (named === 'prev') return ':prev';
	return tableYear !== null && named === tableYear - 1 ? ':prev' : `:${named}`;
}

/** 'amount:<kind>' with the header's own stage and year when it names them. */
export function amountMeaning(kind: string, header: string, tableYear: number | null): string {
	const stage = stageOfHeader(header);
	return `amount:${kind}${stage === null ? '' : `:${stage}`}${yearSuffix(header, tableYear)}`;
}

export function parseAmount(column: RecipeColumn): AmountColumn | null {
	const parts = column.meaning.split(':');
	if (parts[0] !== 'amount' || parts[1] === undefined || parts[1] === '') return null;
	let stage: LineStage | null = null;
	let year: AmountColumn['year'] = null;
	for (const part of parts.slice(2)) {
		if ((STAGES as readonly string[]).includes(part)) stage = part as LineStage;
		else if (part === 'prev') year = 'prev';
		else if (/^\d{4}$/.test(part)) year = Number(part);
	}
	const kindIsStage = (STAGES as readonly string[]).includes(parts[1]);
	return {
		col: column.col,
		header: column.header,
		kind: parts[1],
		stage: stage ?? (kindIsStage ? (parts[1] as LineStage) : null),
		year
	};
}

export function amountColumns(recipe: Recipe): AmountColumn[] {
	return recipe.columns.flatMap((column) => {
		const amount = parseAmount(column);
		return amount === null ? [] : [amount];
	});
}

/** The fiscal year a column's figures describe, or undefined for the table's own year. */
export function yearOfColumn(
	column: { readonly year: AmountColumn['year'] },
	tableYear: number
): number | undefined {
	if (column.year === null) return undefined;
	return column.year === 'prev' ? tableYear - 1 : column.year;
}

export function columnsWith(recipe: Recipe, meaning: string): RecipeColumn[] {
	return recipe.columns.filter((column) => column.meaning === meaning);
}

export function firstColumn(recipe: Recipe, meaning: string): number | null {
	return columnsWith(recipe, meaning)[0]?.col ?? null;
}
