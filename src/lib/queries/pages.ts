import { loadCityFinance, loadCityPm25, type CityComparison } from './compare-model';
import { loadEnvironment, type EnvironmentData } from './environment-model';
import { loadOverview, type OverviewData } from './overview-model';
import { pageQuery } from './page-query';
import { loadProjects, type ProjectsData } from './projects-model';
import type { QueryRunner } from './query';
import { threePublicRows } from './spending';
import { loadSpending, type SpendingData } from './spending-model';
import { shapeThreePublic, type ThreePublicColumn } from './three-public-model';

/*
 * Every dashboard's data, one query each: the build runs it for the default view, the browser for
 * every other view (lib/ui/page-query.svelte.ts). A new page adds its query here.
 */

/** The overview: one department-year (the region follows the department). */
export interface OverviewParams {
	departmentId: string;
	year: number;
	regionId: string | null;
}
export const overviewQuery = pageQuery<OverviewParams, OverviewData>(
	'overview',
	loadOverview,
	(a, b) => a.departmentId === b.departmentId && a.year === b.year
);

/** Spending: a department's whole tree, every year and stage (filters act on the page). */
export const spendingQuery = pageQuery<string, SpendingData>('spending', loadSpending);

/** 三公经费: every department's rows (a few dozen), since the comparison needs them all. */
export const threePublicQuery = pageQuery<null, ThreePublicColumn[]>('three-public', async (run) =>
	shapeThreePublic(await run(threePublicRows()))
);

export interface ProjectsParams {
	departmentId: string;
	year: number;
}
export const projectsQuery = pageQuery<ProjectsParams, ProjectsData>(
	'projects',
	loadProjects,
	(a, b) => a.departmentId === b.departmentId && a.year === b.year
);

export interface EnvironmentParams {
	departmentId: string;
	regionId: string | null;
	otherCity: boolean;
	year: number;
	scope: string | null;
}
/** `otherCity` follows from the department and the region, so it does not make a view different. */
export const environmentQuery = pageQuery<EnvironmentParams, EnvironmentData>(
	'environment',
	loadEnvironment,
	(a, b) =>
		a.departmentId === b.departmentId && a.regionId === b.regionId && a.year === b.year && a.scope === b.scope
);

/** A city compared with its province's other cities (null: no city, nothing to compare). */
function cityComparison(name: string, load: (run: QueryRunner, city: string) => Promise<CityComparison>) {
	return pageQuery<string | null, CityComparison | null>(name, async (run, city) =>
		city === null ? null : load(run, city)
	);
}
export const cityComparisonQueries = {
	pm25: cityComparison('compare-pm25', loadCityPm25),
	finance: cityComparison('compare-finance', loadCityFinance)
};
