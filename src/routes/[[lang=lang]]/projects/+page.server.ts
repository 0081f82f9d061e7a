import { nodeRunner } from '$lib/server/node-db';
import { renderChartTree } from '$lib/server/render-chart';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import { projectYears } from '$lib/queries/projects';
import { loadProjects } from '$lib/queries/projects-model';
import { localeFromSegment } from '$lib/i18n/locales';
import { toDepartments, toSourceMap } from '$lib/ui/page-data';
import { DEFAULT_THRESHOLD } from '$lib/ui/projects-view';
import { projectsChartView } from '$lib/ui/projects-charts';
import { defaultProjectsView, toProjectYears } from '$lib/ui/projects-page';
import type { PageServerLoad } from './$types';

/** Build time only: the default view (primary department, latest year with projects) and its chart. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeFromSegment(params.lang);
	const run = nodeRunner();
	const [departmentRows, sourceRows, yearRows] = await Promise.all([
		run(departmentYears()),
		run(sourcesById()),
		run(projectYears())
	]);
	const departments = toDepartments(departmentRows);
	const years = toProjectYears(yearRows);
	const projects = await loadProjects(run, defaultProjectsView(departments, years));
	return {
		departments,
		projectYears: years,
		sources: toSourceMap(sourceRows),
		projects,
		staticChart: renderChartTree(projectsChartView(projects.projects, DEFAULT_THRESHOLD, locale).option)
	};
};
