import { nodeRunner } from '$lib/server/node-db';
import { loadSources } from '$lib/queries/sources';
import type { PageServerLoad } from './$types';

/** Build time only: every source with its citation and its row counts per table, counted by query. */
export const load: PageServerLoad = async () => ({ sources: await loadSources(nodeRunner()) });
