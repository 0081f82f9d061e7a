import { describe, expect, it } from 'vitest';
import { OVERSCAN, ROW_HEIGHT, initialWidth, visibleWindow } from './grid';
import { HISTORY_LIMIT, readHistory, withQuery } from './history';

describe('result grid window', () => {
	it('renders the rows in view plus a margin, never past the result', () => {
		expect(visibleWindow({ scrollTop: 0, height: 420, rowCount: 100000 })).toEqual({
			start: 0,
			end: Math.ceil(420 / ROW_HEIGHT) + OVERSCAN
		});
		const middle = visibleWindow({ scrollTop: 50000 * ROW_HEIGHT, height: 420, rowCount: 100000 });
		expect(middle.start).toBe(50000 - OVERSCAN);
		expect(middle.end - middle.start).toBeLessThan(60);
		expect(visibleWindow({ scrollTop: 99999 * ROW_HEIGHT, height: 420, rowCount: 100000 }).end).toBe(100000);
		expect(visibleWindow({ scrollTop: 0, height: 420, rowCount: 3 })).toEqual({ start: 0, end: 3 });
	});
	it('starts wide columns for text and Chinese headers', () => {
		expect(initialWidth('n', 'number')).toBe(90);
		expect(initialWidth('执行率%（报告所述）', 'number')).toBeGreaterThan(140);
	});
});

describe('query history', () => {
	it('keeps the newest first, without duplicates, bounded', () => {
		let history: string[] = [];
		for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = withQuery(history, `SELECT ${i}`);
		history = withQuery(history, '  SELECT 10  ');
		expect(history[0]).toBe('SELECT 10');
		expect(history.filter((q) => q === 'SELECT 10')).toHaveLength(1);
		expect(history).toHaveLength(HISTORY_LIMIT);
		expect(withQuery(history, '   ')).toEqual(history);
	});
	it('survives a corrupt or foreign entry in storage', () => {
		expect(readHistory({ getItem: () => '{not json' })).toEqual([]);
		expect(readHistory({ getItem: () => '["SELECT 1", 2, null]' })).toEqual(['SELECT 1']);
	});
});
