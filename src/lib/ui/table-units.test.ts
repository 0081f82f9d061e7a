import { describe, expect, it } from 'vitest';
import { formatInColumn, labelWithUnit } from '$lib/format';
import type { Figure } from '$lib/queries/figures';
import { columnUnit } from './table-units';

const citation = {
	source_id: 's',
	locator: 'l',
	excerpt: 'e',
	derivation: 'reported' as const,
	formula: null
};
const figure = (value: number, unit: string, signed = false): Figure => ({
	value,
	unit,
	decimals: 2,
	citation,
	...(signed ? { signed } : {})
});

describe('units light: the unit once in the header, numbers alone in the cells', () => {
	it('names the one unit a column shares, and none when units are mixed', () => {
		expect(columnUnit([figure(2264, '万元'), null, figure(2966.94, '万元')])).toBe('万元');
		expect(columnUnit([figure(2264, '万元'), figure(22640000, '元')])).toBeNull();
		expect(columnUnit([figure(57.5, '%', true)])).toBeNull();
		expect(columnUnit([])).toBeNull();
	});
	it('puts the unit in the header in each language', () => {
		expect(labelWithUnit('2022 决算', '万元', 'zh-CN')).toBe('2022 决算（万元）');
		expect(labelWithUnit('2022 Final accounts', '万元', 'en')).toBe('2022 Final accounts (CNY 10k)');
		expect(labelWithUnit('PM2.5', 'µg/m³', 'en')).toBe('PM2.5 (µg/m³)');
		expect(labelWithUnit('Ratio', '%', 'en')).toBe('Ratio');
		expect(labelWithUnit('Amount', null, 'en')).toBe('Amount');
		expect(labelWithUnit('合计（公布值）', '万元', 'zh-CN')).toBe('合计（公布值，万元）');
		expect(labelWithUnit('Total (as stated)', '万元', 'en')).toBe('Total (as stated, CNY 10k)');
	});
	it('prints the report figure without its unit name, per cent with its sign', () => {
		expect(formatInColumn(2966.94, '万元', 'en', { decimals: 2 })).toBe('2,966.94');
		expect(formatInColumn(2966.94, '万元', 'zh-CN', { decimals: 2 })).toBe('2,966.94');
		expect(formatInColumn(201.4, '%', 'en', { decimals: 1 })).toBe('201.4%');
		expect(formatInColumn(31, 'µg/m³', 'zh-CN')).toBe('31');
	});
});
