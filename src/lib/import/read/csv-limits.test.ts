import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index';
import { readCsv } from './csv';
import { DEFAULT_MAX_COLUMNS } from './limits';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('row and column limits of a CSV/TSV', () => {
	it('refuses a line wider than 16,384 columns, naming the line and the column past the limit', async () => {
		const wide = Array.from({ length: DEFAULT_MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
		const { workbook, problems } = await openWorkbook('wide.csv', bytes(`a,b\n1,2\n${wide}\n`));
		expect(workbook).toBeNull();
		expect(problems.map((p) => [p.code, p.place])).toEqual([
			['file_too_large', { file: 'wide.csv', sheet: null, row: 3, col: 16385 }]
		]);
		expect(problems[0]?.message.en).toBe(
			'Line 3 has 16,385 columns, over the 16,384-column limit (is the delimiter right?); nothing was imported'
		);
		expect(problems[0]?.message.zh).toBe('第 3 行有 16,385 列，超过上限 16,384 列（分隔符可能不对），未导入');
	});

	it('refuses more rows than the limit, saying how many; a file at the limit is read', () => {
		const text = 'a,b\n1,2\n3,4\n5,6\n';
		const options = { tabByName: false, maxProblems: 50, limits: { rows: 3, columns: 10 } };
		const over = readCsv('long.csv', bytes(text), options);
		expect(over.workbook).toBeNull();
		expect(over.problems.map((p) => p.message.en)).toEqual([
			'The file has 4 rows, over the 3-row import limit; nothing was imported'
		]);
		const at = readCsv('long.csv', bytes(text), { ...options, limits: { rows: 4, columns: 2 } });
		expect(at.problems).toEqual([]);
		expect(at.workbook?.sheets).toHaveLength(1);
	});
});
