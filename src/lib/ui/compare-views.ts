import type { Locale } from '$lib/i18n/locales';
import { inLocale, wordSeparator } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import { formatNumber, formatValue, unitLabel } from '$lib/format';
import { rankedBarsChart } from '$lib/charts/city-ranking';
import type { CityEntry, CityRanking } from '$lib/queries/compare-model';
import type { ChartView } from './overview-charts';
import { figureRecord } from './chart-records';
import { sourceTitle, type SourceMap } from './sources';

export function indicatorName(indicator: string, locale: Locale): string {
	return t(locale, `compare_indicator_${indicator}` as MessageKey);
}

export function scopeLabel(scope: string, locale: Locale): string {
	return t(locale, `scope_${scope}` as MessageKey);
}

/** The city's name as a category: the selected city carries a marker and the word "selected". */
export function cityLabel(entry: Pick<CityEntry, 'name' | 'highlighted'>, locale: Locale): string {
	const name = inLocale(locale, entry.name);
	return entry.highlighted ? t(locale, 'compare_selected_city', { name }) : name;
}

/** A ranked value as the table and summary show it, with its unit and published precision. */
export function entryText(entry: CityEntry, locale: Locale): string {
	return formatValue(entry.figure.value, entry.figure.unit, locale, { decimals: entry.figure.decimals });
}

/** The published precision, unless the value drawn was converted to 万元. */
const drawnDecimals = (e: CityEntry) => (e.figure.wan === undefined ? e.figure.decimals : null);

export function rankingTitle(ranking: CityRanking, locale: Locale): string {
	return t(locale, 'compare_chart_title', {
		indicator: indicatorName(ranking.indicator, locale),
		year: ranking.year,
		scope: scopeLabel(ranking.scope, locale)
	});
}

function highlightSentence(ranking: CityRanking, locale: Locale, highlightName: string): string {
	const mine = ranking.entries.find((e) => e.highlighted);
	if (!mine) return t(locale, 'compare_summary_absent', { name: highlightName });
	return t(locale, 'compare_summary_rank', {
		name: highlightName,
		value: entryText(mine, locale),
		rank: mine.rank,
		count: ranking.entries.length,
		order: t(locale, ranking.order === 'ascending' ? 'compare_order_ascending' : 'compare_order_descending')
	});
}

/** What the chart shows in words: the selected city's rank, both ends, what is missing, the sources. */
export function rankingSummary(
	ranking: CityRanking,
	context: { locale: Locale; sources: SourceMap; highlightName: string }
): string {
	const { locale, sources } = context;
	const first = ranking.entries[0]!;
	const last = ranking.entries.at(-1)!;
	const parts = [
		`${rankingTitle(ranking, locale)}${t(locale, 'compare_colon')}`,
		highlightSentence(ranking, locale, context.highlightName),
		t(locale, 'compare_summary_ends', {
			first: `${inLocale(locale, first.name)} ${entryText(first, locale)}`,
			last: `${inLocale(locale, last.name)} ${entryText(last, locale)}`
		})
	];
	if (ranking.missing.length)
		parts.push(
			t(locale, 'compare_summary_missing', {
				cities: ranking.missing.map((m) => inLocale(locale, m.name)).join(t(locale, 'list_separator'))
			})
		);
	parts.push(
		t(locale, 'compare_summary_sources', {
			sources: ranking.sourceIds
				.map((id) => sourceTitle(sources, id, locale))
				.join(t(locale, 'list_separator'))
		})
	);
	return parts.join(wordSeparator(locale));
}

/** One ranking as a chart with its data table and text summary. */
export function rankingView(
	ranking: CityRanking,
	context: { locale: Locale; sources: SourceMap; highlightName: string; id: string }
): ChartView {
	const { locale, sources } = context;
	const unit = unitLabel(ranking.unit, locale);
	const title = rankingTitle(ranking, locale);
	const option = rankedBarsChart({
		locale,
		title,
		unit,
		format: (v) => formatValue(v, ranking.unit, locale),
		bars: ranking.entries.map((entry) => ({
			// The plain name: a longer label ("▶ …（所选城市）") wrapped over its neighbours. The bar
			// still stands out by bold label, decal and colour; the table and summary say it in words.
			label: inLocale(locale, entry.name),
			value: entry.value,
			valueText: formatNumber(entry.value, locale, { decimals: drawnDecimals(entry) }),
			highlighted: entry.highlighted
		}))
	});
	return {
		id: context.id,
		title,
		option,
		unit,
		sourceIds: ranking.sourceIds,
		table: {
			columns: [
				t(locale, 'compare_rank'),
				t(locale, 'compare_city'),
				t(locale, 'compare_value', { unit }),
				t(locale, 'compare_scope'),
				t(locale, 'compare_source')
			],
			rows: ranking.entries.map((e) => [
				String(e.rank),
				cityLabel(e, locale),
				formatNumber(e.value, locale, { decimals: drawnDecimals(e) }),
				scopeLabel(ranking.scope, locale),
				sourceTitle(sources, e.figure.citation.source_id, locale)
			])
		},
		summary: rankingSummary(ranking, context),
		// A region's figures: the city is the category, the indicator and its scope the series.
		records: ranking.entries.flatMap((e) =>
			figureRecord(e.figure, {
				year: ranking.year,
				series: `${indicatorName(ranking.indicator, locale)} · ${scopeLabel(ranking.scope, locale)}`,
				category: inLocale(locale, e.name)
			})
		)
	};
}
