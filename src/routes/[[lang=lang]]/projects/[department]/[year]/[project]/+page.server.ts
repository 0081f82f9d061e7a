import { error } from '@sveltejs/kit';
import { nodeRunner } from '$lib/server/node-db';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import { projectKeys } from '$lib/queries/projects';
import { loadProject } from '$lib/queries/projects-model';
import { toDepartments, toSourceMap } from '$lib/ui/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per project and language, prerendered: `/projects/<department>/<year>/<project>`. */
export const entries: EntryGenerator = async () => {
	const keys = await nodeRunner()(projectKeys());
	return keys.flatMap((k) => {
		const key = {
			department: String(k.department_id),
			year: String(k.fiscal_year),
			project: String(k.project_id)
		};
		return [key, { ...key, lang: 'en' }];
	});
};

export const load: PageServerLoad = async ({ params }) => {
	const run = nodeRunner();
	const year = Number(params.year);
	if (!/^\d{4}$/.test(params.year)) error(404, 'no such project');
	const [detail, departmentRows, sourceRows] = await Promise.all([
		loadProject(run, { departmentId: params.department, year, projectId: params.project }),
		run(departmentYears()),
		run(sourcesById())
	]);
	if (!detail) error(404, 'no such project');
	const department = toDepartments(departmentRows).find((d) => d.department_id === params.department);
	return { detail, department: department ?? null, sources: toSourceMap(sourceRows) };
};
