import { auditDigest } from '$lib/audit/run';
import { buildTimeAudit } from '$lib/server/audit';
import { provideServerDigest } from '$lib/ui/audit-context';
import type { LayoutServerLoad } from './$types';

/**
 * Build time only. The audit digest reaches the prerendering renderer (for the badges in the HTML)
 * as server module state, not as page data: page data is serialised into every HTML, and a page
 * shows only a few findings. The badges hydrate from their markup; the whole digest is a static
 * file fetched after first paint (src/routes/audit-digest.json).
 */
export const load: LayoutServerLoad = async () => {
	provideServerDigest(auditDigest((await buildTimeAudit()).findings));
	return {};
};
