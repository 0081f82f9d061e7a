import {
	BENCHMARK_SCOPES,
	ENVIRONMENT_PAGE_INDICATORS,
	environmentRows,
	performanceIndicators,
	regionNames
} from './environment';
import { figureOf, type Figure } from './figures';
import { loadPm25Ranking, type PeerRanking } from './peer-ranking';
import type { QueryRunner, Row } from './query';

export type PageIndicator = (typeof ENVIRONMENT_PAGE_INDICATORS)[number];

/** A figure with the comparator it is bound by (`<=` for limits and ceilings, `>=` for floors). */
export interface BoundFigure {
	figure: Figure;
	comparator: string;
}

/** One observed value of a scope: as stated, with the stated change and the prior year it implies. */
export interface ObservedValue {
	scope: string;
	period: string;
	figure: Figure;
	/** The year-on-year change in the unit the source words it in (% or 百分点), as stated. */
	statedChange: Figure | null;
	/** The prior-year value the stated change implies: a derived row of the data, with its formula. */
	impliedPrevious: (Figure & { year: number }) | null;
}

export interface IndicatorPanel {
	indicator: PageIndicator;
	/** Annual values of the selected year, one per scope (scopes never merged). */
	observed: ObservedValue[];
	/** Sub-period values of the selected year (a month, a bulletin period), labelled by period. */
	subPeriods: ObservedValue[];
	limit: BoundFigure | null;
	/** The city's own targets for the selected year (work plans), per scope. */
	cityTargets: (BoundFigure & { scope: string; period: string })[];
	/** The department's performance target and self-assessed actual (附件2), as stated. */
	performance: { target: BoundFigure | null; actual: Figure | null; row: number } | null;
	/** Province and national figures for the same year. */
	benchmarks: { scope: string; regionId: string; figure: Figure }[];
}

/** region_id → its names (data/regions.csv): no region is named in code. */
export type RegionNames = Record<string, { zh: string; en: string }>;

export interface EnvironmentData {
	departmentId: string;
	regionId: string | null;
	/** The names of the page's region and of every benchmark region. */
	regionNames: RegionNames;
	year: number;
	/** null = every scope. */
	scope: string | null;
	/** The city scopes the region has data for. */
	scopes: string[];
	panels: Record<PageIndicator, IndicatorPanel>;
	/** Every row the charts draw (all years), already narrowed to the selected scope. */
	rows: Row[];
	/** The city's PM2.5 among its province's cities in the selected year, if the data hold it. */
	pm25Ranking: PeerRanking | null;
}

const isBenchmark = (row: Row) => (BENCHMARK_SCOPES as readonly string[]).includes(String(row.scope));

/** City rows first, then benchmarks from the nearest (province) to the widest (nation, standard). */
function benchmarkRank(row: Row): number {
	return (BENCHMARK_SCOPES as readonly string[]).indexOf(String(row.scope)) + 1;
}

function statedChangeOf(row: Row): Figure | null {
	if (typeof row.yoy_change_stated !== 'number') return null;
	const change = figureOf({ ...row, unit: row.yoy_change_unit ?? '%' }, 'yoy_change_stated');
	return change ? { ...change, signed: true } : null;
}

function observedOf(row: Row, rows: Row[]): ObservedValue | null {
	const figure = figureOf(row, 'value');
	if (!figure) return null;
	const statedChange = statedChangeOf(row);
	const previous = statedChange
		? rows.find(
				(r) =>
					r.indicator === row.indicator &&
					r.scope === row.scope &&
					r.region_id === row.region_id &&
					r.period === row.period &&
					r.year === Number(row.year) - 1 &&
					r.measure === 'observed' &&
					r.derivation === 'derived'
			)
		: undefined;
	const implied = figureOf(previous, 'value');
	return {
		scope: String(row.scope),
		period: String(row.period),
		figure,
		statedChange,
		impliedPrevious: implied ? { ...implied, year: Number(row.year) - 1 } : null
	};
}

function bound(row: Row | undefined): BoundFigure | null {
	const figure = figureOf(row, 'value');
	return figure ? { figure, comparator: String(row?.comparator ?? '=') } : null;
}

function performanceOf(row: Row | undefined): IndicatorPanel['performance'] {
	if (!row) return null;
	const cell = (key: string, unitKey: string, column: string) =>
		figureOf(
			{
				...row,
				unit: row[unitKey] ?? '',
				locator: `${String(row.locator)} / ${column}`,
				derivation: 'reported',
				formula: null
			},
			key
		);
	const target = cell('target_value', 'target_unit', '年度指标值');
	return {
		target: target ? { figure: target, comparator: String(row.target_comparator ?? '=') } : null,
		actual: cell('actual_value', 'actual_unit', '实际完成值'),
		row: Number(row.row_no)
	};
}

interface PanelInput {
	indicator: PageIndicator;
	rows: Row[];
	cityRows: Row[];
	performance: Row[];
	year: number;
}

function panelOf({ indicator, rows, cityRows, performance, year }: PanelInput): IndicatorPanel {
	const mine = rows.filter((r) => r.indicator === indicator);
	const city = cityRows.filter((r) => r.indicator === indicator && r.year === year);
	const observed = (annual: boolean) =>
		city
			.filter((r) => r.measure === 'observed' && (r.period === 'year') === annual)
			.flatMap((r) => observedOf(r, rows) ?? []);
	return {
		indicator,
		observed: observed(true),
		subPeriods: observed(false),
		limit: bound(mine.find((r) => r.measure === 'limit')),
		cityTargets: city
			.filter((r) => r.measure === 'target')
			.flatMap((r) => {
				const b = bound(r);
				return b ? [{ ...b, scope: String(r.scope), period: String(r.period) }] : [];
			})
			.sort((a, b) => Number(b.period === 'year') - Number(a.period === 'year')),
		performance: performanceOf(performance.find((r) => r.indicator === indicator)),
		benchmarks: mine
			.filter((r) => isBenchmark(r) && r.measure === 'observed' && r.year === year && r.period === 'year')
			.flatMap((r) => {
				const figure = figureOf(r, 'value');
				return figure ? [{ scope: String(r.scope), regionId: String(r.region_id), figure }] : [];
			})
	};
}

/** Runs the environment page's queries and shapes them; the same code runs at build time and in the browser. */
export async function loadEnvironment(
	run: QueryRunner,
	options: {
		departmentId: string;
		regionId: string | null;
		year: number;
		scope: string | null;
		/** Another city than the department's: the department's own targets do not apply to it. */
		otherCity?: boolean;
	}
): Promise<EnvironmentData> {
	const { departmentId, regionId, year } = options;
	const [unordered, performance, names, pm25Ranking] = await Promise.all([
		regionId ? run(environmentRows(regionId)) : Promise.resolve([]),
		options.otherCity ? Promise.resolve([]) : run(performanceIndicators(departmentId, year)),
		run(regionNames()),
		loadPm25Ranking(run, { regionId, year })
	]);
	const rows = [...unordered].sort((a, b) => benchmarkRank(a) - benchmarkRank(b));
	const allCity = rows.filter((r) => !isBenchmark(r) && r.region_id === regionId);
	const scopes = [...new Set(allCity.map((r) => String(r.scope)))].sort();
	const scope = options.scope && scopes.includes(options.scope) ? options.scope : null;
	const cityRows = scope ? allCity.filter((r) => r.scope === scope) : allCity;
	const panels = Object.fromEntries(
		ENVIRONMENT_PAGE_INDICATORS.map((indicator) => [
			indicator,
			panelOf({ indicator, rows, cityRows, performance, year })
		])
	) as Record<PageIndicator, IndicatorPanel>;
	return {
		departmentId,
		regionId,
		regionNames: Object.fromEntries(
			names.map((r) => [String(r.region_id), { zh: String(r.name_zh), en: String(r.name_en) }])
		),
		year,
		scope,
		scopes,
		panels,
		rows: rows.filter((r) => isBenchmark(r) || cityRows.includes(r)),
		pm25Ranking
	};
}
