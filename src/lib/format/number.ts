import type { Locale } from '$lib/i18n/locales';
import { inLocale } from '$lib/i18n/localized';
import { formatDecimal, type DecimalStyle } from './decimal';

/** The only place numbers become strings. Every function takes the reader's locale. */

export type AmountUnit = '万元' | '亿元' | '元';

const AMOUNT_UNIT_LABEL: Record<Locale, Record<AmountUnit, string>> = {
	'zh-CN': { 万元: '万元', 亿元: '亿元', 元: '元' },
	en: { 万元: 'CNY 10k', 亿元: 'CNY 100m', 元: 'CNY' }
};

export interface NumberOptions {
	/** Decimals as published; when unknown, up to `maxDecimals` are shown without padding. */
	decimals?: number | null;
	maxDecimals?: number;
}

function fractionDigits(options: NumberOptions): { min: number; max: number } {
	if (options.decimals !== undefined && options.decimals !== null) {
		return { min: options.decimals, max: options.decimals };
	}
	return { min: 0, max: options.maxDecimals ?? 2 };
}

/** zh-CN and en write numbers alike (decimal.ts), so the locale picks no digits here. */
function decimalStyle(options: NumberOptions, signed: boolean): DecimalStyle {
	return { ...fractionDigits(options), signed };
}

/** A plain number with grouping, e.g. 2,966.94. */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
	return formatDecimal(value, decimalStyle(options, false));
}

/** A signed number for changes: +10.58, −1.2, 0. */
export function formatSigned(value: number, locale: Locale, options: NumberOptions = {}): string {
	return formatDecimal(value, decimalStyle(options, true));
}

export function amountUnitLabel(unit: AmountUnit, locale: Locale): string {
	return AMOUNT_UNIT_LABEL[locale][unit];
}

/** An amount in the unit it was published in: `2,966.94 万元` / `2,966.94 (CNY 10k)`. */
export function formatAmount(
	value: number,
	unit: AmountUnit,
	locale: Locale,
	options: NumberOptions = {}
): string {
	const number = formatNumber(value, locale, options);
	const label = amountUnitLabel(unit, locale);
	return inLocale(locale, { zh: `${number} ${label}`, en: `${number} (${label})` });
}

/**
 * Compact amount for chart axes and card subtitles: 万元 figures of 10,000 or more are shown in
 * 亿元 (zh) or CNY 100m (en). Tables always keep the published unit.
 */
export function formatAmountCompact(value: number, unit: AmountUnit, locale: Locale): string {
	if (unit === '万元' && Math.abs(value) >= 10000) {
		return formatAmount(value / 10000, '亿元', locale, { maxDecimals: 2 });
	}
	return formatAmount(value, unit, locale, { maxDecimals: 2 });
}

/** A percentage stored as the number shown (72.85 → 72.85%). */
export function formatPercent(value: number, locale: Locale, options: NumberOptions = {}): string {
	return `${formatNumber(value, locale, options)}%`;
}

/** A signed relative change in per cent: +57.5%. */
export function formatPercentChange(value: number, locale: Locale, options: NumberOptions = {}): string {
	return `${formatSigned(value, locale, options)}%`;
}

/** A difference of two percentages: `−11.1 个百分点` / `−11.1 percentage points`. */
export function formatPercentagePoints(value: number, locale: Locale, options: NumberOptions = {}): string {
	const number = formatSigned(value, locale, options);
	return inLocale(locale, { zh: `${number} 个百分点`, en: `${number} percentage points` });
}

/** A concentration; Intl has no µg/m³ unit, so the symbol is appended (same in both languages). */
export function formatConcentration(
	value: number,
	unit: 'µg/m³' | 'mg/m³',
	locale: Locale,
	options: NumberOptions = {}
): string {
	return `${formatNumber(value, locale, options)} ${unit}`;
}

/** A file or memory size in binary units, e.g. 1.5 MB, 312 KB (KB/MB/GB as readers know them). */
export function formatBytes(bytes: number, locale: Locale): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${formatNumber(value, locale, { maxDecimals: unit === 0 || value >= 100 ? 0 : 1 })} ${units[unit]}`;
}
