import { citationOf, figureOf, percentChange, percentRatio, type Figure } from './figures';
import {
	environmentFigures,
	performanceTargets,
	pm25Series,
	projectExecution,
	spendingSeries
} from './overview';
import { loadPm25Ranking, loadRegionName, type PeerRanking } from './peer-ranking';
import { figureKey } from './spending-model';
import type { QueryRunner, Row } from './query';

export interface SpendingCardData {
	current: Figure | null;
	previous: Figure | null;
	change: Figure | null;
	/** Where the year's final accounts are missing: its budget, shown labelled as a budget. */
	budgetOnly?: { stage: string; figure: Figure } | null;
}

/** The budget shown in place of missing final accounts: the initial budget first. */
const FALLBACK_BUDGET_STAGES = ['budget_initial', 'budget', 'budget_full_year', 'budget_application'];

export interface EnvironmentCardData {
	observed: Figure | null;
	/** A target the city set for this year (work plan), if any. */
	target: (Figure & { comparator: string }) | null;
	/** The department's own performance target for this year (附件2), if any. */
	performanceTarget: (Figure & { comparator: string }) | null;
	limit: Figure | null;
	statedChange: { value: number; unit: string } | null;
	scope: string | null;
}

export interface OverviewData {
	departmentId: string;
	year: number;
	total: SpendingCardData;
	basic: SpendingCardData;
	project: SpendingCardData;
	threePublic: SpendingCardData & { budget: Figure | null; budgetRatio: Figure | null };
	threePublicParts: { line_id: string; figure: Figure }[];
	projects: { count: number; executed: Figure; budget: Figure; rate: Figure } | null;
	environment: Record<string, EnvironmentCardData>;
	spendingPoints: Row[];
	pm25Points: Row[];
	/** Every overview line's figure, `${line}|${year}|${stage}` (the headline reads budgets and finals). */
	spendingFigures: Record<string, Figure>;
	/** The city's PM2.5 among its province's cities that year (yearbook, 全市), if the data hold it. */
	pm25Ranking: PeerRanking | null;
	/** The names of the department's region (衡阳市 / Hengyang); null when it has none. */
	regionName: { zh: string; en: string } | null;
}

function find(rows: Row[], line: string, stage: string, year: number): Row | undefined {
	return rows.find((r) => r.line_id === line && r.stage === stage && r.fiscal_year === year);
}

function spendingCard(rows: Row[], line: string, year: number): SpendingCardData {
	const current = figureOf(find(rows, line, 'final', year));
	const previous = figureOf(find(rows, line, 'final', year - 1));
	const change = current && previous ? percentChange(current, previous, `${year}/${year - 1}`) : null;
	let budgetOnly: SpendingCardData['budgetOnly'] = null;
	for (const stage of current ? [] : FALLBACK_BUDGET_STAGES) {
		const figure = figureOf(find(rows, line, stage, year));
		if (figure) {
			budgetOnly = { stage, figure };
			break;
		}
	}
	return { current, previous, change, budgetOnly };
}

function projectsCard(row: Row | undefined): OverviewData['projects'] {
	if (!row || !row.project_count) return null;
	const base = { ...row, derivation: 'derived' };
	const executed = figureOf({ ...base, formula: `Σ 全年执行数 = ${String(row.excerpt)}` }, 'executed');
	const budget = figureOf({ ...base, formula: 'Σ 全年预算数' }, 'budget_full_year');
	if (!executed || !budget) return null;
	const rate = percentRatio(executed, budget, 'Σ 全年执行数 ÷ Σ 全年预算数');
	return rate ? { count: Number(row.project_count), executed, budget, rate } : null;
}

function withComparator(figure: Figure | null, row: Row | undefined) {
	return figure ? { ...figure, comparator: String(row?.comparator ?? '=') } : null;
}

function environmentCard(rows: Row[], targets: Row[], indicator: string): EnvironmentCardData {
	const mine = rows.filter((r) => r.indicator === indicator);
	const observedRow = mine.find((r) => r.measure === 'observed' && r.derivation === 'reported');
	const scope = observedRow ? String(observedRow.scope) : null;
	const targetRow = mine.find((r) => r.measure === 'target' && r.scope === scope);
	const performanceRow = targets.find((r) => r.indicator === indicator);
	const stated = observedRow?.yoy_change_stated;
	return {
		observed: figureOf(observedRow, 'value'),
		target: withComparator(figureOf(targetRow, 'value'), targetRow),
		performanceTarget: withComparator(figureOf(performanceRow, 'target_value'), performanceRow),
		limit: figureOf(
			mine.find((r) => r.measure === 'limit'),
			'value'
		),
		statedChange:
			typeof stated === 'number'
				? { value: stated, unit: String(observedRow?.yoy_change_unit ?? '%') }
				: null,
		scope
	};
}

function figureMap(rows: Row[]): Record<string, Figure> {
	const out: Record<string, Figure> = {};
	for (const row of rows) {
		const figure = figureOf(row);
		if (figure) out[figureKey(String(row.line_id), Number(row.fiscal_year), String(row.stage))] = figure;
	}
	return out;
}

/** Runs the overview's queries and shapes the answers; the same code runs at build time and in the browser. */
export async function loadOverview(
	run: QueryRunner,
	options: { departmentId: string; year: number; regionId: string | null }
): Promise<OverviewData> {
	const { departmentId, year, regionId } = options;
	const [spending, execution, targets, environment, pm25, pm25Ranking, regionName] = await Promise.all([
		run(spendingSeries(departmentId)),
		run(projectExecution(departmentId, year)),
		run(performanceTargets(departmentId, year)),
		regionId ? run(environmentFigures(regionId, year)) : Promise.resolve([]),
		regionId ? run(pm25Series(regionId)) : Promise.resolve([]),
		loadPm25Ranking(run, { regionId, year }),
		loadRegionName(run, regionId)
	]);
	const threePublic = spendingCard(spending, 'three_public', year);
	const budget = figureOf(
		find(spending, 'three_public', 'budget_initial', year) ?? find(spending, 'three_public', 'budget', year)
	);
	const parts = ['three_public_vehicles', 'three_public_overseas', 'three_public_receptions'];
	const environmentCards: Record<string, EnvironmentCardData> = {};
	for (const indicator of [
		'pm25',
		'pm10',
		'good_air_ratio',
		'surface_water_compliance',
		'drinking_water_compliance'
	]) {
		environmentCards[indicator] = environmentCard(environment, targets, indicator);
	}
	return {
		departmentId,
		year,
		total: spendingCard(spending, 'total', year),
		basic: spendingCard(spending, 'basic', year),
		project: spendingCard(spending, 'project', year),
		threePublic: {
			...threePublic,
			budget,
			budgetRatio:
				threePublic.current && budget ? percentRatio(threePublic.current, budget, '决算 ÷ 预算') : null
		},
		threePublicParts: parts.flatMap((line_id) => {
			const figure = figureOf(find(spending, line_id, 'final', year));
			return figure ? [{ line_id, figure }] : [];
		}),
		projects: projectsCard(execution[0]),
		environment: environmentCards,
		spendingPoints: spending.filter((r) => r.line_id === 'basic' || r.line_id === 'project'),
		pm25Points: pm25,
		spendingFigures: figureMap(spending),
		pm25Ranking,
		regionName
	};
}

export { citationOf };
