import type { ChartOption } from './echarts';

/**
 * Turns on ECharts' aria component with our generated text summary as the chart's description, so
 * a screen reader reads the same summary in the reader's language instead of ECharts' generic one.
 * Decal patterns stay on (colour is never the only carrier).
 */
export function withAriaDescription(option: ChartOption, description: string): ChartOption {
	const aria = (option.aria ?? {}) as Record<string, unknown>;
	const label = (aria.label ?? {}) as Record<string, unknown>;
	return {
		...option,
		aria: {
			...aria,
			enabled: true,
			decal: aria.decal ?? { show: true },
			label: { ...label, enabled: true, description }
		}
	};
}
