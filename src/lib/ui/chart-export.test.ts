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
const row = (fiscal_year: number, line_id: string, stage: string, amount: number, source_id: string) => ({
	fiscal_year,
	line_id,
	stage,
	amount,
	amount_decimals: (String(amount).split('.')[1] ?? '').length,
	amount_wan: amount,
	unit: '万元',
	source_id,
	locator: `附件1 / ${line_id}`
});
const spendingRows = [
	row(2021, 'basic', 'final', 2264, 'a'),
	row(2021, 'project', 'final', 3129.64, 'a'),
	row(2022, 'basic', 'budget_initial', 1649.05, 'b'),
	row(2022, 'project', 'budget_initial', 265.67, 'b'),
	row(2022, 'basic', 'final', 2966.94, 'a'),
	row(2022, 'project', 'final', 888.43, 'a')
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

const HEADER = [
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
];

describe('chartCsv', () => {
	for (const locale of ['zh-CN', 'en'] as const) {
		it(`${locale}: the expenditure chart's CSV has year, stage and line apart, numbers as in the table`, () => {
			const view = expenditureView(spendingRows, locale, 'hengyang_eeb');
			const names = (id: string) => (id === 'hengyang_eeb' ? '衡阳市生态环境局' : null);
			const [header, ...rows] = parsed(chartCsv(view, names));
			expect(header).toEqual(HEADER);
			expect(rows.map((r) => Number(r[7])).sort((a, b) => a - b)).toEqual(
				shownNumbers(view.table.rows.map((r) => r[3] ?? '')).sort((a, b) => a - b)
			);
			expect(rows).toContainEqual([
				'expenditure',
				'hengyang_eeb',
				'衡阳市生态环境局',
				'2022',
				'final',
				inLocale(locale, { zh: '基本支出', en: 'Basic expenditure' }),
				'',
				'2966.94',
				'万元',
				'a',
				'附件1 / basic'
			]);
			// No label packs a stage or a year: both have their own columns.
			expect(rows.every((r) => !/决算|Final|20\d\d/.test(r[5] ?? ''))).toBe(true);
			expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['budget_initial', 'final']));
		});
		it(`${locale}: the PM2.5 chart's CSV holds the observed values, not the limit line`, () => {
			const view = pm25View(pm25Rows, locale, sources);
			const [, ...rows] = parsed(chartCsv(view));
			const tableValues = shownNumbers(view.table.rows.flatMap((r) => r.slice(1)));
			expect(tableValues.sort()).toEqual([29, 31, 31]);
			expect(rows.map((r) => [r[3], r[7], r[8], r[9]])).toEqual([
				['2022', '31', 'µg/m³', 's'],
				['2021', '31', 'µg/m³', 'y'],
				['2022', '29', 'µg/m³', 'y']
			]);
			// A region's figures: no department, no stage.
			expect(rows.every((r) => r[1] === '' && r[2] === '' && r[4] === '')).toBe(true);
		});
	}
	it('keeps a negative value a number cell and neutralises a formula-like series name', () => {
		const csv = chartCsv({
			id: 'x',
			unit: '万元',
			option: {
				xAxis: { type: 'category', data: ['2022'] },
				series: [{ type: 'bar', name: '=cmd', data: [-1950.46] }]
			}
		});
		expect(parsed(csv)[1]).toEqual(['x', '', '', '2022', '', "'=cmd", '', '-1950.46', '万元', '', '']);
	});
	it('writes a value at its published decimals, a negative one as a number', () => {
		const record = {
			department_id: 'd',
			year: 2022,
			stage: 'final',
			series: '-占比',
			category: '@项目',
			value: -12.5,
			decimals: 2,
			unit: '%',
			source_id: 's',
			locator: '=A1'
		};
		const csv = chartCsv({ id: 'x', option: {}, records: [record] }, () => '+部门');
		const row = parsed(csv)[1]!;
		expect(row).toEqual([
			'x',
			'd',
			"'+部门",
			'2022',
			'final',
			"'-占比",
			"'@项目",
			'-12.50',
			'%',
			's',
			"'=A1"
		]);
		expect(Number(row[7])).toBe(-12.5);
	});
});
