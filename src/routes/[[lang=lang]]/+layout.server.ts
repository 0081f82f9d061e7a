import { auditDigest } from '$lib/audit/run';
import { buildTimeAudit } from '$lib/server/audit';
import type { LayoutServerLoad } from './$types';

/** Build time only: the audit digest, so every page's figures carry their audit badges in the HTML. */
export const load: LayoutServerLoad = async () => ({
	audit: auditDigest((await buildTimeAudit()).findings)
});
