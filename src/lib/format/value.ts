import type { Locale } from '$lib/i18n/locales';
import { inLocale, isEnglish, wordSeparator } from '$lib/i18n/localized';
import {
	formatAmount,
	formatConcentration,
	formatNumber,
	formatPercent,
	formatPercentChange,
	formatPercentagePoints,
	type NumberOptions
} from './number';

/** Units that appear in the data contract, with how each reads in the two languages. */
const COUNT_UNITS_EN: Record<string, string> = {
	人: 'people',
	人次: 'person-times',
	个: '',
	家: 'firms',
	起: 'cases',
	件: 'items',
	吨: 't',
	辆: 'vehicles',
	台: 'units',
	次: 'times',
	张: 'permits',
	处: 'sites',
	条: 'items',
	期: 'sessions',
	座: '',
	项: 'items',
	days: 'days',
	count: '',
	rank: '',
	index: ''
};

/** English singular of the count units that have one: "1 person", not "1 people". */
const COUNT_UNITS_EN_ONE: Record<string, string> = {
	人: 'person',
	人次: 'person-time',
	家: 'firm',
	起: 'case',
	件: 'item',
	辆: 'vehicle',
	台: 'unit',
	次: 'time',
	张: 'permit',
	处: 'site',
	条: 'item',
	期: 'session',
	项: 'item',
	days: 'day'
};

const COUNT_UNITS_ZH: Record<string, string> = { days: '天', count: '', rank: '', index: '' };

/** Label of a unit alone (for table headers and axis names). */
export function unitLabel(unit: string, locale: Locale): string {
	if (unit === '万元' || unit === '亿元' || unit === '元') {
		return formatAmount(0, unit, locale)
			.replace(/^0\s*\(?/, '')
			.replace(/\)$/, '');
	}
	if (unit === '百分点') return inLocale(locale, { zh: '百分点', en: 'percentage points' });
	const table = inLocale(locale, { zh: COUNT_UNITS_ZH, en: COUNT_UNITS_EN });
	return table[unit] ?? unit;
}

/** Any value with its unit, as the reader should see it. */
export function formatValue(
	value: number,
	unit: string,
	locale: Locale,
	options: NumberOptions = {}
): string {
	switch (unit) {
		case '万元':
		case '亿元':
		case '元':
			return formatAmount(value, unit, locale, options);
		case '%':
			return formatPercent(value, locale, options);
		case '百分点':
			return formatPercentagePoints(value, locale, options);
		case 'µg/m³':
		case 'mg/m³':
			return formatConcentration(value, unit, locale, options);
		default: {
			const one = isEnglish(locale) && Math.abs(value) === 1 ? COUNT_UNITS_EN_ONE[unit] : undefined;
			const label = one ?? unitLabel(unit, locale);
			const number = formatNumber(value, locale, options);
			if (!label) return number;
			return `${number}${wordSeparator(locale)}${label}`;
		}
	}
}

/** A stated year-on-year change in the unit the source used (% or 百分点). */
export function formatChange(
	value: number,
	unit: string,
	locale: Locale,
	options: NumberOptions = {}
): string {
	return unit === '百分点'
		? formatPercentagePoints(value, locale, options)
		: formatPercentChange(value, locale, options);
}

/** Units whose name goes once into a column header or axis name instead of after every number. */
function headerUnit(unit: string): boolean {
	return unit !== '%' && unit !== '百分点';
}

/**
 * A value as it reads in a column (or on a chart mark) whose header names the unit: the number at
 * its precision, without the unit's name. Per cent keeps its sign: "%" is part of how a share is
 * written, not a unit label, and a column of ratios reads wrong without it.
 */
export function formatInColumn(
	value: number,
	unit: string,
	locale: Locale,
	options: NumberOptions = {}
): string {
	return headerUnit(unit) ? formatNumber(value, locale, options) : formatValue(value, unit, locale, options);
}

/** A column header or axis name with its unit: `金额（万元）`, `Amount (CNY 10k)`; as is without one. */
export function labelWithUnit(label: string, unit: string | null | undefined, locale: Locale): string {
	const name = unit && headerUnit(unit) ? unitLabel(unit, locale) : '';
	if (!name) return label;
	// A label that already ends in a parenthesis takes the unit inside it: 合计（公布值，万元）.
	const inner = /[)）]$/.exec(label);
	if (inner) return `${label.slice(0, -1)}${inLocale(locale, { zh: '，', en: ', ' })}${name}${inner[0]}`;
	return inLocale(locale, { zh: `${label}（${name}）`, en: `${label} (${name})` });
}
