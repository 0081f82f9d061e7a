// The real published files in ../shared/real (never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Row, Workbook } from '../types';
import { openWorkbook } from './index';

const REAL = '../shared/real';
const missing = !existsSync(REAL);

async function open(path: string): Promise<Workbook> {
	const { workbook, problems } = await openWorkbook(
		path.replace(/^.*\//, ''),
		new Uint8Array(readFileSync(`${REAL}/${path}`))
	);
	expect(problems).toEqual([]);
	if (workbook === null) throw new Error(`${path} did not open`);
	return workbook;
}

function rowsOf(workbook: Workbook): Row[] {
	const rows: Row[] = [];
	workbook.sheets[0]?.eachRow((row) => void rows.push(row));
	return rows;
}

const text = (row: Row | undefined, col: number): string | undefined => row?.cells[col - 1]?.text;

describe.skipIf(missing)(`real yearbooks in ${REAL}/city-yearbook (skipped: ${REAL} is absent)`, () => {
	// edition → sheet, Hengyang's row, title row, PM2.5 / sewage / garbage columns and values,
	// general budget revenue 全市 column (万元) and the advert note (2021 and 2023 carry one).
	const editions = [
		{
			edition: 2019,
			sheet: 'Data',
			row: 199,
			titleRow: 1,
			pm: 30,
			figures: ['37', '80.45', '99.51'],
			revenue: [45, '1613489'],
			advert: false
		},
		{
			edition: 2021,
			sheet: 'Sheet1',
			row: 198,
			titleRow: 2,
			pm: 17,
			figures: ['34', '97.27', '100'],
			revenue: [32, '1734698'],
			advert: true
		},
		{
			edition: 2023,
			sheet: 'Sheet1',
			row: 198,
			titleRow: 2,
			pm: 17,
			figures: ['29', '97.6', '100'],
			revenue: [32, '1911059'],
			advert: true
		}
	] as const;

	for (const e of editions) {
		it(`${e.edition} edition: one data sheet, Hengyang's PM2.5 ${e.figures[0]} and budget revenue as published`, async () => {
			const workbook = await open(
				`city-yearbook/china_city_statistical_yearbook_${e.edition}_prefecture.xlsx`
			);
			expect(workbook.format).toBe('xlsx');
			expect(workbook.sheets.map((s) => s.name)).toEqual([e.sheet]);
			const notes = workbook.notes.map((n) => n.message.en);
			expect(notes).toEqual(
				e.advert
					? [
							'Sheet "更多数据，尽在【马克数据网】" is a third-party advert ("百度搜索“马克数据网”，获取更多价值数据！"), not data, and was left out'
						]
					: []
			);
			const rows = rowsOf(workbook);
			expect(text(rows[e.titleRow - 1], 1)).toBe(`中国${e.edition - 1}年地级以上城市数据`);
			const hengyang = rows.filter((row) => text(row, 1)?.trim() === '衡阳市');
			expect(hengyang.map((row) => row.n)).toEqual([e.row]);
			const row = hengyang[0];
			expect([text(row, e.pm), text(row, e.pm + 1), text(row, e.pm + 2)]).toEqual(e.figures);
			expect(row?.cells[e.pm - 1]?.value).toBe(Number(e.figures[0]));
			expect(rows.slice(2, 6).some((header) => text(header, e.pm)?.includes('细颗粒物年平均浓度'))).toBe(
				true
			);
			expect(text(row, e.revenue[0])).toBe(e.revenue[1]);
			// The group header over revenue/expenditure is merged: every cell under it reads it.
			const group = rows.slice(1, 3).map((header) => header.cells[e.revenue[0] - 1]);
			expect(
				group.some((cell) => cell?.mergedFrom !== undefined && cell.text.includes('地方一般公共预算收支状况'))
			).toBe(true);
		});
	}

	it('2019 edition: a cell stored as 8.9700000000000006 reads 8.97, the title is merged over A1:B2', async () => {
		const rows = rowsOf(await open('city-yearbook/china_city_statistical_yearbook_2019_prefecture.xlsx'));
		expect(rows[6]?.cells[20]).toEqual({ text: '8.97', value: 8.97 });
		expect(rows[1]?.cells[1]).toMatchObject({
			text: '中国2018年地级以上城市数据',
			mergedFrom: { row: 1, col: 1 }
		});
	});
});

describe.skipIf(missing)(
	`real NBS exports in ${REAL}/nbs-province-finance (skipped: ${REAL} is absent)`,
	() => {
		const provinces = [
			['Hunan', '2757.82'],
			['Hubei', '3248.32'],
			['Guangdong', '11320.35']
		] as const;
		for (const [province, revenue] of provinces) {
			it(`${province} 2017: GB18030, comma, the metadata lines, revenue on line 5`, async () => {
				const workbook = await open(`nbs-province-finance/${province} 2017.csv`);
				expect([workbook.format, workbook.encoding, workbook.delimiter]).toEqual(['csv', 'gb18030', ',']);
				expect(workbook.notes[0]?.message.en).toContain('Encoding: GB18030/GBK');
				const rows = rowsOf(workbook);
				expect(rows.slice(0, 4).map((row) => row.cells.map((cell) => cell?.text))).toEqual([
					['Database???Annual by Province'],
					[`Region：${province}`],
					['Year：2017'],
					['Indicators', '2017']
				]);
				expect(rows[4]?.n).toBe(5);
				expect(rows[4]?.cells.map((cell) => cell?.text)).toEqual([
					'Local Governments General Budgetary Revenue(100 million yuan)',
					revenue
				]);
				expect(workbook.sheets[0]?.rowCount).toBe(rows.length);
				expect(rows.at(-1)?.cells[0]?.text).toBe('Data Sources：National Bureau of Statistics');
			});
		}

		it('Hunan 2017: a field not published that year is an empty cell, the quoted note keeps its full-width spaces', async () => {
			const rows = rowsOf(await open('nbs-province-finance/Hunan 2017.csv'));
			const business = rows.find(
				(row) => row.cells[0]?.text === 'Local Governments Revenue Business Tax(100 million yuan)'
			);
			expect(business?.cells).toHaveLength(1);
			const note3 = rows.find((row) => row.cells[0]?.text.startsWith('\u3000\u3000\u30003.Before 2001'));
			expect(note3?.cells).toHaveLength(1);
		});
	}
);
