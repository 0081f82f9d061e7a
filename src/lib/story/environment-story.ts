import { formatNumber } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { inLocale, inSentence } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import type { Figure } from '$lib/queries/figures';
import type { PeerRanking } from '$lib/queries/peer-ranking';
import { sentence, type HeadlineSentence } from './parts';

const KNOWN_SCOPES = ['urban_area', 'whole_city', 'urban_districts', 'counties'];

/** A city scope inside a sentence (市城区 / urban area); an unknown scope stays as its id. */
export function scopeWords(scope: string | null, locale: Locale): string {
	if (!scope || !KNOWN_SCOPES.includes(scope)) return scope ?? '';
	const label = t(locale, `scope_${scope}` as MessageKey);
	return inSentence(locale, label);
}

export interface AirInput {
	year: number;
	/** The city's name, or null when the department has no region in the data. */
	city: string | null;
	observed: Figure | null;
	scope: string | null;
	/** The national grade II annual limit (GB 3095-2012), as a row of the data. */
	limit: Figure | null;
	ranking: PeerRanking | null;
	locale: Locale;
}

/** PM2.5 against the national standard, or what the data set does not hold. */
export function pm25VersusStandard(input: AirInput): HeadlineSentence {
	const { year, city, observed, limit, locale } = input;
	if (!city) return sentence(locale, 'story_no_region', { id: 'no_region', figures: {} });
	const words = { year, city, scope: scopeWords(input.scope, locale) };
	if (!observed) return sentence(locale, 'story_no_pm25', { id: 'no_pm25', figures: {}, words });
	if (!limit) return sentence(locale, 'story_pm25', { id: 'pm25', figures: { observed }, words });
	const side = observed.value < limit.value ? 'below' : observed.value > limit.value ? 'above' : 'at';
	return sentence(locale, `story_pm25_${side}` as MessageKey, {
		id: `pm25_${side}`,
		figures: { observed, limit },
		words
	});
}

/** Where the city stands among its province's cities held for the year; null without a ranking. */
export function pm25AmongPeers(input: AirInput): HeadlineSentence | null {
	const { ranking, locale } = input;
	if (!ranking) return null;
	return sentence(locale, 'story_pm25_rank', {
		id: 'pm25_rank',
		figures: {
			value: ranking.figure,
			rank: ranking.rank,
			lowest: ranking.lowest.figure,
			highest: ranking.highest.figure
		},
		words: {
			year: ranking.year,
			city: inLocale(locale, ranking.city),
			province: inLocale(locale, ranking.province),
			count: formatNumber(ranking.count, locale),
			lowestCity: inLocale(locale, ranking.lowest),
			highestCity: inLocale(locale, ranking.highest)
		}
	});
}
