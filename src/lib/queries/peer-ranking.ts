import { loadCityPm25, type CityComparison, type CityEntry, type CityRanking } from './compare-model';
import { derivedFigure, type Figure } from './figures';
import type { QueryRunner } from './query';

/**
 * A city's annual value of one indicator against the other cities of its province that the data
 * hold for the same year: the value, its rank and the lowest and highest, for the headline's
 * sentence. It is read off the one city ranking (compare-model), so it always agrees with /compare.
 */
export interface PeerRanking {
	indicator: string;
	year: number;
	province: { zh: string; en: string };
	city: { zh: string; en: string };
	/** The city's own value (reported, cited). */
	figure: Figure;
	/** 1 = the best value (for PM2.5 the lowest, the cleanest air); a derived figure with its formula. */
	rank: Figure;
	/** How many cities of the province have a value that year in this data set. */
	count: number;
	/** The first and last city of the ranking (for PM2.5 the lowest and the highest value). */
	lowest: { regionId: string; zh: string; en: string; figure: Figure };
	highest: { regionId: string; zh: string; en: string; figure: Figure };
}

const named = (entry: CityEntry) => ({ regionId: entry.regionId, ...entry.name, figure: entry.figure });

/**
 * The city's place in one ranking of the province's cities (compare-model's rankCities, the
 * ranking /compare draws), as the headline tells it; null when the city is not ranked there.
 */
export function peerRankingOf(comparison: CityComparison, ranking: CityRanking): PeerRanking | null {
	const mine = ranking.entries.find((e) => e.highlighted);
	const first = ranking.entries[0];
	const last = ranking.entries.at(-1);
	if (!mine || !first || !last || !comparison.province) return null;
	// Ranks count from the best end (for PM2.5 the lowest), as rankCities ranks them.
	const better = ranking.order === 'ascending' ? '<' : '>';
	const values = ranking.entries.map((e) => String(e.value)).join(', ');
	const scope = ranking.scope === 'whole_city' ? '全市' : ranking.scope;
	return {
		indicator: ranking.indicator,
		year: ranking.year,
		province: comparison.province,
		city: mine.name,
		figure: mine.figure,
		rank: derivedFigure({
			value: mine.rank,
			unit: 'rank',
			decimals: 0,
			formula: `1 + #{${values}} ${better} ${mine.value} (${ranking.entries.length} 个市州, ${ranking.year}, ${scope})`,
			from: mine.figure
		}),
		count: ranking.entries.length,
		lowest: named(first),
		highest: named(last)
	};
}

/** The city's annual PM2.5 (全市, yearbook) among its province's cities held for `year`. */
export async function loadPm25Ranking(
	run: QueryRunner,
	options: { regionId: string | null; year: number }
): Promise<PeerRanking | null> {
	const { regionId, year } = options;
	if (!regionId) return null;
	const comparison = await loadCityPm25(run, regionId);
	const ranking = comparison.rankings.find((r) => r.key === `pm25|whole_city|${year}`);
	return ranking ? peerRankingOf(comparison, ranking) : null;
}

/** A region's names (data/regions.csv), for sentences about it. */
export async function loadRegionName(
	run: QueryRunner,
	regionId: string | null
): Promise<{ zh: string; en: string } | null> {
	if (!regionId) return null;
	const [row] = await run({
		sql: 'SELECT name_zh, name_en FROM regions WHERE region_id = ?',
		params: [regionId]
	});
	return row ? { zh: String(row.name_zh), en: String(row.name_en) } : null;
}
