import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { inLocale } from '$lib/i18n/localized';
import type { ChartOption } from './echarts';
import { rankedBarsChart } from './city-ranking';
import { airQualityChart, ratioChart, sectionsChart } from './environment';
import { expenditureChart, type SpendingPoint } from './expenditure';
import { groupedBarsChart } from './grouped-bars';
import { fitChart, legendHeight } from './layout';
import { concentrationChart } from './pm25';
import { projectFundingChart } from './projects';
import { renderStaticChart } from './render-tree';
import { resultChart, resultChartData } from './result';
import type { SvgNode } from './svg-tree';
import { textWidth } from './text-width';
import { CJK_FIRST_FONTS, LATIN_FIRST_FONTS, chartFont } from './theme';
import { stackedPartsChart } from './three-public';

// 附件1: basic and project expenditure, 2022 final (万元).
const spending: SpendingPoint[] = [
	{ fiscal_year: 2022, line_id: 'basic', stage: 'final', amount: 2966.94, unit: '万元' },
	{ fiscal_year: 2022, line_id: 'project', stage: 'final', amount: 888.43, unit: '万元' }
];

/** Every chart builder, as a page in `locale` calls it. */
function everyChart(locale: Locale): Record<string, ChartOption> {
	const format = String;
	return {
		expenditure: expenditureChart(spending, {
			locale,
			title: 'Expenditure',
			lineLabels: { basic: 'Basic', project: 'Project' },
			stageLabels: { final: 'final accounts' },
			stages: ['final']
		}),
		pm25: concentrationChart(
			[{ year: 2022, scope: 'urban_area', measure: 'observed', value: 31, unit: 'µg/m³' }],
			{ locale, title: 'PM2.5', scopeLabels: { urban_area: 'Urban area' }, limitLabel: 'Grade II' }
		),
		grouped: groupedBarsChart({
			locale,
			title: 'Three public expenses',
			unit: '万元',
			categories: ['2022'],
			series: [{ label: 'final', values: [28.98], kind: 'final' }]
		}),
		parts: stackedPartsChart({
			locale,
			title: 'Parts',
			unit: '万元',
			columns: ['2022'],
			parts: [{ label: 'reception', values: [3.4] }],
			total: { label: 'total', values: [28.98] }
		}),
		ranked: rankedBarsChart({
			locale,
			title: 'PM2.5 2022',
			unit: 'µg/m³',
			format,
			bars: [{ label: 'Hengyang', value: 29, valueText: '29', highlighted: true }]
		}),
		air: airQualityChart([], { locale, title: 'PM2.5', unit: 'µg/m³', limit: null, format }),
		ratio: ratioChart([{ label: 'Urban area', value: 87.9, valueLabel: '87.9%' }], {
			locale,
			title: 'Good air',
			references: [],
			format
		}),
		sections: sectionsChart([{ label: '2022', classII: 37, classIII: 7 }], {
			locale,
			title: 'Sections',
			seriesLabels: { classII: 'II', classIII: 'III' },
			unit: 'sections'
		}),
		projects: projectFundingChart(
			[{ label: 'Emission trading', budgetFullYear: 10, executed: 9.97, lineFinal: 9.97, flagged: false }],
			{
				locale,
				title: 'Projects',
				unit: '万元',
				seriesLabels: { budgetFullYear: 'budget', executed: 'executed', lineFinal: 'final' },
				flagMark: '⚠ '
			}
		),
		result: resultChart(resultChartData([{ x: '2022', ys: [28.98] }], ['final'], '—'), {
			locale,
			type: 'bar',
			title: 'SQL',
			xName: 'year',
			formatValue: format,
			emptyLabel: '—'
		})
	};
}

const fontOf = (option: ChartOption) =>
	(option as { textStyle: { fontFamily: string } }).textStyle.fontFamily;

function textStyles(node: SvgNode): string[] {
	const own = node.tag === 'text' ? [node.attrs.style ?? ''] : [];
	return [...own, ...node.children.flatMap(textStyles)];
}

describe('chart fonts follow the page language', () => {
	it('English: Latin fonts first, the CJK ones after them; Chinese: the CJK font first', () => {
		expect(chartFont('en')).toBe(LATIN_FIRST_FONTS);
		expect(LATIN_FIRST_FONTS.startsWith('"Helvetica Neue", Arial, "Liberation Sans"')).toBe(true);
		expect(LATIN_FIRST_FONTS).toContain('"Noto Sans CJK SC"');
		expect(chartFont('zh-CN')).toBe(CJK_FIRST_FONTS);
		expect(CJK_FIRST_FONTS.startsWith('"Noto Sans CJK SC"')).toBe(true);
	});
	for (const locale of ['en', 'zh-CN'] as const) {
		it(`${locale}: every builder's option and its laid-out option carry the ${locale} stack`, () => {
			const charts = everyChart(locale);
			expect(Object.keys(charts)).toHaveLength(10);
			for (const [name, option] of Object.entries(charts)) {
				expect([name, fontOf(option)]).toEqual([name, chartFont(locale)]);
				expect([name, fontOf(fitChart(option, { width: 360, height: 450 }))]).toEqual([
					name,
					chartFont(locale)
				]);
			}
		});
		it(`${locale}: every <text> of the prerendered SVG is drawn in the same stack`, () => {
			const styles = textStyles(renderStaticChart(everyChart(locale).expenditure!));
			expect(styles.length).toBeGreaterThan(10);
			const first = inLocale(locale, {
				zh: 'font-family:"Noto Sans CJK SC"',
				en: 'font-family:"Helvetica Neue", Arial'
			});
			expect(styles.filter((s) => !s.includes(first))).toEqual([]);
		});
	}
});

describe('text is measured in the stack it is drawn in', () => {
	it('’ “ ” · take a full em when a CJK font draws them, a third when a Latin font does', () => {
		expect(textWidth('’“”·', 10, CJK_FIRST_FONTS)).toBe(40);
		expect(textWidth('’“”·', 10, LATIN_FIRST_FONTS)).toBeCloseTo(13.6);
		// Ideographs are a full em in both (the CJK font draws them either way); Latin letters alike.
		expect(textWidth('衡阳 Hengyang 2022', 11, LATIN_FIRST_FONTS)).toBe(
			textWidth('衡阳 Hengyang 2022', 11, CJK_FIRST_FONTS)
		);
	});
	it('a legend of “quoted” names needs more rows in the CJK stack than in the Latin one', () => {
		// In Latin glyphs the three fit one 340 px row; in the CJK font’s full-width ones, two rows.
		const names = ['“Basic” · final', '“Other” · final', '“Total” · final'];
		expect(legendHeight(names, 340, LATIN_FIRST_FONTS).height).toBe(16 + 10);
		expect(legendHeight(names, 340, CJK_FIRST_FONTS).height).toBe(2 * 16 + 12 + 10);
	});
});
