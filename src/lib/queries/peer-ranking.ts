import { derivedFigure, figureOf, type Figure } from './figures';
import type { Query, QueryRunner, Row } from './query';

/**
 * A city's annual value of one indicator against the other cities of its province that the data
 * hold for the same year (yearbook, 全市 scope): the value, its rank and the lowest and highest.
 */
export interface PeerRanking {
	indicator: string;
	year: number;
	provinceId: string;
	province: { zh: string; en: string };
	city: { zh: string; en: string };
	/** The city's own value (reported, cited). */
	figure: Figure;
	/** 1 = the lowest value (for PM2.5, the cleanest air); a derived figure with its formula. */
	rank: Figure;
	/** How many cities of the province have a value that year in this data set. */
	count: number;
	lowest: { regionId: string; zh: string; en: string; figure: Figure };
	highest: { regionId: string; zh: string; en: string; figure: Figure };
}

/** The annual 全市 values of the city's province siblings (the city included), lowest first. */
export function peerValues(regionId: string, year: number, indicator: string): Query {
	return {
		sql: `SELECT e.region_id, r.name_zh, r.name_en, p.region_id AS province_id,
		        p.name_zh AS province_zh, p.name_en AS province_en,
		        e.value, e.value_decimals, e.unit, e.source_id, e.locator, e.excerpt, e.derivation, e.formula
		      FROM environment e
		      JOIN regions r ON r.region_id = e.region_id
		      JOIN regions p ON p.region_id = r.parent_region_id
		      WHERE e.is_primary AND e.indicator = ? AND e.year = ? AND e.period = 'year'
		        AND e.measure = 'observed' AND e.scope = 'whole_city' AND e.derivation = 'reported'
		        AND r.parent_region_id = (SELECT parent_region_id FROM regions WHERE region_id = ?)
		      ORDER BY e.value, e.region_id`,
		params: [indicator, year, regionId]
	};
}

const named = (row: Row, figure: Figure) => ({
	regionId: String(row.region_id),
	zh: String(row.name_zh),
	en: String(row.name_en),
	figure
});

/** Ranks the city among the rows of `peerValues`; null when it has no value or no peers. */
export function rankAmongPeers(
	rows: Row[],
	options: { regionId: string; year: number; indicator: string }
): PeerRanking | null {
	const mine = rows.find((r) => r.region_id === options.regionId);
	const figure = figureOf(mine, 'value');
	const first = rows[0];
	const last = rows.at(-1);
	const lowest = figureOf(first, 'value');
	const highest = figureOf(last, 'value');
	if (!mine || !figure || !first || !last || !lowest || !highest || rows.length < 2) return null;
	// Competition ranking: tied cities share a rank, and the next rank skips (1, 2, 2, 4).
	const rank = 1 + rows.filter((r) => Number(r.value) < figure.value).length;
	const values = rows.map((r) => String(r.value)).join(', ');
	return {
		indicator: options.indicator,
		year: options.year,
		provinceId: String(mine.province_id),
		province: { zh: String(mine.province_zh), en: String(mine.province_en) },
		city: { zh: String(mine.name_zh), en: String(mine.name_en) },
		figure,
		rank: derivedFigure({
			value: rank,
			unit: 'rank',
			decimals: 0,
			formula: `1 + #{${values}} < ${figure.value} (${rows.length} 个市州, ${options.year}, 全市)`,
			from: figure
		}),
		count: rows.length,
		lowest: named(first, lowest),
		highest: named(last, highest)
	};
}

export async function loadPeerRanking(
	run: QueryRunner,
	options: { regionId: string | null; year: number; indicator: string }
): Promise<PeerRanking | null> {
	const { regionId, year, indicator } = options;
	if (!regionId) return null;
	return rankAmongPeers(await run(peerValues(regionId, year, indicator)), { regionId, year, indicator });
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
