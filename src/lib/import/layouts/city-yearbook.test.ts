// The three real 中国城市统计年鉴 editions (../shared/real/city-yearbook): recognised without a recipe,
// columns found by header text in each edition, and the figures of 衡阳市, 长沙市 and 株洲市 exactly as
// the README and the sheets print them (each value also checked against the raw cell its locator names).
import { beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../sheet';
import type { ContractRow, Sheet, SheetImport } from '../types';
import { cityYearbookLayout } from './city-yearbook';
import {
	firstSheet,
	HAVE_REAL,
	recordingContext,
	SKIP_REAL,
	YEARBOOK_FILES,
	type RegionCall
} from './stats-real.test-helper';

type Edition = keyof typeof YEARBOOK_FILES;
const KEYS = [
	'environment:pm25:whole_city',
	'environment:sewage_treatment_rate:whole_city',
	'environment:garbage_harmless_rate:whole_city',
	'regional_finance:general_budget_revenue:whole_city',
	'regional_finance:general_budget_expenditure:whole_city',
	'regional_finance:general_budget_revenue:urban_districts',
	'regional_finance:general_budget_expenditure:urban_districts'
] as const;

/** Figures in KEYS order, read from the sheets (and, for 衡阳市, the README's table). */
const FIGURES: Record<Edition, Record<string, readonly string[]>> = {
	2019: {
		hengyang: ['37', '80.45', '99.51', '1613489', '5314820', '954045', '1901771'],
		changsha: ['48', '96.61', '99.68', '8797072', '13007895', '6609947', '9097509'],
		zhuzhou: ['45', '93.89', '99.99', '1893222', '4562770', '659931', '1424864']
	},
	2021: {
		hengyang: ['34', '97.27', '100', '1734698', '5775145', '1003853', '1966824'],
		changsha: ['41', '98.56', '100', '11000910', '15012319', '8195994', '10432972'],
		zhuzhou: ['32', '96.56', '100', '2045986', '4698064', '1487785', '2784745']
	},
	2023: {
		hengyang: ['29', '97.6', '100', '1911059', '6182929', '994195', '2185492'],
		changsha: ['38', '97.03', '100', '12020004', '15662586', '8900292', '10661411'],
		zhuzhou: ['36', '92.98', '100', '1908795', '5406829', '1316335', '3328714']
	}
};

/** Column letters of the seven figures per edition: the same indicator moves between editions. */
const COLUMNS: Record<Edition, readonly number[]> = {
	2019: [30, 31, 32, 45, 46, 49, 50], // AD AE AF AS AT AW AX
	2021: [17, 18, 19, 32, 33, 36, 37], // Q R S AF AG AJ AK
	2023: [17, 18, 19, 32, 33, 36, 37]
};

const HUNAN = [
	'长沙市',
	'株洲市',
	'湘潭市',
	'衡阳市',
	'邵阳市',
	'岳阳市',
	'常德市',
	'张家界市',
	'益阳市',
	'郴州市',
	'永州市',
	'怀化市',
	'娄底市'
];

function allRows(result: SheetImport): { table: string; row: ContractRow }[] {
	return [
		...(result.rows.environment ?? []).map((row) => ({ table: 'environment', row })),
		...(result.rows.regional_finance ?? []).map((row) => ({ table: 'regional_finance', row }))
	];
}

function figuresOf(result: SheetImport, region: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { table, row } of allRows(result)) {
		if (row['region_id'] === region) out[`${table}:${row['indicator']}:${row['scope']}`] = row['value'] ?? '';
	}
	return out;
}

function cellAt(sheet: Sheet, n: number, col: number): string {
	let text = '';
	sheet.eachRow((row) => {
		if (row.n === n) text = cellText(row, col);
		return row.n < n;
	});
	return text;
}

const LETTERS: Record<string, number> = {
	AD: 30,
	AE: 31,
	AF: 32,
	AS: 45,
	AT: 46,
	AW: 49,
	AX: 50,
	Q: 17,
	R: 18,
	S: 19,
	AG: 33,
	AJ: 36,
	AK: 37
};

describe.skipIf(!HAVE_REAL)(`city yearbook, real editions (${SKIP_REAL})`, () => {
	const runs = new Map<Edition, { sheet: Sheet; result: SheetImport; regions: RegionCall[] }>();
	beforeAll(async () => {
		for (const edition of [2019, 2021, 2023] as const) {
			const file = YEARBOOK_FILES[edition];
			const sheet = await firstSheet('city-yearbook', file);
			const context = recordingContext(file);
			const fit = cityYearbookLayout.recognise(sheet, context);
			if (fit === null) throw new Error(`${file} not recognised`);
			runs.set(edition, {
				sheet,
				result: cityYearbookLayout.apply(sheet, fit.recipe, context),
				regions: context.regions
			});
		}
	}, 60_000);
	const run = (edition: Edition) => {
		const found = runs.get(edition);
		if (found === undefined) throw new Error(`edition ${edition} not run`);
		return found;
	};

	it.each([2019, 2021, 2023] as const)(
		'%i edition: data year from the title, edition = data year + 1, source per edition',
		(edition) => {
			const { recipe, layout } = run(edition).result;
			expect(layout).toBe('city_yearbook');
			expect(recipe?.year).toBe(edition - 1);
			expect(recipe?.edition).toBe(edition);
			expect(recipe?.source).toEqual({
				id: `cn_city_yearbook_${edition}`,
				kind: 'yearbook',
				title_zh: `中国城市统计年鉴${edition}`,
				title_en: `China City Statistical Yearbook ${edition}`,
				publisher_zh: '国家统计局'
			});
			const chosen =
				recipe?.columns.filter(
					(column) => column.meaning.includes(':') && !column.meaning.startsWith('region:')
				) ?? [];
			expect(chosen.map((column) => [column.col, column.meaning])).toEqual(
				KEYS.map((key, i) => [COLUMNS[edition][i], key])
			);
		}
	);

	it.each([2019, 2021, 2023] as const)('%i edition: 衡阳市, 长沙市, 株洲市 exactly as printed', (edition) => {
		const { result } = run(edition);
		for (const city of ['hengyang', 'changsha', 'zhuzhou']) {
			const expected = Object.fromEntries(KEYS.map((key, i) => [key, FIGURES[edition][city]?.[i]]));
			expect(figuresOf(result, city), `${edition} ${city}`).toEqual(expected);
		}
	});

	it.each([2019, 2021, 2023] as const)(
		'%i edition: every value of the three cities is the raw cell its locator names',
		(edition) => {
			const { sheet, result } = run(edition);
			const rows = allRows(result).filter(({ row }) =>
				['hengyang', 'changsha', 'zhuzhou'].includes(row['region_id'] ?? '')
			);
			expect(rows).toHaveLength(21);
			for (const { row } of rows) {
				const match = / \/ R(\d+) \/ ([A-Z]+) \/ /.exec(row['locator'] ?? '');
				const n = Number(match?.[1]);
				const col = LETTERS[match?.[2] ?? ''] ?? 0;
				expect(COLUMNS[edition]).toContain(col);
				expect(Number(cellAt(sheet, n, col))).toBe(Number(row['value']));
				expect(row['excerpt']).toContain(cellAt(sheet, n, 1).trim());
			}
		}
	);

	it('a Hengyang row in full: provenance names file, sheet, row, column and header', () => {
		const pm25 = run(2023).result.rows.environment?.find(
			(row) => row['region_id'] === 'hengyang' && row['indicator'] === 'pm25'
		);
		expect(pm25).toEqual({
			region_id: 'hengyang',
			scope: 'whole_city',
			year: '2022',
			period: 'year',
			indicator: 'pm25',
			measure: 'observed',
			comparator: '=',
			value: '29',
			unit: 'µg/m³',
			yoy_change_stated: '',
			yoy_change_unit: '',
			derivation: 'reported',
			formula: '',
			note: '',
			is_primary: 'true',
			source_id: 'cn_city_yearbook_2023',
			locator:
				'china_city_statistical_yearbook_2023_prefecture.xlsx / Sheet1 / R198 / Q / 2-6 细颗粒物年平均浓度和污水及生活垃圾处理率(全市) 细颗粒物年平均浓度 （微克/立方米） Annual Mean Concentration ofPM2.5 (ug/m3)',
			excerpt: '衡阳市 … Hengyang … 29'
		});
		const revenue = run(2019).result.rows.regional_finance?.find(
			(row) =>
				row['region_id'] === 'hengyang' &&
				row['indicator'] === 'general_budget_revenue' &&
				row['scope'] === 'urban_districts'
		);
		expect(revenue).toEqual({
			region_id: 'hengyang',
			scope: 'urban_districts',
			year: '2018',
			indicator: 'general_budget_revenue',
			indicator_zh: '地方一般公共预算收入',
			indicator_en: 'Local General public budget revenue',
			value: '954045',
			unit: '万元',
			is_primary: 'true',
			source_id: 'cn_city_yearbook_2019',
			locator:
				'china_city_statistical_yearbook_2019_prefecture.xlsx / Data / R199 / AW / 地方一般公共预算收支状况(市辖区)（万元） 地方一般公共预算收入 Local General public budget revenue',
			excerpt: '衡阳市 … Hcngyang … 954045'
		});
	});

	it.each([2019, 2021, 2023] as const)(
		'%i edition: the 13 Hunan prefecture cities, parent from the province row; 湘西 not in the file',
		(edition) => {
			const { sheet, regions } = run(edition);
			expect(regions.filter((region) => region.parent === '湖南省').map((region) => region.name_zh)).toEqual(
				HUNAN
			);
			let xiangxi = false;
			sheet.eachRow((row) => void (xiangxi ||= cellText(row, 1).includes('湘西')));
			expect(xiangxi).toBe(false);
			expect(regions.find((region) => region.name_zh === '上海市')).toEqual({
				name_zh: '上海市',
				name_en: 'Shanghai'
			});
		}
	);

	it('counts: read = imported + rejected + skipped; 宝鸡市 2018 rejected for its unreadable sewage cell', () => {
		expect(run(2019).result.counts).toEqual({ read: 325, imported: 296, rejected: 1, skipped: 28 });
		expect(run(2021).result.counts).toEqual({ read: 324, imported: 296, rejected: 0, skipped: 28 });
		expect(run(2023).result.counts).toEqual({ read: 324, imported: 296, rejected: 0, skipped: 28 });
		const [problem] = run(2019).result.problems;
		expect(run(2019).result.problems).toHaveLength(1);
		expect(problem?.code).toBe('not_a_number');
		expect(problem?.place).toMatchObject({ sheet: 'Data', row: 297, col: 31 });
		expect(problem?.message.zh).toBe('单元格“100.0()”不是数字');
		expect(cellAt(run(2019).sheet, 297, 1)).toBe('宝鸡市');
		expect(figuresOf(run(2019).result, 'r_宝鸡市')).toEqual({});
	});

	it('notes: province rows, cities without figures, variant glyphs read as the standard name', () => {
		const notes = run(2019).result.notes.map((note) => note.message.en);
		expect(notes).toContain(
			'the name "常徳市" in R202 is read as "常德市" (variant glyph or OCR error in the source)'
		);
		expect(notes).toContain('skipped 1 city rows with no figures in the chosen columns (遵义市; R274)');
		expect(notes.some((note) => note.startsWith('skipped 27 province rows (R9, R21,'))).toBe(true);
		expect(run(2023).result.notes.map((note) => note.message.en)).toContain(
			'skipped 1 city rows with no figures in the chosen columns (三沙市; R248)'
		);
	});
});
