import type { Locale } from '$lib/i18n/locales';
import { inSentence } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import { percentChange, percentRatio, type Figure } from '$lib/queries/figures';
import { figureKey } from '$lib/queries/spending-model';
import { sentence, type HeadlineSentence } from './parts';

/** `${line}|${year}|${stage}` → figure, as SpendingData.figures holds them. */
export type FigureMap = Record<string, Figure>;

/** The lines a spending headline speaks of, in the order it prefers them. */
export const STORY_LINES = ['total', 'project', 'basic', 'three_public'] as const;
type StoryLine = (typeof STORY_LINES)[number];

/** The budget a final is set against: the initial budget first (what was planned at the start). */
const BUDGET_STAGES = ['budget_initial', 'budget', 'budget_full_year'] as const;

const lineName = (line: StoryLine, locale: Locale) => t(locale, `story_line_${line}` as MessageKey);
/** A stage inside a sentence: 年初预算 / initial budget (the English label is a heading, capitalised). */
export function stageName(stage: string, locale: Locale): string {
	const label = t(locale, `stage_${stage}` as MessageKey);
	return inSentence(locale, label);
}

function budgetOf(figures: FigureMap, line: string, year: number) {
	for (const stage of BUDGET_STAGES) {
		const figure = figures[figureKey(line, year, stage)];
		if (figure) return { stage, figure };
	}
	return null;
}

/** The years a figure map holds, ascending. */
export function yearsOf(figures: FigureMap): number[] {
	return [...new Set(Object.keys(figures).map((key) => Number(key.split('|')[1])))].sort((a, b) => a - b);
}

/** The year a spending headline is about: the latest with final accounts, else the latest held. */
export function storyYear(figures: FigureMap): number | null {
	const finals = Object.keys(figures)
		.filter((key) => key.endsWith('|final'))
		.map((key) => Number(key.split('|')[1]));
	return finals.length > 0 ? Math.max(...finals) : (yearsOf(figures).at(-1) ?? null);
}

/**
 * Final against budget for the first line the year has: the ratio when both are held, the
 * budget labelled as budget when the final accounts are missing, and what is missing said plainly.
 */
export function finalVersusBudget(figures: FigureMap, year: number, locale: Locale): HeadlineSentence {
	for (const line of STORY_LINES) {
		const final = figures[figureKey(line, year, 'final')];
		const budget = budgetOf(figures, line, year);
		const words = {
			year,
			line: lineName(line, locale),
			stage: budget ? stageName(budget.stage, locale) : ''
		};
		if (final && budget) {
			const ratio = percentRatio(
				final,
				budget.figure,
				`${line}.final ${year} ÷ ${line}.${budget.stage} ${year}`
			);
			if (ratio) {
				const figures = { final, budget: budget.figure, ratio };
				return sentence(locale, 'story_final_vs_budget', { id: 'final_vs_budget', figures, words });
			}
		}
		if (final) return sentence(locale, 'story_final_only', { id: 'final_only', figures: { final }, words });
		if (budget) {
			const figures = { budget: budget.figure };
			return sentence(locale, 'story_budget_only', { id: 'budget_only', figures, words });
		}
	}
	return sentence(locale, 'story_no_spending', { id: 'no_spending', figures: {}, words: { year } });
}

interface Change {
	line: StoryLine;
	before: Figure;
	after: Figure;
	change: Figure;
}

/** Year-on-year changes of the finals, largest (in absolute per cent) first. */
export function finalChanges(figures: FigureMap, year: number): Change[] {
	return STORY_LINES.flatMap((line) => {
		const after = figures[figureKey(line, year, 'final')];
		const before = figures[figureKey(line, year - 1, 'final')];
		const change = after && before ? percentChange(after, before, `${line}.final ${year}/${year - 1}`) : null;
		return change && after && before ? [{ line, before, after, change }] : [];
	}).sort((a, b) => Math.abs(b.change.value) - Math.abs(a.change.value));
}

/** The largest change on the year before, or a plain "nothing to compare with" (never a fake trend). */
export function largestChange(figures: FigureMap, year: number, locale: Locale): HeadlineSentence {
	const [largest] = finalChanges(figures, year);
	const words = { year, previous: year - 1 };
	if (!largest) {
		const single = yearsOf(figures).length <= 1;
		const key = single ? 'story_single_year' : 'story_no_previous_final';
		return sentence(locale, key, { id: single ? 'single_year' : 'no_previous_final', figures: {}, words });
	}
	const { before, after, change } = largest;
	return sentence(locale, 'story_largest_change', {
		id: 'largest_change',
		figures: { before, after, change },
		words: { ...words, line: lineName(largest.line, locale) }
	});
}
