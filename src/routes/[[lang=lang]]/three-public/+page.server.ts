import { nodeRunner } from '$lib/server/node-db';
import { renderChartTree } from '$lib/server/render-chart';
import { loadCommon } from '$lib/server/dashboard-data';
import { threePublicRows } from '$lib/queries/spending';
import { shapeThreePublic } from '$lib/queries/three-public-model';
import { comparisonChartView, threePublicChartView } from '$lib/ui/three-public-views';
import { localeFromSegment } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

/**
 * Build time only. The page carries every department's 三公经费 rows (a few dozen): the comparison
 * needs them all, so switching the focused department filters rows already on the page.
 */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeFromSegment(params.lang);
	const run = nodeRunner();
	const common = await loadCommon(run);
	const columns = shapeThreePublic(await run(threePublicRows()));
	const focus = columns.filter((c) => c.departmentId === common.primaryId);
	return {
		...common,
		columns,
		staticCharts: {
			focus: renderChartTree(threePublicChartView(focus, locale).option),
			compare: renderChartTree(comparisonChartView(columns, common.departments, locale).option)
		}
	};
};
