import { describe, expect, it } from 'vitest';
import { isMoneyColumn, toWan } from './money';
import { findColumn, TABLES } from './tables';

describe('toWan', () => {
	it('converts 元 and 亿元 to 万元 exactly at the published precision', () => {
		expect(toWan(1234.5, '万元', 1)).toBe(1234.5);
		expect(toWan(123456.78, '元', 2)).toBe(12.345678);
		expect(toWan(8000, '元', 0)).toBe(0.8);
		expect(toWan(2757.82, '亿元', 2)).toBe(27578200);
		// 0.07 × 10000 is 700.0000000000001 in binary floating point.
		expect(toWan(0.07, '亿元', 2)).toBe(700);
		expect(toWan(0.00001, '亿元', 5)).toBe(0.1);
	});
});

describe('isMoneyColumn', () => {
	it('is true for decimals whose unit column allows only money units', () => {
		const amount = findColumn(TABLES.spending, 'amount');
		const share = findColumn(TABLES.spending, 'share_pct_stated');
		const staff = findColumn(TABLES.staffing, 'value');
		const activity = findColumn(TABLES.activities, 'value');
		if (!amount || !share || !staff || !activity) throw new Error('columns');
		expect(isMoneyColumn(TABLES.spending, amount)).toBe(true);
		expect(isMoneyColumn(TABLES.spending, share)).toBe(false);
		expect(isMoneyColumn(TABLES.staffing, staff)).toBe(false);
		// activities.unit is free text (万元, 起, 件 …): no conversion.
		expect(isMoneyColumn(TABLES.activities, activity)).toBe(false);
	});
});
