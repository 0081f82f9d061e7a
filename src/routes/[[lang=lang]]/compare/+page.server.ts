import { nodeRunner } from '$lib/server/node-db';
import { loadCommon } from '$lib/server/dashboard-data';
import { prerenderComparison } from '$lib/server/compare-data';
import { provinceCities } from '$lib/queries/compare';
import { localeFromSegment } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

/** Build time: the primary department's city compared with its province's other cities. */
export const load: PageServerLoad = async ({ params }) => {
	const locale = localeFromSegment(params.lang);
	const run = nodeRunner();
	const common = await loadCommon(run);
	const home = common.departments.find((d) => d.department_id === common.primaryId)?.region_id ?? null;
	const cities = home
		? (await run(provinceCities(home))).map((r) => ({
				region_id: String(r.region_id),
				name_zh: String(r.name_zh),
				name_en: String(r.name_en)
			}))
		: [];
	const finance = await prerenderComparison({
		run,
		kind: 'finance',
		regionId: home,
		locale,
		sources: common.sources
	});
	return { sources: common.sources, home, cities, finance };
};
