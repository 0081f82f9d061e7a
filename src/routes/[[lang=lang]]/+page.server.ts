import { prerenderPage } from '$lib/server/page-load';
import { overviewQuery } from '$lib/queries/pages';
import { overviewCharts } from '$lib/ui/overview-charts';
import { defaultView } from '$lib/ui/page-data';

/** Build time only: the default view's figures and both charts, computed by the same queries. */
export const load = prerenderPage({
	query: overviewQuery,
	params: ({ common }) => defaultView(common.departments),
	charts: (overview, { locale, common }) => overviewCharts(overview, locale, common.sources)
});
