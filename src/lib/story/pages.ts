import { formatNumber } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { inLocale } from '$lib/i18n/localized';
import type { MessageKey } from '$lib/i18n/messages';
import { t } from '$lib/i18n/messages';
import type { EnvironmentData } from '$lib/queries/environment-model';
import type { OverviewData } from '$lib/queries/overview-model';
import type { PeerRanking } from '$lib/queries/peer-ranking';
import type { SpendingData } from '$lib/queries/spending-model';
import type { ThreePublicColumn, ThreePublicPart } from '$lib/queries/three-public-model';
import { figureKey } from '$lib/queries/spending-model';
import { pm25AmongPeers, pm25VersusStandard, type AirInput } from './environment-story';
import { sentence, type HeadlineSentence } from './parts';
import {
	finalVersusBudget,
	largestChange,
	stageName,
	storyYear,
	yearsOf,
	type FigureMap
} from './spending-story';

/** The two spending sentences of a year: final against budget, then the largest change (or why none). */
export function spendingSentences(figures: FigureMap, year: number, locale: Locale): HeadlineSentence[] {
	return [finalVersusBudget(figures, year, locale), largestChange(figures, year, locale)];
}

/** The city's own name from the ranking (衡阳市) where there is one, else the caller's region name. */
function airSentences(input: AirInput): HeadlineSentence[] {
	const { ranking, locale } = input;
	const city = ranking && input.city ? inLocale(locale, ranking.city) : input.city;
	const withCity = { ...input, city };
	return [pm25VersusStandard(withCity), pm25AmongPeers(withCity)].filter((s) => s !== null);
}

/** The overview: the year's spending against budget, its largest change, PM2.5 and the province. */
export function overviewHeadline(
	overview: OverviewData,
	context: { city: string | null; ranking: PeerRanking | null; locale: Locale }
): HeadlineSentence[] {
	const { locale } = context;
	const pm25 = overview.environment.pm25;
	return [
		...spendingSentences(overview.spendingFigures, overview.year, locale),
		...airSentences({
			year: overview.year,
			city: context.city,
			observed: pm25?.observed ?? null,
			scope: pm25?.scope ?? null,
			limit: pm25?.limit ?? null,
			ranking: context.ranking,
			locale
		})
	];
}

/** The spending page and a department's page: the latest year with final accounts. */
export function spendingHeadline(data: SpendingData, locale: Locale): HeadlineSentence[] {
	const year = storyYear(data.figures);
	if (year === null) return [sentence(locale, 'story_no_spending_any', { id: 'no_spending', figures: {} })];
	return spendingSentences(data.figures, year, locale);
}

/** A department's page: how much the data set holds for it, then the spending sentences. */
export function departmentHeadline(
	data: SpendingData,
	context: { sourceCount: number; locale: Locale }
): HeadlineSentence[] {
	const { locale } = context;
	const years = yearsOf(data.figures);
	const first = years[0];
	const last = years.at(-1);
	const span =
		first === undefined || last === undefined
			? ''
			: first === last
				? t(locale, 'story_span_one', { year: first })
				: t(locale, 'story_span_many', { first, last, count: formatNumber(years.length, locale) });
	const held = span
		? sentence(locale, 'story_department_span', {
				id: 'department_span',
				figures: {},
				words: { span, sources: formatNumber(context.sourceCount, locale) }
			})
		: null;
	return [...(held ? [held] : []), ...spendingHeadline(data, locale)];
}

/** 三公经费 columns of one department as a figure map (line `three_public` and its parts). */
export function threePublicFigures(columns: ThreePublicColumn[]): FigureMap {
	const figures: FigureMap = {};
	for (const column of columns) {
		if (column.total) figures[figureKey('three_public', column.year, column.stage)] = column.total;
		for (const [part, figure] of Object.entries(column.parts))
			if (figure && column.directParts.includes(part as ThreePublicPart))
				figures[figureKey(part, column.year, column.stage)] = figure;
	}
	return figures;
}

const PART_KEYS: Record<string, MessageKey> = {
	three_public_vehicles: 'story_part_vehicles',
	three_public_overseas: 'story_part_overseas',
	three_public_receptions: 'story_part_receptions'
};

/** The largest part of the year's 三公 final (or budget, when no final is held). */
function largestPart(columns: ThreePublicColumn[], year: number, locale: Locale): HeadlineSentence | null {
	const column =
		columns.find((c) => c.year === year && c.stage === 'final') ?? columns.find((c) => c.year === year);
	if (!column) return null;
	const parts = column.directParts.flatMap((p) => {
		const figure = column.parts[p];
		const key = PART_KEYS[p];
		return figure && key ? [{ key, figure }] : [];
	});
	const [top] = parts.sort((a, b) => (b.figure.wan ?? b.figure.value) - (a.figure.wan ?? a.figure.value));
	if (!top || top.figure.value === 0) return null;
	return sentence(locale, 'story_three_public_part', {
		id: 'three_public_part',
		figures: { value: top.figure },
		words: { part: t(locale, top.key), stage: stageName(column.stage, locale) }
	});
}

/** The 三公 page: the department's total against budget, its change, and its largest part. */
export function threePublicHeadline(columns: ThreePublicColumn[], locale: Locale): HeadlineSentence[] {
	const figures = threePublicFigures(columns);
	const year = storyYear(figures);
	if (year === null)
		return [sentence(locale, 'story_no_three_public', { id: 'no_three_public', figures: {} })];
	const part = largestPart(columns, year, locale);
	return [...spendingSentences(figures, year, locale), ...(part ? [part] : [])];
}

/** The environment page: the selected year's PM2.5 against the standard and the province. */
export function environmentHeadline(
	data: EnvironmentData,
	context: { city: string | null; ranking: PeerRanking | null; locale: Locale }
): HeadlineSentence[] {
	const panel = data.panels.pm25;
	const observed = panel.observed[0];
	return airSentences({
		year: data.year,
		city: context.city,
		observed: observed?.figure ?? null,
		scope: observed?.scope ?? null,
		limit: panel.limit?.figure ?? null,
		ranking: context.ranking,
		locale: context.locale
	});
}
