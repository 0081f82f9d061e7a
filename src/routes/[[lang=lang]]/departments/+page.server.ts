import { nodeRunner } from '$lib/server/node-db';
import { loadCommon } from '$lib/server/dashboard-data';
import { loadDepartmentDetails, loadHeadlines } from '$lib/queries/departments-model';
import type { PageServerLoad } from './$types';

/** Build time only: every department and its headline figures (year and stage with each). */
export const load: PageServerLoad = async () => {
	const run = nodeRunner();
	const [common, headlines, details] = await Promise.all([
		loadCommon(run),
		loadHeadlines(run),
		loadDepartmentDetails(run)
	]);
	return { ...common, headlines, details };
};
