import type { MessageKey } from '$lib/i18n/messages';

/** The site's navigation, in order. A page joins the header by adding one line here. */
export const NAV: readonly { path: string; key: MessageKey }[] = [
	{ path: '/', key: 'nav_overview' },
	{ path: '/spending', key: 'dashboards_nav_spending' },
	{ path: '/three-public', key: 'dashboards_nav_three_public' },
	{ path: '/projects', key: 'env_nav_projects' },
	{ path: '/environment', key: 'env_nav_environment' },
	{ path: '/departments', key: 'dashboards_nav_departments' },
	{ path: '/compare', key: 'compare_nav' },
	{ path: '/sources', key: 'dashboards_nav_sources' },
	{ path: '/sql', key: 'sql_nav' },
	{ path: '/audit', key: 'audit_nav' },
	{ path: '/data', key: 'nav_data' },
	{ path: '/import', key: 'import_nav' }
];

/** Whether a nav entry is the current section: `/projects` is current on `/projects/…` too. */
export function isCurrent(itemPath: string, here: string): boolean {
	return itemPath === '/' ? here === '/' : here === itemPath || here.startsWith(`${itemPath}/`);
}
