import { getContext, setContext } from 'svelte';
import type { AuditDigest } from '$lib/audit/types';

/**
 * The audit digest (findings as references, rule titles) handed to every figure through a Svelte
 * context, so FigureValue's many callers need not pass it. Set once by the locale layout. At build
 * time it is the server's digest (never serialised into a page); in the browser it is null until
 * the whole digest is fetched after first paint, and meanwhile each prerendered badge hydrates
 * from its own markup (ui/audit-prerendered).
 */
const KEY = Symbol('mingjing-audit');

/** Set by the layout's build-time load: module state of the prerendering server only. */
let serverDigest: AuditDigest | null = null;

export function provideServerDigest(digest: AuditDigest): void {
	serverDigest = digest;
}

export function getServerDigest(): AuditDigest | null {
	return serverDigest;
}

export function setAuditContext(digest: () => AuditDigest | null | undefined): void {
	setContext(KEY, digest);
}

/** The digest of the page's audit, or null outside a page that set one. */
export function getAuditContext(): () => AuditDigest | null {
	const digest = getContext<(() => AuditDigest | null | undefined) | undefined>(KEY);
	return () => digest?.() ?? null;
}

/** Where the build writes the whole digest (src/routes/audit-digest.json). */
export const AUDIT_DIGEST_FILE = 'audit-digest.json';

function isDigest(value: unknown): value is AuditDigest {
	if (typeof value !== 'object' || value === null) return false;
	const { refs, titles } = value as Record<string, unknown>;
	return Array.isArray(refs) && typeof titles === 'object' && titles !== null;
}

/** The whole digest, fetched once per tab (views other than the prerendered one need it). */
let shared: Promise<AuditDigest | null> | null = null;

export function fetchAuditDigest(siteRoot: string): Promise<AuditDigest | null> {
	shared ??= fetch(new URL(AUDIT_DIGEST_FILE, siteRoot))
		.then((response) => (response.ok ? response.json() : null))
		.then((body: unknown) => (isDigest(body) ? body : null))
		.catch(() => null);
	return shared;
}
