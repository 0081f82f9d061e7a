import { runAudit } from '$lib/audit/run';
import type { AuditResult } from '$lib/audit/types';
import { nodeRunner } from './node-db';

let shared: Promise<AuditResult> | null = null;

/** The audit over the embedded data, run once per build (every prerendered page shares it). */
export function buildTimeAudit(): Promise<AuditResult> {
	shared ??= runAudit(nodeRunner());
	return shared;
}
