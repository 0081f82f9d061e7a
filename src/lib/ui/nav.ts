import type { MessageKey } from '$lib/i18n/messages';

/** The site's navigation, in order. A page joins the header by adding one line here. */
export const NAV: readonly { path: string; key: MessageKey }[] = [
	{ path: '/', key: 'nav_overview' },
	{ path: '/data', key: 'nav_data' }
];
