// The reference of the first-chart benchmark: a plain, hand-written ECharts page drawing the
// overview's first chart (the same option, the same tree-shaken ECharts build and SVG renderer
// as the site) the usual way, in the browser after its script loads. Built by bench.mjs.
import { echarts, type ChartOption } from '$lib/charts/echarts';

declare const __FIRST_CHART_OPTION__: ChartOption;

const box = document.getElementById('chart');
if (box) echarts.init(box, null, { renderer: 'svg' }).setOption(__FIRST_CHART_OPTION__);
