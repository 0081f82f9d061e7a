import { nodeRunner } from '$lib/server/node-db';
import { renderChartTree } from '$lib/server/render-chart';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import { loadOverview } from '$lib/queries/overview-model';
import { expenditureView, pm25View } from '$lib/ui/overview-charts';
import { localeFromSegment } from '$lib/i18n/locales';
import { toDepartments, toSourceMap, defaultView } from '$lib/ui/page-data';
import type { PageServerLoad } from './$types';

/** Build time only: the default view's figures and both charts, computed by the same queries. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeFromSegment(params.lang);
	const run = nodeRunner();
	const [departments, sourceRows] = await Promise.all([run(departmentYears()), run(sourcesById())]);
	const departmentList = toDepartments(departments);
	const sources = toSourceMap(sourceRows);
	const view = defaultView(departmentList);
	const overview = await loadOverview(run, view);
	return {
		departments: departmentList,
		sources,
		overview,
		staticCharts: {
			expenditure: renderChartTree(expenditureView(overview.spendingPoints, locale).option),
			pm25: renderChartTree(pm25View(overview.pm25Points, locale, sources).option)
		}
	};
};
