import { prerenderPage } from '$lib/server/page-load';
import { prerenderComparison } from '$lib/server/compare-data';
import { environmentCities, environmentYears } from '$lib/queries/environment';
import { environmentQuery } from '$lib/queries/pages';
import type { QueryRunner } from '$lib/queries/query';
import { environmentCharts } from '$lib/ui/environment-water-charts';
import { resolveEnvironmentView, toCities, type RegionYears } from '$lib/ui/environment-page';
import type { DepartmentOption } from '$lib/ui/page-data';

const DEFAULT_VIEW = { dept: null, year: null, scope: null };

async function regionYearsOf(run: QueryRunner, departments: DepartmentOption[]): Promise<RegionYears> {
	const regions = [...new Set(departments.flatMap((d) => (d.region_id ? [d.region_id] : [])))];
	const years: RegionYears = {};
	for (const region of regions)
		years[region] = (await run(environmentYears(region))).map((r) => Number(r.year));
	return years;
}

/** Build time only: the default view's figures, its four charts as SVG trees and the city ranking. */
export const load = prerenderPage({
	query: environmentQuery,
	extra: async ({ run, locale, common }) => {
		const regionYears = await regionYearsOf(run, common.departments);
		const view = resolveEnvironmentView(DEFAULT_VIEW, common.departments, regionYears);
		const { sources } = common;
		const cityPm25 = await prerenderComparison({
			run,
			kind: 'pm25',
			regionId: view.regionId,
			locale,
			sources
		});
		return { regionYears, cities: toCities(await run(environmentCities())), cityPm25 };
	},
	params: ({ common, extra }) => resolveEnvironmentView(DEFAULT_VIEW, common.departments, extra.regionYears),
	charts: (environment, { locale, common }) => environmentCharts(environment, locale, common.sources)
});
