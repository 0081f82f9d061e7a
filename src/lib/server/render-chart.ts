/** Build-time chart rendering: the shared SSR renderer, laid out for the desktop and the phone box. */
export { renderStaticChart as renderChartTree } from '$lib/charts/render-tree';
