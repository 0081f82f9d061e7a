import type { ChartOption } from './echarts';

/**
 * The figures a chart draws as tidy data: one record per value drawn, with its category (a year,
 * a spending line, a department-year) and its series, read from the option itself so every chart
 * (and the SQL console's) exports exactly what it shows. Reference lines (a national limit, id
 * `reference:…`) are not figures of the chart and are left out; a missing value has no record.
 */
export interface ChartValue {
	category: string;
	series: string;
	value: number;
}

export interface ChartValues {
	/** `year` when every category is a four-digit year, else `category`. */
	categoryKind: 'year' | 'category';
	values: ChartValue[];
}

type Obj = Record<string, unknown>;

function first(value: unknown): Obj | undefined {
	const item = Array.isArray(value) ? value[0] : value;
	return item && typeof item === 'object' ? (item as Obj) : undefined;
}

function categories(option: Obj): string[] {
	const axis = [first(option.xAxis), first(option.yAxis)].find((a) => a?.type === 'category');
	const data = Array.isArray(axis?.data) ? axis.data : [];
	return data.map((d) => (d && typeof d === 'object' ? String((d as Obj).value ?? '') : String(d)));
}

function numberOf(datum: unknown): number | null {
	const value = datum && typeof datum === 'object' && !Array.isArray(datum) ? (datum as Obj).value : datum;
	const last = Array.isArray(value) ? value.at(-1) : value;
	return typeof last === 'number' && Number.isFinite(last) ? last : null;
}

export function chartValues(option: ChartOption): ChartValues {
	const o = option as Obj;
	const names = categories(o);
	const series = (Array.isArray(o.series) ? o.series : [o.series]) as (Obj | undefined)[];
	const values: ChartValue[] = [];
	for (const s of series) {
		if (!s || String(s.id ?? '').startsWith('reference:')) continue;
		const data = Array.isArray(s.data) ? s.data : [];
		data.forEach((datum, i) => {
			const value = numberOf(datum);
			if (value !== null)
				values.push({ category: names[i] ?? String(i), series: String(s.name ?? ''), value });
		});
	}
	const categoryKind = names.length > 0 && names.every((n) => /^\d{4}$/.test(n)) ? 'year' : 'category';
	return { categoryKind, values };
}

/**
 * One plotted value as a tidy record: every dimension in its own field, never packed into a
 * label ("2022 决算数", "衡阳市生态环境局 · 决算"). Chart builders fill these from the figures
 * they draw; the chart's CSV writes one row per record (docs/exports.md).
 */
export interface ChartRecord {
	/** The department the figure is of; null for a region's figures (environment, cities). */
	department_id: string | null;
	/** The year (fiscal or calendar) of the value; null when the period is not a whole year. */
	year: number | null;
	/** The finance stage code (`final`, `budget_initial`, …); null for non-finance figures. */
	stage: string | null;
	/** What is measured, in the page's language, without year, stage or department. */
	series: string;
	/** The entity on the axis when it is none of the above (a project, a city, a period), else ''. */
	category: string;
	/** The value as drawn (money in the chart's unit). */
	value: number;
	/** Published decimals of `value`, when it is the published number itself. */
	decimals: number | null;
	unit: string;
	source_id: string | null;
	locator: string | null;
}

/**
 * Records read from the option alone, for charts without builder records (the SQL console's):
 * a four-digit category is the year, anything else the category; no department or stage.
 */
export function recordsFromOption(option: ChartOption, unit: string | undefined): ChartRecord[] {
	const { categoryKind, values } = chartValues(option);
	return values.map((v) => ({
		department_id: null,
		year: categoryKind === 'year' ? Number(v.category) : null,
		stage: null,
		series: v.series,
		category: categoryKind === 'year' ? '' : v.category,
		value: v.value,
		decimals: null,
		unit: unit ?? '',
		source_id: null,
		locator: null
	}));
}
