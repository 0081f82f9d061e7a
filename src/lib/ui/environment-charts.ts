import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import { formatValue } from '$lib/format';
import { airQualityChart, airYears, type AirPoint, type AirSeries } from '$lib/charts/environment';
import { figureOf, type Figure } from '$lib/queries/figures';
import type { EnvironmentData } from '$lib/queries/environment-model';
import type { Row } from '$lib/queries/query';
import type { ChartView } from './overview-charts';
import { figureRecord } from './chart-records';
import type { SourceMap } from './sources';
import { comparatorSymbol, figureText, seriesLabel, sourceKindLabel } from './environment-labels';

type AirIndicator = 'pm25' | 'pm10';

/** A chart point plus its full text (unit, derived status) and its figure (for the CSV). */
type AirPointView = AirPoint & { text: string; figure: Figure | null };
type AirSeriesView = Omit<AirSeries, 'points'> & { points: AirPointView[] };

function pointOf(row: Row, locale: Locale, prefix = ''): AirPointView {
	const figure = figureOf(row, 'value');
	const derived = row.derivation === 'derived';
	const number = figure ? formatValue(figure.value, '', locale, { decimals: figure.decimals }) : '';
	const withUnit = figure
		? formatValue(figure.value, figure.unit, locale, { decimals: figure.decimals })
		: '';
	return {
		year: Number(row.year),
		value: Number(row.value),
		derived,
		label: derived ? t(locale, 'env_derived_value', { value: number }) : `${prefix}${number}`,
		text: derived ? t(locale, 'env_derived_value', { value: withUnit }) : `${prefix}${withUnit}`,
		figure
	};
}

/** One series per city scope and per benchmark scope, in data order; targets as their own series. */
function airSeries(
	data: EnvironmentData,
	indicator: AirIndicator,
	locale: Locale,
	sources: SourceMap
): AirSeriesView[] {
	const rows = data.rows.filter((r) => r.indicator === indicator && r.period === 'year');
	const observed = rows.filter((r) => r.measure === 'observed');
	const keys = [...new Set(observed.map((r) => `${String(r.region_id)}|${String(r.scope)}`))];
	const isCity = (r: Row) => r.region_id === data.regionId;
	const scopeSeries: AirSeriesView[] = keys.map((key) => {
		const mine = observed.filter((r) => `${String(r.region_id)}|${String(r.scope)}` === key);
		const first = mine.find((r) => r.derivation === 'reported') ?? mine[0]!;
		return {
			key,
			label: seriesLabel(first, locale, { sources, regionNames: data.regionNames }),
			kind: isCity(first) ? 'scope' : 'benchmark',
			points: mine.map((r) => pointOf(r, locale))
		};
	});
	const targets = rows.filter((r) => r.measure === 'target');
	const targetSeries: AirSeriesView[] = [...new Set(targets.map((r) => String(r.source_id)))].map(
		(sourceId) => ({
			key: `target|${sourceId}`,
			label: t(locale, 'env_series_city_target', { source: sourceKindLabel(sources, sourceId, locale) }),
			kind: 'target',
			points: targets
				.filter((r) => r.source_id === sourceId)
				.map((r) => pointOf(r, locale, comparatorSymbol(String(r.comparator))))
		})
	);
	const performance = data.panels[indicator].performance?.target;
	if (performance) {
		const { figure } = performance;
		const number = formatValue(figure.value, '', locale, { decimals: figure.decimals });
		const withUnit = formatValue(figure.value, figure.unit, locale, { decimals: figure.decimals });
		const prefix = performance.comparator === '=' ? '' : comparatorSymbol(performance.comparator);
		targetSeries.push({
			key: 'target|performance',
			label: t(locale, 'env_series_performance_target'),
			kind: 'target',
			points: [
				{
					year: data.year,
					value: figure.value,
					derived: false,
					label: `${prefix}${number}`,
					text: `${prefix}${withUnit}`,
					figure
				}
			]
		});
	}
	return [
		...scopeSeries.sort((a, b) => Number(b.kind === 'scope') - Number(a.kind === 'scope')),
		...targetSeries
	];
}

/** A table cell under a header naming µg/m³ (units light): the point's number, as on the chart. */
function cell(series: AirSeriesView, year: number): string {
	return series.points.find((p) => p.year === year)?.label ?? '—';
}

/** PM2.5 or PM10 by year: each scope its own series, benchmarks, targets and the grade II limit. */
export function airView(
	data: EnvironmentData,
	indicator: AirIndicator,
	locale: Locale,
	sources: SourceMap
): ChartView {
	const series = airSeries(data, indicator, locale, sources);
	const years = airYears(series);
	const limit = data.panels[indicator].limit;
	const unit = 'µg/m³';
	const limitText = limit ? `${comparatorSymbol(limit.comparator)} ${figureText(limit.figure, locale)}` : '—';
	const title = t(locale, indicator === 'pm25' ? 'env_chart_pm25_title' : 'env_chart_pm10_title');
	const option = airQualityChart(series, {
		locale,
		title,
		unit,
		limit: limit ? { value: limit.figure.value, label: `${t(locale, 'grade_ii_limit')} ${limitText}` } : null,
		format: (v) => formatValue(v, unit, locale)
	});
	const details = series
		.map((s) =>
			t(locale, 'env_summary_series', {
				series: s.label,
				values: s.points.map((p) => `${p.year} ${p.text}`).join(', ')
			})
		)
		.join(t(locale, 'list_separator'));
	return {
		id: `env-${indicator}`,
		title,
		option,
		table: {
			columns: [t(locale, 'table_year'), ...series.map((s) => s.label)],
			unit,
			rows: years.map((year) => [String(year), ...series.map((s) => cell(s, year))])
		},
		summary: t(locale, 'env_summary_air', {
			indicator: indicator === 'pm25' ? 'PM2.5' : 'PM10',
			limit: limitText,
			details
		}),
		// A region's figures: no department; the series names the scope or benchmark and its source.
		records: series.flatMap((s) =>
			s.points.flatMap((p) => figureRecord(p.figure, { year: p.year, series: s.label }))
		)
	};
}
