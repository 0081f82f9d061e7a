/**
 * The one place ECharts components are registered (tree-shaken core, as the guide says). Used by
 * the chart attachment in the browser and by the build-time SVG renderer.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	LabelLayout,
	SVGRenderer
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
