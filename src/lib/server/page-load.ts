import type { ChartOption } from '$lib/charts/echarts';
import type { SvgNode } from '$lib/charts/svg-tree';
import { localeFromSegment, type Locale } from '$lib/i18n/locales';
import { runPageQuery, type PageQuery, type Prerendered } from '$lib/queries/page-query';
import type { QueryRunner } from '$lib/queries/query';
import { loadCommon } from './dashboard-data';
import { nodeRunner } from './node-db';
import { renderChartTree } from './render-chart';

type Common = Awaited<ReturnType<typeof loadCommon>>;

/** What a page's build step knows: the runner, the language, the departments and sources … */
export interface BuildContext {
	run: QueryRunner;
	locale: Locale;
	common: Common;
}

/** … and the page's own extras. */
export interface PageContext<X> extends BuildContext {
	extra: X;
}

/** A page's charts by name, as the page builds them; a chart with nothing to draw is null. */
export type ChartSet<K extends string> = Record<K, { option: ChartOption } | null>;

export interface PageSpec<P, T, X, K extends string> {
	query: PageQuery<P, T>;
	/** Page-specific lists beside the common ones (years per region, cities …), also shipped to the page. */
	extra?: (context: BuildContext) => Promise<X>;
	/** The view the build prerenders (the default the page opens on). */
	params: (context: PageContext<X>) => P;
	/** The same chart builders the page uses; each is drawn here as an SVG tree for the first paint. */
	charts?: (value: T, context: PageContext<X>) => ChartSet<K>;
}

/** Every named chart drawn as a static SVG tree (null where the page shows a note instead). */
export function renderChartSet<K extends string>(charts: ChartSet<K>): Record<K, SvgNode | null> {
	const entries = Object.entries(charts) as [K, { option: ChartOption } | null][];
	return Object.fromEntries(
		entries.map(([name, chart]) => [name, chart ? renderChartTree(chart.option) : null])
	) as Record<K, SvgNode | null>;
}

/**
 * A dashboard's build-time load, the same for every page: the common lists, the page's query for
 * its default view, and its charts drawn. The page's +page.server.ts is one call of this.
 */
export function prerenderPage<P, T, X extends object = Record<never, never>, K extends string = never>(
	spec: PageSpec<P, T, X, K>
) {
	return async ({ params }: { params: { lang?: string } }) => {
		const locale = localeFromSegment(params.lang);
		const run = nodeRunner();
		const common = await loadCommon(run);
		const extra = spec.extra ? await spec.extra({ run, locale, common }) : ({} as X);
		const context: PageContext<X> = { run, locale, common, extra };
		const page: Prerendered<P, T> = await runPageQuery(spec.query, run, spec.params(context));
		const charts = spec.charts ? spec.charts(page.value, context) : ({} as ChartSet<K>);
		return { ...common, ...extra, page, staticCharts: renderChartSet(charts) };
	};
}
