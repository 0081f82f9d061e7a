import type { ChartOption } from '$lib/charts/echarts';
import { chartValues } from '$lib/charts/tidy';
import { CSV_BOM, toCsv, type CsvCell } from './csv';
import { serialiseSvgTree } from './export-svg';

/**
 * Browser-side chart exports. The chart is rendered again off screen with ECharts' SVG renderer
 * (its SSR mode works in the browser and needs no DOM), so an export never depends on the size
 * of the chart on screen; the PNG is that SVG drawn onto a canvas, which keeps one renderer
 * registered and needs nothing the page's CSP forbids (img-src allows blob:).
 */
export async function renderChartSvg(option: ChartOption, width: number, height: number): Promise<string> {
	const { renderChartTree } = await import('$lib/charts/render-tree');
	return serialiseSvgTree(renderChartTree(option, width, height));
}

/** Draws an SVG document onto a canvas at `scale` and returns the PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('canvas 2d context unavailable');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export { downloadBlob } from './download';

/**
 * A chart's CSV: tidy, one row per value drawn (year or category, series, value, unit). The value
 * is a number cell (2264, -1950.46, never `2,264 (CNY 10k)`); the column names are the same in
 * both languages so a script reading the file does not depend on the page's language.
 */
export function chartCsv(option: ChartOption, unit: string | undefined): string {
	const { categoryKind, values } = chartValues(option);
	const rows: CsvCell[][] = [
		[categoryKind, 'series', 'value', 'unit'],
		...values.map((v) => [
			categoryKind === 'year' ? Number(v.category) : v.category,
			v.series,
			v.value,
			unit ?? ''
		])
	];
	return CSV_BOM + toCsv(rows);
}
