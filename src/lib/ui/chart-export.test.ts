import { inLocale } from '$lib/i18n/localized';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { chartCsv, renderChartSvg } from './chart-export';
import { expenditureView, pm25View } from './overview-charts';
import type { SourceMap } from './sources';

describe('renderChartSvg', () => {
	it('renders an option off screen to a standalone SVG at the requested size', async () => {
		const svg = await renderChartSvg(
			{
				title: { text: '三公经费' },
				xAxis: { type: 'category', data: ['2021', '2022'] },
				yAxis: { type: 'value' },
				series: [{ type: 'bar', data: [18.4, 28.98] }]
			},
			640,
			400
		);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('width="640"');
		expect(svg).toContain('三公经费');
	});
});

describe('renderChartSvg output', () => {
	it('is well-formed XML even with quoted font names', async () => {
		const svg = await renderChartSvg(
			{
				textStyle: { fontFamily: '"Noto Sans CJK SC", sans-serif' },
				title: { text: 'A & B' },
				xAxis: { type: 'category', data: ['x'] },
				yAxis: {},
				series: [{ type: 'bar', data: [1] }]
			},
			200,
			100
		);
		expect(svg).toContain('font-family:&quot;Noto Sans CJK SC&quot;');
		expect(svg).toContain('A &amp; B');
		expect(svg).not.toMatch(/="[^"]*"[^ >/]/);
	});
});

// The report's own figures (附件1 basic/project expenditure; PM2.5 from the self-assessment and
// the yearbook), through the same view builders the pages use.
const spendingRows = [
	{ fiscal_year: 2021, line_id: 'basic', stage: 'final', amount_wan: 2264, source_id: 'a' },
	{ fiscal_year: 2021, line_id: 'project', stage: 'final', amount_wan: 3129.64, source_id: 'a' },
	{ fiscal_year: 2022, line_id: 'basic', stage: 'budget_initial', amount_wan: 1649.05, source_id: 'b' },
	{ fiscal_year: 2022, line_id: 'project', stage: 'budget_initial', amount_wan: 265.67, source_id: 'b' },
	{ fiscal_year: 2022, line_id: 'basic', stage: 'final', amount_wan: 2966.94, source_id: 'a' },
	{ fiscal_year: 2022, line_id: 'project', stage: 'final', amount_wan: 888.43, source_id: 'a' }
];
const pm25Rows = [
	{ year: 2022, scope: 'urban_area', measure: 'observed', value: 31, unit: 'µg/m³', source_id: 's' },
	{ year: 2021, scope: 'whole_city', measure: 'observed', value: 31, unit: 'µg/m³', source_id: 'y' },
	{ year: 2022, scope: 'whole_city', measure: 'observed', value: 29, unit: 'µg/m³', source_id: 'y' },
	{ year: 2012, scope: 'national_standard', measure: 'limit', value: 35, unit: 'µg/m³', source_id: 'g' }
];

const sources = {
	s: { kind: 'self_assessment' },
	y: { kind: 'yearbook' }
} as unknown as SourceMap;

/** The numbers a data-table cell shows (`2,264 万元` → 2264, `未公布` → none). */
function shownNumbers(cells: string[]): number[] {
	return cells.flatMap((cell) => {
		const match = cell.match(/-?\d[\d,]*(\.\d+)?/);
		return match ? [Number(match[0].replaceAll(',', ''))] : [];
	});
}

function parsed(csv: string): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('chartCsv', () => {
	for (const locale of ['zh-CN', 'en'] as const) {
		it(`${locale}: the spending chart's CSV is tidy and parses back to the table's numbers`, () => {
			const view = expenditureView(spendingRows, locale);
			const [header, ...rows] = parsed(chartCsv(view.option, view.unit));
			expect(header).toEqual(['year', 'series', 'value', 'unit']);
			expect(rows.map((r) => Number(r[2])).sort((a, b) => a - b)).toEqual(
				shownNumbers(view.table.rows.map((r) => r[3] ?? '')).sort((a, b) => a - b)
			);
			expect(rows).toContainEqual([
				'2022',
				inLocale(locale, { zh: '基本支出 · 决算', en: 'Basic expenditure · Final accounts' }),
				'2966.94',
				'万元'
			]);
			expect(rows.every((r) => /^\d{4}$/.test(r[0] ?? '') && Number.isFinite(Number(r[2])))).toBe(true);
		});
		it(`${locale}: the PM2.5 chart's CSV holds the observed values, not the limit line`, () => {
			const view = pm25View(pm25Rows, locale, sources);
			const [, ...rows] = parsed(chartCsv(view.option, view.unit));
			const tableValues = shownNumbers(view.table.rows.flatMap((r) => r.slice(1)));
			expect(rows.map((r) => Number(r[2]))).toEqual(tableValues.length === 3 ? [31, 31, 29] : tableValues);
			expect(tableValues.sort()).toEqual([29, 31, 31]);
			expect(rows.map((r) => [r[0], r[3]])).toEqual([
				['2022', 'µg/m³'],
				['2021', 'µg/m³'],
				['2022', 'µg/m³']
			]);
		});
	}
	it('keeps a negative value a number cell and neutralises a formula-like series name', () => {
		const csv = chartCsv(
			{
				xAxis: { type: 'category', data: ['2022'] },
				series: [{ type: 'bar', name: '=cmd', data: [-1950.46] }]
			},
			'万元'
		);
		expect(parsed(csv)[1]).toEqual(['2022', "'=cmd", '-1950.46', '万元']);
	});
});
