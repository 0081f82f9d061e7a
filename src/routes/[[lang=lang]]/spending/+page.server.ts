import { nodeRunner } from '$lib/server/node-db';
import { renderChartTree } from '$lib/server/render-chart';
import { loadCommon } from '$lib/server/dashboard-data';
import { loadSpending } from '$lib/queries/spending-model';
import { defaultNode, NO_FILTER, spendingChartView } from '$lib/ui/spending-views';
import { localeFromSegment } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

/** Build time only: the primary department's spending tree and the default chart, prerendered. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeFromSegment(params.lang);
	const run = nodeRunner();
	const common = await loadCommon(run);
	const spending = await loadSpending(run, common.primaryId);
	const view = spendingChartView(spending, defaultNode(spending), NO_FILTER, locale);
	return { ...common, spending, staticChart: renderChartTree(view.option) };
};
