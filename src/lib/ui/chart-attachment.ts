import type { Attachment } from 'svelte/attachments';
import type { ChartOption } from '$lib/charts/echarts';

/**
 * The only code that calls echarts.init / setOption / resize / dispose. The option is laid out
 * (lib/charts/layout) for the node's box, and again whenever the box changes size. ECharts is imported on
 * first use so it stays off the first-paint path; the prerendered SVG is shown until then.
 * Svelte re-runs the attachment when the option changes (a new language or view), which
 * re-initialises the chart.
 */
export function liveChart(option: ChartOption, onReady: (ready: boolean) => void): Attachment<HTMLElement> {
	return (node) => {
		let disposed = false;
		let dispose = () => {};
		void Promise.all([import('$lib/charts/echarts'), import('$lib/charts/layout')]).then(
			([{ echarts }, { fitChart }]) => {
				if (disposed) return;
				const chart = echarts.init(node, null, { renderer: 'svg' });
				let laidOut = '';
				// The layout depends on the box: laid out again (not only resized) when the box changes.
				const layOut = () => {
					const box = { width: node.clientWidth, height: node.clientHeight };
					if (box.width === 0 || `${box.width}x${box.height}` === laidOut) return;
					laidOut = `${box.width}x${box.height}`;
					chart.resize();
					chart.setOption(fitChart(option, box), { notMerge: true });
				};
				layOut();
				const observer = new ResizeObserver(layOut);
				observer.observe(node);
				dispose = () => {
					observer.disconnect();
					chart.dispose();
				};
				onReady(true);
			}
		);
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
