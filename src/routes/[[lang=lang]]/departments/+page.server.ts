import { nodeRunner } from '$lib/server/node-db';
import { loadCommon } from '$lib/server/dashboard-data';
import { loadDepartmentDetails, loadHeadlines } from '$lib/queries/departments-model';
import { compareDepartments } from '$lib/queries/compare-departments';
import { departmentTotalsView } from '$lib/ui/compare-department-views';
import { renderChartTree } from '$lib/server/render-chart';
import { localeFromSegment } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

/** Build time only: every department and its headline figures (year and stage with each). */
export const load: PageServerLoad = async ({ params }) => {
	const run = nodeRunner();
	const [common, headlines, details] = await Promise.all([
		loadCommon(run),
		loadHeadlines(run),
		loadDepartmentDetails(run)
	]);
	const { departments, sources } = common;
	const comparison = compareDepartments(
		headlines,
		departments.map((d) => d.department_id)
	);
	const locale = localeFromSegment(params.lang);
	const totalsTree = renderChartTree(
		departmentTotalsView(comparison, { locale, sources, departments }).option
	);
	return { ...common, headlines, details, totalsTree };
};
