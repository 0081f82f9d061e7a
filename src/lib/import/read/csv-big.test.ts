// Opt-in (MINGJING_BIG_CSV=1): a generated 100 MB CSV opens and streams within the import budget.
import { describe, expect, it } from 'vitest';
import { openWorkbook } from './index';

function bigCsv(megabytes: number): Uint8Array {
	const lines = ['city,year,indicator,value,note'];
	let size = 0;
	for (let i = 0; size < megabytes * 1048576; i++) {
		const line = `衡阳市 ${i % 300},${2000 + (i % 25)},pm25,${(i % 1000) / 10},"note, with comma"`;
		lines.push(line);
		size += line.length + 8; // 衡阳市 is 3 UTF-16 units but 9 UTF-8 bytes; CRLF is 2
	}
	return new TextEncoder().encode(lines.join('\r\n'));
}

describe.runIf(process.env.MINGJING_BIG_CSV === '1')('a 100 MB CSV (opt-in: MINGJING_BIG_CSV=1)', () => {
	it('opens and streams every row in under 15 s', { timeout: 120_000 }, async () => {
		const bytes = bigCsv(100);
		const started = performance.now();
		const { workbook } = await openWorkbook('big.csv', bytes);
		let rows = 0;
		let last = '';
		workbook?.sheets[0]?.eachRow((row) => {
			rows++;
			last = row.cells[4]?.text ?? '';
		});
		const seconds = (performance.now() - started) / 1000;
		console.log(
			`100 MB CSV: ${rows} rows in ${seconds.toFixed(1)} s, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB`
		);
		expect(rows).toBe(workbook?.sheets[0]?.rowCount);
		expect(last).toBe('note, with comma');
		expect(seconds).toBeLessThan(15);
	});
});
