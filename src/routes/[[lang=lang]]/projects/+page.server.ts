import { prerenderPage } from '$lib/server/page-load';
import { projectYears } from '$lib/queries/projects';
import { projectsQuery } from '$lib/queries/pages';
import { DEFAULT_THRESHOLD } from '$lib/ui/projects-view';
import { projectsCharts } from '$lib/ui/projects-charts';
import { defaultProjectsView, toProjectYears } from '$lib/ui/projects-page';

/** Build time only: the default view (primary department, latest year with projects) and its chart. */
export const load = prerenderPage({
	query: projectsQuery,
	extra: async ({ run }) => ({ projectYears: toProjectYears(await run(projectYears())) }),
	params: ({ common, extra }) => defaultProjectsView(common.departments, extra.projectYears),
	charts: (projects, { locale }) => projectsCharts(projects.projects, DEFAULT_THRESHOLD, locale)
});
