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

/**
 * Calls `onWanted` once, the first time a reader points at or touches the node: the moment a
 * prerendered chart is worth making interactive (ECharts is the largest script of a page).
 */
export function whenReached(onWanted: () => void): Attachment<HTMLElement> {
	return (node) => {
		// pointermove and pointerdown too: a pointer already over the chart when the page hydrates.
		const events = ['pointerenter', 'pointermove', 'pointerdown', 'touchstart'] as const;
		const reached = () => {
			for (const event of events) node.removeEventListener(event, reached);
			onWanted();
		};
		for (const event of events) node.addEventListener(event, reached, { passive: true });
		return () => {
			for (const event of events) node.removeEventListener(event, reached);
		};
	};
}
