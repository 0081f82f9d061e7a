import type { CityComparison, CityRanking } from '$lib/queries/compare-model';

/** The ranking a comparison opens on: the first indicator, whole city where held, the latest year. */
export function defaultRanking(rankings: readonly CityRanking[]): CityRanking | undefined {
	const indicator = rankings[0]?.indicator;
	const mine = rankings.filter((r) => r.indicator === indicator);
	const scope = mine.some((r) => r.scope === 'whole_city') ? 'whole_city' : mine[0]?.scope;
	return mine.filter((r) => r.scope === scope).at(-1);
}

/** The name of the highlighted city, from the comparison's own entries (null when it holds none). */
export function highlightNames(comparison: CityComparison): { zh: string; en: string } | null {
	for (const ranking of comparison.rankings) {
		const mine = ranking.entries.find((e) => e.highlighted);
		if (mine) return mine.name;
	}
	return null;
}
