import { echarts, type ChartOption } from './echarts';
import { fitChart } from './layout';
import { sanitiseVNode, type SvgNode } from './svg-tree';
import { CHART_HEIGHT, CHART_WIDTH, NARROW_CHART_HEIGHT, NARROW_CHART_WIDTH } from './theme';

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
 * Renders a chart option, laid out for a `width` × `height` box, with ECharts' SSR SVG renderer
 * (no DOM needed: runs at build time and in the browser for exports) and returns a sanitised tree.
 * zrender's SVG painter exposes renderToVNode, the tree renderToSVGString serialises; taking the
 * tree instead of the string lets Svelte (or our escaping serialiser) escape every attribute and text.
 */
export function renderChartTree(option: ChartOption, width = CHART_WIDTH, height = CHART_HEIGHT): SvgNode {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...fitChart(option, { width, height }), animation: false });
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

function filling(tree: SvgNode, layout: 'wide' | 'narrow'): SvgNode {
	return {
		...tree,
		attrs: { ...tree.attrs, width: '100%', height: '100%', class: `chart-layout-${layout}` }
	};
}

/**
 * The prerendered chart: one <svg> holding the chart laid out for the desktop box and for the
 * phone box; ChartFigure's CSS shows the one that matches the screen (text stays at its size
 * instead of a desktop chart shrunk onto a phone).
 */
export function renderStaticChart(option: ChartOption): SvgNode {
	return {
		tag: 'svg',
		attrs: { xmlns: 'http://www.w3.org/2000/svg', class: 'chart-layouts', width: '100%', height: '100%' },
		children: [
			filling(renderChartTree(option, CHART_WIDTH, CHART_HEIGHT), 'wide'),
			filling(renderChartTree(option, NARROW_CHART_WIDTH, NARROW_CHART_HEIGHT), 'narrow')
		]
	};
}
