import { comparableUnit, comparableValue, figureOf, type Figure } from './figures';
import { provinceCities, provinceFinance, provincePm25 } from './compare';
import type { QueryRunner, Row } from './query';

export interface Names {
	zh: string;
	en: string;
}

/** One city's figure in a ranking. */
export interface CityEntry {
	regionId: string;
	name: Names;
	figure: Figure;
	/** The value ranked and drawn: money in 万元, anything else as published. */
	value: number;
	/** Competition ranking (1, 2, 2, 4): equal values share a rank. */
	rank: number;
	highlighted: boolean;
}

/** One indicator, scope and year across the province's cities; scopes are never merged. */
export interface CityRanking {
	key: string;
	indicator: string;
	scope: string;
	year: number;
	unit: string;
	/** `ascending`: rank 1 is the lowest value (PM2.5); `descending`: the highest (money). */
	order: 'ascending' | 'descending';
	entries: CityEntry[];
	/** The province's cities without a figure for this indicator, scope and year in the data set. */
	missing: { regionId: string; name: Names }[];
	sourceIds: string[];
}

export interface CityComparison {
	highlight: string;
	province: Names | null;
	/** How many prefecture-level cities the province has in data/regions.csv. */
	cityCount: number;
	rankings: CityRanking[];
}

type Order = CityRanking['order'];

function ranked(entries: Omit<CityEntry, 'rank'>[], order: Order): CityEntry[] {
	const sign = order === 'ascending' ? 1 : -1;
	const sorted = [...entries].sort(
		(a, b) => sign * (a.value - b.value) || a.regionId.localeCompare(b.regionId)
	);
	return sorted.map((entry) => ({
		...entry,
		rank: 1 + sorted.filter((other) => sign * (other.value - entry.value) < 0).length
	}));
}

interface RankInput {
	rows: Row[];
	cities: Row[];
	highlight: string;
	order: (indicator: string) => Order;
}

/** Groups rows by indicator, scope and year; a group ranks only when it has two cities or more. */
export function rankCities({ rows, cities, highlight, order }: RankInput): CityRanking[] {
	const names = new Map(
		cities.map((c) => [String(c.region_id), { zh: String(c.name_zh), en: String(c.name_en) }])
	);
	const keyOf = (r: Row) => `${String(r.indicator)}|${String(r.scope)}|${String(r.year)}`;
	const rankings: CityRanking[] = [];
	for (const key of [...new Set(rows.map(keyOf))]) {
		const group = rows.filter((r) => keyOf(r) === key);
		const entries = group.flatMap((r) => {
			const figure = figureOf(r, 'value');
			const id = String(r.region_id);
			const name = names.get(id);
			if (!figure || !name) return [];
			return [{ regionId: id, name, figure, value: comparableValue(figure), highlighted: id === highlight }];
		});
		if (entries.length < 2) continue;
		const first = group[0]!;
		const held = new Set(entries.map((e) => e.regionId));
		rankings.push({
			key,
			indicator: String(first.indicator),
			scope: String(first.scope),
			year: Number(first.year),
			unit: comparableUnit(entries[0]!.figure),
			order: order(String(first.indicator)),
			entries: ranked(entries, order(String(first.indicator))),
			missing: [...names].filter(([id]) => !held.has(id)).map(([regionId, name]) => ({ regionId, name })),
			sourceIds: [...new Set(entries.map((e) => e.figure.citation.source_id))]
		});
	}
	return rankings.sort(
		(a, b) => a.indicator.localeCompare(b.indicator) || a.scope.localeCompare(b.scope) || a.year - b.year
	);
}

async function compare(
	run: QueryRunner,
	highlight: string,
	rows: (regionId: string) => Promise<Row[]>,
	order: (indicator: string) => Order
): Promise<CityComparison> {
	const [cities, data] = await Promise.all([run(provinceCities(highlight)), rows(highlight)]);
	const first = cities[0];
	return {
		highlight,
		province: first ? { zh: String(first.province_zh), en: String(first.province_en) } : null,
		cityCount: cities.length,
		rankings: rankCities({ rows: data, cities, highlight, order })
	};
}

/** PM2.5 of every prefecture-level city of the highlighted city's province: rank 1 = lowest. */
export function loadCityPm25(run: QueryRunner, highlight: string): Promise<CityComparison> {
	return compare(
		run,
		highlight,
		(id) => run(provincePm25(id)),
		() => 'ascending'
	);
}

/** Budget revenue and expenditure of the province's cities: rank 1 = highest. */
export function loadCityFinance(run: QueryRunner, highlight: string): Promise<CityComparison> {
	return compare(
		run,
		highlight,
		(id) => run(provinceFinance(id)),
		() => 'descending'
	);
}
