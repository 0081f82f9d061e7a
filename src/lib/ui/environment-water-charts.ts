import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import { formatValue } from '$lib/format';
import { ratioChart, sectionsChart } from '$lib/charts/environment';
import { figureOf } from '$lib/queries/figures';
import type { BoundFigure, EnvironmentData, IndicatorPanel } from '$lib/queries/environment-model';
import type { Row } from '$lib/queries/query';
import type { ChartView } from './overview-charts';
import { rowRecord } from './chart-records';
import type { SourceMap } from './sources';
import { airView } from './environment-charts';
import {
	comparatorSymbol,
	figureText,
	periodLabel,
	seriesLabel,
	sourceKindLabel
} from './environment-labels';

/** The targets a ratio is held to: the city's annual targets and the department's 附件2 target. */
function ratioReferences(panel: IndicatorPanel, locale: Locale, sources: SourceMap) {
	const city = panel.cityTargets
		.filter((c) => c.period === 'year')
		.map((c) => ({
			name: t(locale, 'target_compare', { comparator: '' }).trim(),
			short: sourceKindLabel(sources, c.figure.citation.source_id, locale),
			bound: c as BoundFigure
		}));
	const target = panel.performance?.target;
	const performance = target
		? [{ name: t(locale, 'env_performance_target'), short: t(locale, 'env_ref_performance'), bound: target }]
		: [];
	return [...city, ...performance].map(({ name, short, bound }) => {
		const text = `${comparatorSymbol(bound.comparator)} ${figureText(bound.figure, locale)}`;
		return { value: bound.figure.value, name, text, label: `${short} ${text}` };
	});
}

/** Good-air-day ratio of the selected year: the city's scopes beside the same-year benchmarks. */
export function goodAirView(data: EnvironmentData, locale: Locale, sources: SourceMap): ChartView | null {
	const panel = data.panels.good_air_ratio;
	const rows = data.rows.filter(
		(r) =>
			r.indicator === 'good_air_ratio' &&
			r.period === 'year' &&
			r.measure === 'observed' &&
			r.year === data.year
	);
	const city = rows.filter((r) => r.region_id === data.regionId);
	if (city.length === 0) return null;
	const ordered = [...city, ...rows.filter((r) => r.region_id !== data.regionId)];
	const records = ordered.flatMap((r) =>
		rowRecord(r, 'value', {
			year: data.year,
			series: t(locale, 'card_good_air'),
			category: seriesLabel(r, locale, { sources, regionNames: data.regionNames })
		})
	);
	const bars = ordered.map((r) => {
		const figure = figureOf(r, 'value');
		return {
			label: seriesLabel(r, locale, { sources, regionNames: data.regionNames }),
			value: Number(r.value),
			valueLabel: figureText(figure, locale)
		};
	});
	const references = ratioReferences(panel, locale, sources);
	const title = t(locale, 'env_chart_good_air_title', { year: data.year });
	return {
		id: 'env-good-air',
		title,
		option: ratioChart(bars, { locale, title, references, format: (v) => formatValue(v, '%', locale) }),
		table: {
			columns: [t(locale, 'env_table_series'), t(locale, 'table_value')],
			rows: [...bars.map((b) => [b.label, b.valueLabel]), ...references.map((r) => [r.name, r.text])]
		},
		summary: t(locale, 'env_summary_ratio', {
			year: data.year,
			details: [
				...bars.map((b) => `${b.label} ${b.valueLabel}`),
				...references.map((r) => `${r.name} ${r.text}`)
			].join(t(locale, 'list_separator'))
		}),
		records
	};
}

interface SectionColumnRow {
	label: string;
	/** The year of a whole-year column; null for a bulletin's months. */
	year: number | null;
	total: number | null;
	classII: number | null;
	classIII: number | null;
	rows: { classII: Row | undefined; classIII: Row | undefined };
}

function sectionColumns(data: EnvironmentData, locale: Locale, sources: SourceMap): SectionColumnRow[] {
	const rows = data.rows.filter((r) => r.region_id === data.regionId && r.measure === 'observed');
	const totals = rows.filter((r) => r.indicator === 'surface_water_sections');
	return totals
		.sort((a, b) => Number(a.year) - Number(b.year))
		.map((total) => {
			const row = (indicator: string) =>
				rows.find(
					(r) =>
						r.indicator === indicator &&
						r.year === total.year &&
						r.period === total.period &&
						r.scope === total.scope
				);
			const pick = (indicator: string) => row(indicator)?.value as number | undefined;
			const period = total.period === 'year' ? String(total.year) : periodLabel(String(total.period), locale);
			return {
				label: t(locale, 'scope_series_label', {
					scope: period,
					source: sourceKindLabel(sources, total.source_id, locale)
				}),
				year: total.period === 'year' ? Number(total.year) : null,
				total: Number(total.value),
				classII: pick('surface_water_class_ii_sections') ?? null,
				classIII: pick('surface_water_class_iii_sections') ?? null,
				rows: {
					classII: row('surface_water_class_ii_sections'),
					classIII: row('surface_water_class_iii_sections')
				}
			};
		});
}

/** Surface-water sections by class in every period the data hold (bulletin months and whole years). */
export function sectionsView(data: EnvironmentData, locale: Locale, sources: SourceMap): ChartView | null {
	const columns = sectionColumns(data, locale, sources);
	if (columns.length === 0) return null;
	const title = t(locale, 'env_chart_sections_title');
	const seriesLabels = { classII: t(locale, 'env_class_ii'), classIII: t(locale, 'env_class_iii') };
	const count = (v: number | null) => (v === null ? '—' : formatValue(v, 'count', locale));
	return {
		id: 'env-sections',
		title,
		option: sectionsChart(columns, { locale, title, seriesLabels, unit: t(locale, 'env_unit_sections') }),
		table: {
			columns: [
				t(locale, 'env_table_series'),
				t(locale, 'env_sections'),
				seriesLabels.classII,
				seriesLabels.classIII
			],
			rows: columns.map((c) => [c.label, count(c.total), count(c.classII), count(c.classIII)])
		},
		summary: t(locale, 'env_summary_sections', {
			details: columns
				.map((c) =>
					t(locale, 'env_summary_sections_period', {
						period: c.label,
						total: count(c.total),
						ii: count(c.classII),
						iii: count(c.classIII)
					})
				)
				.join(t(locale, 'list_separator'))
		}),
		records: (['classII', 'classIII'] as const).flatMap((key) =>
			columns.flatMap((c) =>
				rowRecord(c.rows[key], 'value', { year: c.year, series: seriesLabels[key], category: c.label })
			)
		)
	};
}

/** The environment page's charts by name; null where the data hold nothing to draw. */
export function environmentCharts(data: EnvironmentData, locale: Locale, sources: SourceMap) {
	return {
		pm25: airView(data, 'pm25', locale, sources),
		pm10: airView(data, 'pm10', locale, sources),
		goodAir: goodAirView(data, locale, sources),
		sections: sectionsView(data, locale, sources)
	};
}
