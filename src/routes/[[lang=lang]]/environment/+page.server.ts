import { nodeRunner } from '$lib/server/node-db';
import { renderChartTree } from '$lib/server/render-chart';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import { environmentCities, environmentYears } from '$lib/queries/environment';
import { loadEnvironment } from '$lib/queries/environment-model';
import { localeFromSegment } from '$lib/i18n/locales';
import { toDepartments, toSourceMap } from '$lib/ui/page-data';
import { airView } from '$lib/ui/environment-charts';
import { goodAirView, sectionsView } from '$lib/ui/environment-water-charts';
import { resolveEnvironmentView, toCities, type RegionYears } from '$lib/ui/environment-page';
import { prerenderComparison } from '$lib/server/compare-data';
import type { PageServerLoad } from './$types';

/** Build time only: the default view's figures and its four charts as SVG trees. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeFromSegment(params.lang);
	const run = nodeRunner();
	const [departmentRows, sourceRows] = await Promise.all([run(departmentYears()), run(sourcesById())]);
	const departments = toDepartments(departmentRows);
	const sources = toSourceMap(sourceRows);
	const regions = [...new Set(departments.flatMap((d) => (d.region_id ? [d.region_id] : [])))];
	const regionYears: RegionYears = {};
	for (const region of regions) {
		regionYears[region] = (await run(environmentYears(region))).map((r) => Number(r.year));
	}
	const cities = toCities(await run(environmentCities()));
	const view = resolveEnvironmentView({ dept: null, year: null, scope: null }, departments, regionYears);
	const environment = await loadEnvironment(run, view);
	const tree = (chart: { option: Parameters<typeof renderChartTree>[0] } | null) =>
		chart ? renderChartTree(chart.option) : null;
	const cityPm25 = await prerenderComparison({ run, kind: 'pm25', regionId: view.regionId, locale, sources });
	return {
		cityPm25,
		departments,
		regionYears,
		cities,
		sources,
		environment,
		staticCharts: {
			pm25: tree(airView(environment, 'pm25', locale, sources)),
			pm10: tree(airView(environment, 'pm10', locale, sources)),
			goodAir: tree(goodAirView(environment, locale, sources)),
			sections: tree(sectionsView(environment, locale, sources))
		}
	};
};
