import { echarts, type ChartOption } from './echarts';
import { sanitiseVNode, type SvgNode } from './svg-tree';
import { CHART_HEIGHT, CHART_WIDTH } from './theme';

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
 * Renders a chart option with ECharts' SSR SVG renderer (no DOM needed: runs at build time and in
 * the browser for exports) and returns a sanitised tree. zrender's SVG painter exposes
 * renderToVNode, the tree renderToSVGString serialises; taking the tree instead of the string
 * lets Svelte (or our escaping serialiser) escape every attribute and text.
 */
export function renderChartTree(option: ChartOption, width = CHART_WIDTH, height = CHART_HEIGHT): SvgNode {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...option, animation: false });
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
