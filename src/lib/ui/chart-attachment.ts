import type { Attachment } from 'svelte/attachments';
import type { ChartOption } from '$lib/charts/echarts';

/**
 * The only code that calls echarts.init / setOption / resize / dispose. ECharts is imported on
 * first use so it stays off the first-paint path; the prerendered SVG is shown until then.
 * Svelte re-runs the attachment when the option changes (a new language or view), which
 * re-initialises the chart.
 */
export function liveChart(option: ChartOption, onReady: (ready: boolean) => void): Attachment<HTMLElement> {
	return (node) => {
		let disposed = false;
		let dispose = () => {};
		void import('$lib/charts/echarts').then(({ echarts }) => {
			if (disposed) return;
			const chart = echarts.init(node, null, { renderer: 'svg' });
			chart.setOption(option);
			const observer = new ResizeObserver(() => chart.resize());
			observer.observe(node);
			dispose = () => {
				observer.disconnect();
				chart.dispose();
			};
			onReady(true);
		});
		return () => {
			disposed = true;
			dispose();
			onReady(false);
		};
	};
}
