import { describe, expect, it } from 'vitest';
import {
	formatAmount,
	formatAmountCompact,
	formatChange,
	formatConcentration,
	formatPercent,
	formatPercentChange,
	formatPercentagePoints,
	formatValue,
	unitLabel
} from './index';

describe('amounts in 万元 and 亿元, as published', () => {
	it('keeps the published unit and decimals in zh-CN', () => {
		expect(formatAmount(2966.94, '万元', 'zh-CN')).toBe('2,966.94 万元');
		expect(formatAmount(25.3, '万元', 'zh-CN', { decimals: 2 })).toBe('25.30 万元');
		expect(formatAmount(1.57, '亿元', 'zh-CN')).toBe('1.57 亿元');
		expect(formatAmount(50, '万元', 'zh-CN')).toBe('50 万元');
	});
	it('reads in English with the unit spelled out', () => {
		expect(formatAmount(2966.94, '万元', 'en')).toBe('2,966.94 (CNY 10k)');
		expect(formatAmount(1.57, '亿元', 'en')).toBe('1.57 (CNY 100m)');
		expect(formatAmount(17200, '元', 'en')).toBe('17,200 (CNY)');
	});
	it('switches to 亿元 for compact display of large 万元 figures', () => {
		expect(formatAmountCompact(15700, '万元', 'zh-CN')).toBe('1.57 亿元');
		expect(formatAmountCompact(6182929, '万元', 'en')).toBe('618.29 (CNY 100m)');
		expect(formatAmountCompact(888.43, '万元', 'zh-CN')).toBe('888.43 万元');
	});
});

describe('percentages and changes', () => {
	it('formats rates and signed changes', () => {
		expect(formatPercent(72.85, 'zh-CN')).toBe('72.85%');
		expect(formatPercent(87.9, 'en')).toBe('87.9%');
		expect(formatPercentChange(57.5, 'en', { decimals: 1 })).toBe('+57.5%');
		expect(formatPercentChange(-14.9, 'zh-CN')).toBe('-14.9%');
		expect(formatPercentChange(0, 'en')).toBe('0%');
	});
	it('distinguishes percentage points from per cent', () => {
		expect(formatPercentagePoints(-11.1, 'zh-CN')).toBe('-11.1 个百分点');
		expect(formatPercentagePoints(1.1, 'en')).toBe('+1.1 percentage points');
		expect(formatChange(-11.4, '百分点', 'en')).toBe('-11.4 percentage points');
		expect(formatChange(-17.8, '%', 'zh-CN')).toBe('-17.8%');
	});
});

describe('concentrations and other units', () => {
	it('appends µg/m³ in both languages', () => {
		expect(formatConcentration(31, 'µg/m³', 'zh-CN')).toBe('31 µg/m³');
		expect(formatConcentration(1.1, 'mg/m³', 'en')).toBe('1.1 mg/m³');
		expect(formatValue(35, 'µg/m³', 'en')).toBe('35 µg/m³');
	});
	it('reads counts with their measure word', () => {
		expect(formatValue(253, '起', 'zh-CN')).toBe('253起');
		expect(formatValue(253, '起', 'en')).toBe('253 cases');
		expect(formatValue(116, '人', 'en')).toBe('116 people');
		// One of a count reads in the singular; zh has no plural.
		expect(formatValue(1, '人', 'en')).toBe('1 person');
		expect(formatValue(1, '项', 'en')).toBe('1 item');
		expect(formatValue(1, '人', 'zh-CN')).toBe('1人');
		expect(formatValue(44, 'count', 'zh-CN')).toBe('44');
	});
	it('labels units alone for headers', () => {
		expect(unitLabel('万元', 'zh-CN')).toBe('万元');
		expect(unitLabel('万元', 'en')).toBe('CNY 10k');
		expect(unitLabel('百分点', 'en')).toBe('percentage points');
	});
});
