import { prerenderPage } from '$lib/server/page-load';
import { threePublicQuery } from '$lib/queries/pages';
import { threePublicCharts } from '$lib/ui/three-public-views';

/**
 * Build time only. The page carries every department's 三公经费 rows (a few dozen): the comparison
 * needs them all, so switching the focused department filters rows already on the page.
 */
export const load = prerenderPage({
	query: threePublicQuery,
	params: () => null,
	charts: (columns, { locale, common }) =>
		threePublicCharts(columns, common.primaryId, common.departments, locale)
});
