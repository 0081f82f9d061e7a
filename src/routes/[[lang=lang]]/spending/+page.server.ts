import { prerenderPage } from '$lib/server/page-load';
import { spendingQuery } from '$lib/queries/pages';
import { spendingCharts } from '$lib/ui/spending-views';

/** Build time only: the primary department's spending tree and the default chart, prerendered. */
export const load = prerenderPage({
	query: spendingQuery,
	params: ({ common }) => common.primaryId,
	charts: (spending, { locale }) => spendingCharts(spending, locale)
});
