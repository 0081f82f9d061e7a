import { json } from '@sveltejs/kit';
import { auditDigest } from '$lib/audit/run';
import { buildTimeAudit } from '$lib/server/audit';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The whole audit digest as one static file: pages carry only the findings of the figures they
 * prerender and fetch this after first paint for every other view (ui/audit-context).
 */
export const GET: RequestHandler = async () => json(auditDigest((await buildTimeAudit()).findings));
