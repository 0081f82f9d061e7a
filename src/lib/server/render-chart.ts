/** Build-time chart rendering: the shared SSR renderer at the prerendered chart size. */
export { renderChartTree } from '$lib/charts/render-tree';
