import { getContext, setContext } from 'svelte';
import type { AuditDigest } from '$lib/audit/types';

/**
 * The audit digest (findings as references, rule titles) handed to every figure through a Svelte
 * context, so FigureValue's many callers need not pass it. Set once by the locale layout from its
 * build-time data; a getter so a later value (a re-run) would reach the badges.
 */
const KEY = Symbol('mingjing-audit');

export function setAuditContext(digest: () => AuditDigest | null | undefined): void {
	setContext(KEY, digest);
}

/** The digest of the page's audit, or null outside a page that set one. */
export function getAuditContext(): () => AuditDigest | null {
	const digest = getContext<(() => AuditDigest | null | undefined) | undefined>(KEY);
	return () => digest?.() ?? null;
}
