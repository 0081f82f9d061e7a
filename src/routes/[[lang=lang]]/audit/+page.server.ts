import { nodeRunner } from '$lib/server/node-db';
import { buildTimeAudit } from '$lib/server/audit';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import { toDepartments, toSourceMap } from '$lib/ui/page-data';
import type { PageServerLoad } from './$types';

/** Build time only: every finding on the embedded data, with the sources and departments they cite. */
export const load: PageServerLoad = async () => {
	const run = nodeRunner();
	const [result, departments, sources] = await Promise.all([
		buildTimeAudit(),
		run(departmentYears()),
		run(sourcesById())
	]);
	return { result, departments: toDepartments(departments), sources: toSourceMap(sources) };
};
