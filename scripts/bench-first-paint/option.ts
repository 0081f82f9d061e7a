// The overview's first chart option, computed as the prerender does (same queries over the built
// static/data, zh-CN, the default view, the aria description ChartFigure adds). Loaded by
// bench.mjs through Vite's SSR loader so `$lib` resolves.
import { nodeRunner } from '$lib/server/node-db';
import { departmentYears } from '$lib/queries/overview';
import { loadOverview } from '$lib/queries/overview-model';
import { expenditureView } from '$lib/ui/overview-charts';
import { defaultView, toDepartments } from '$lib/ui/page-data';
import { withAriaDescription } from '$lib/charts/aria';
import type { ChartOption } from '$lib/charts/echarts';

export async function firstChartOption(): Promise<ChartOption> {
	const run = nodeRunner();
	const departments = toDepartments(await run(departmentYears()));
	const overview = await loadOverview(run, defaultView(departments));
	const view = expenditureView(overview.spendingPoints, 'zh-CN');
	return withAriaDescription(view.option, view.summary);
}
