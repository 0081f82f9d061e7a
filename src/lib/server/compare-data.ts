import type { SvgNode } from '$lib/charts/svg-tree';
import type { Locale } from '$lib/i18n/locales';
import { inLocale } from '$lib/i18n/localized';
import { loadCityFinance, loadCityPm25, type CityComparison } from '$lib/queries/compare-model';
import type { QueryRunner } from '$lib/queries/query';
import { defaultRanking, highlightNames } from '$lib/ui/compare-page';
import { rankingView } from '$lib/ui/compare-views';
import type { SourceMap } from '$lib/ui/sources';
import { renderChartTree } from './render-chart';

/** Build time: a comparison across cities and its opening chart as an SVG tree. */
export async function prerenderComparison(options: {
	run: QueryRunner;
	kind: 'pm25' | 'finance';
	regionId: string | null;
	locale: Locale;
	sources: SourceMap;
}): Promise<{ comparison: CityComparison | null; trees: Record<string, SvgNode> }> {
	const { run, kind, regionId, locale, sources } = options;
	if (!regionId) return { comparison: null, trees: {} };
	const comparison = await (kind === 'pm25' ? loadCityPm25 : loadCityFinance)(run, regionId);
	const first = defaultRanking(comparison.rankings);
	const names = highlightNames(comparison);
	const highlightName = names ? inLocale(locale, names) : regionId;
	const trees: Record<string, SvgNode> = {};
	if (first) {
		const view = rankingView(first, { locale, sources, highlightName, id: `compare-${kind}` });
		trees[first.key] = renderChartTree(view.option);
	}
	return { comparison, trees };
}
