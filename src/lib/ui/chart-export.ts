import type { ChartOption } from '$lib/charts/echarts';
import { recordsFromOption } from '$lib/charts/tidy';
import { CSV_BOM, fixedCell, toCsv, type CsvCell } from './csv';
import type { ChartView } from './overview-charts';
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
 * The chart CSV's columns, the same in both languages so a script reading the file does not
 * depend on the page's language (docs/exports.md says what each holds).
 */
export const CHART_CSV_COLUMNS = [
	'chart',
	'department_id',
	'department',
	'year',
	'stage',
	'series',
	'category',
	'value',
	'unit',
	'source_id',
	'locator'
] as const;

export type ExportedChart = Pick<ChartView, 'id' | 'option' | 'unit' | 'records'>;

/**
 * A chart's CSV: tidy, one row per value drawn, department, year and stage each in its own
 * column. The value is a number cell at its published precision (2264, -1950.46, 161.30, never
 * `2,264 万元`); only text cells are neutralised. `departmentName` names a department in the
 * page's language (empty when the page does not say).
 */
export function chartCsv(chart: ExportedChart, departmentName?: (id: string) => string | null): string {
	const records = chart.records ?? recordsFromOption(chart.option, chart.unit);
	const rows: CsvCell[][] = [
		[...CHART_CSV_COLUMNS],
		...records.map((r) => [
			chart.id,
			r.department_id ?? '',
			r.department_id ? (departmentName?.(r.department_id) ?? '') : '',
			r.year,
			r.stage ?? '',
			r.series,
			r.category,
			fixedCell(r.value, r.decimals),
			r.unit,
			r.source_id ?? '',
			r.locator ?? ''
		])
	];
	return CSV_BOM + toCsv(rows);
}
