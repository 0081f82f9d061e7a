import { echarts, type ChartOption } from '$lib/charts/echarts';
import { sanitiseVNode, type SvgNode } from '$lib/charts/svg-tree';
import { CHART_HEIGHT, CHART_WIDTH } from '$lib/charts/theme';

interface PainterWithVNode {
	renderToVNode(opts: {
		animation: boolean;
		emphasis: boolean;
		willUpdate: boolean;
		compress: boolean;
		useViewBox: boolean;
	}): Parameters<typeof sanitiseVNode>[0];
}

/**
 * Renders a chart option at build time with ECharts' server-side SVG renderer and returns it as a
 * sanitised tree. zrender's SVG painter exposes renderToVNode (what renderToSVGString serialises);
 * taking the tree instead of the string lets Svelte escape it.
 */
export function renderChartTree(option: ChartOption): SvgNode {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: CHART_WIDTH,
		height: CHART_HEIGHT
	});
	try {
		chart.setOption(option);
		const painter = chart.getZr().painter as unknown as PainterWithVNode;
		const tree = sanitiseVNode(
			painter.renderToVNode({
				animation: false,
				emphasis: false,
				willUpdate: false,
				compress: true,
				useViewBox: true
			})
		);
		if (!tree) throw new Error('chart render produced no <svg>');
		return tree;
	} finally {
		chart.dispose();
	}
}
