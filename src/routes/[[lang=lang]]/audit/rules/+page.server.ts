import { buildTimeAudit } from '$lib/server/audit';
import { countByRule } from '$lib/audit/run';
import type { PageServerLoad } from './$types';

/** Build time only: how many findings each rule raises on the embedded data. */
export const load: PageServerLoad = async () => ({
	counts: countByRule((await buildTimeAudit()).findings)
});
