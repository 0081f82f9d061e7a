import { error } from '@sveltejs/kit';
import { nodeRunner } from '$lib/server/node-db';
import { loadCommon } from '$lib/server/dashboard-data';
import { loadDepartmentDetails } from '$lib/queries/departments-model';
import { loadSpending } from '$lib/queries/spending-model';
import { loadSources } from '$lib/queries/sources';
import { departmentYears } from '$lib/queries/overview';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per department and language, prerendered. */
export const entries: EntryGenerator = async () => {
	const rows = await nodeRunner()(departmentYears());
	return rows.flatMap((r) => [{ id: String(r.department_id) }, { lang: 'en', id: String(r.department_id) }]);
};

/** Build time only: the department's spending lines, its sources and where it is. */
export const load: PageServerLoad = async ({ params }) => {
	const run = nodeRunner();
	const [common, details, sources] = await Promise.all([
		loadCommon(run),
		loadDepartmentDetails(run),
		loadSources(run)
	]);
	const department = common.departments.find((d) => d.department_id === params.id);
	const info = details[params.id];
	if (!department || !info) error(404, `unknown department ${params.id}`);
	return {
		...common,
		department,
		info,
		spending: await loadSpending(run, params.id),
		departmentSources: sources.filter((s) => s.department_id === params.id)
	};
};
