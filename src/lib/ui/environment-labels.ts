import type { Locale } from '$lib/i18n/locales';
import { inLocale } from '$lib/i18n/localized';
import { t, type MessageKey } from '$lib/i18n/messages';
import { formatValue } from '$lib/format';
import type { Figure } from '$lib/queries/figures';
import type { RegionNames } from '$lib/queries/environment-model';
import type { Row } from '$lib/queries/query';
import { CITY_SCOPES } from './environment-page';
import type { SourceMap } from './sources';

/** Labels of the environment page: scopes, benchmarks, periods, comparators. */

const COMPARATOR_SYMBOL: Record<string, string> = { '<=': '≤', '>=': '≥', '=': '=' };

export function comparatorSymbol(comparator: string): string {
	return COMPARATOR_SYMBOL[comparator] ?? comparator;
}

/** A region's name from data/regions.csv (衡阳市 / Hengyang); its id when the data do not name it. */
export function regionLabel(regionId: string | null | undefined, locale: Locale, names: RegionNames): string {
	const name = names[String(regionId)];
	return name ? inLocale(locale, name) : String(regionId ?? '');
}

/** A scope alone: 市城区 / 全市 …, or a benchmark named with its region (湖南省各市平均). */
export function scopeName(
	scope: string,
	region: { id: string | null | undefined; names: RegionNames },
	locale: Locale
): string {
	if ((CITY_SCOPES as readonly string[]).includes(scope)) return t(locale, `scope_${scope}` as MessageKey);
	return t(locale, `env_bench_${scope}` as MessageKey, {
		region: regionLabel(region.id, locale, region.names)
	});
}

export function sourceKindLabel(sources: SourceMap, sourceId: unknown, locale: Locale): string {
	const kind = sources[String(sourceId)]?.kind;
	return kind ? t(locale, `kind_${kind}` as MessageKey) : String(sourceId ?? '');
}

/** A series label naming its scope and the kind of source it comes from: 市城区（部门自评报告）. */
export function seriesLabel(
	row: Row,
	locale: Locale,
	context: { sources: SourceMap; regionNames: RegionNames }
): string {
	const { sources, regionNames } = context;
	return t(locale, 'scope_series_label', {
		scope: scopeName(String(row.scope), { id: String(row.region_id), names: regionNames }, locale),
		source: sourceKindLabel(sources, row.source_id, locale)
	});
}

const NAMED_PERIODS: Record<string, MessageKey> = {
	year: 'env_period_year',
	special_protection: 'env_period_special_protection',
	spring_festival: 'env_period_spring_festival',
	zhongyuan_festival: 'env_period_zhongyuan_festival'
};

const strip = (part: string | undefined) => String(Number(part ?? ''));

/** `2019-05` → 2019 年 5 月; `2021-01..2021-08` → 2021 年 1–8 月; `to_12-19` → 截至 12 月 19 日. */
export function periodLabel(period: string, locale: Locale): string {
	const named = NAMED_PERIODS[period];
	if (named) return t(locale, named);
	const range = /^(\d{4})-(\d{2})\.\.\d{4}-(\d{2})$/.exec(period);
	if (range)
		return t(locale, 'env_period_range', {
			year: range[1] ?? '',
			from: strip(range[2]),
			to: strip(range[3])
		});
	const month = /^(\d{4})-(\d{2})$/.exec(period);
	if (month) return t(locale, 'env_period_month', { year: month[1] ?? '', month: strip(month[2]) });
	const to = /^to_(\d{2})-(\d{2})$/.exec(period);
	if (to) return t(locale, 'env_period_to', { month: strip(to[1]), day: strip(to[2]) });
	return period;
}

/** A figure as text, its derived status spelled out (for tables and summaries, not only a badge). */
export function figureText(figure: Figure | null | undefined, locale: Locale): string {
	if (!figure) return t(locale, 'story_not_in_dataset');
	const text = formatValue(figure.value, figure.unit, locale, { decimals: figure.decimals });
	return figure.citation.derivation === 'derived' ? t(locale, 'env_derived_value', { value: text }) : text;
}
