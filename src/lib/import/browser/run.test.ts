import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv, TABLES } from '../../model/index';
import { parseRecipe, recipeToJson } from '../layouts/recipe';
import type { ContractRow, Recipe } from '../types';
import { buildBundle, factCount, tableCsv } from './bundle-build';
import { downloadCsv, downloadRows, downloadTables } from './downloads';
import type { FileOutcome } from './protocol';
import { badFiles, DEPARTMENT, goodFiles } from './files.test-helper';
import { importBytes } from './run';
import { SIZE_LIMITS, sizeRefusal } from './size-gate';

function held(table: string): ContractRow[] {
	const [head, ...records] = parseCsv(readFileSync(`data/${table}.csv`, 'utf8')).records;
	return records.map((record) =>
		Object.fromEntries((head?.fields ?? []).map((name, i) => [name, record.fields[i] ?? '']))
	);
}
const existing = { regions: held('regions'), departments: held('departments'), sources: held('sources') };
const good = goodFiles();
const published = existing.sources;
const run = (name: string, options = {}) =>
	importBytes({ name, bytes: good[name]!, options, existing, published });
/** A file's facts of one table, read back from the Blob the worker encoded. */
async function facts(outcome: FileOutcome, table: string): Promise<ContractRow[]> {
	const encoded = outcome.tables.find((t) => t.table === table);
	return encoded === undefined ? [] : csvObjects(await encoded.contract.text()).rows;
}

describe('importBytes: a file through the importer as npm run import runs it', () => {
	it('reads the XLSX 支出决算表 with merged headers and title rows', async () => {
		const outcome = await run('linye_2022_expenditure.xlsx');
		expect([outcome.format, outcome.encoding, outcome.problems]).toEqual(['xlsx', null, []]);
		const [sheet] = outcome.sheets;
		expect(sheet?.layout).toBe('standard_expenditure_by_function');
		expect(sheet?.counts).toEqual({ read: 6, imported: 6, rejected: 0, skipped: 0 });
		expect(sheet?.recipe).toMatchObject({ unit: '元', year: 2022, stage: 'final', headerRows: [4, 5, 6] });
		expect(sheet?.tables.map((t) => [t.table, t.rows, t.preview.length])).toEqual([['spending', 16, 16]]);
		const spending = await facts(outcome, 'spending');
		expect(spending).toEqual(sheet?.tables[0]?.preview);
		expect(spending[0]).toMatchObject({
			line_id: 'total',
			amount: '1000000.00',
			fiscal_year: '2022',
			locator: 'linye_2022_expenditure.xlsx / 支出决算表 / R7 / E / 本年支出合计'
		});
		expect(outcome.added.departments.map((row) => [row['name_zh'], row['region_id']])).toEqual([
			[DEPARTMENT, 'hengyang']
		]);
	});

	it('detects GB18030 and UTF-16 text and imports them', async () => {
		const gbk = await run('linye_2022_expenditure_gbk.csv');
		expect([gbk.format, gbk.encoding, gbk.sheets[0]?.counts.imported]).toEqual(['csv', 'gb18030', 6]);
		const utf16 = await run('linye_2023_three_public.csv');
		expect([utf16.format, utf16.encoding, utf16.delimiter]).toEqual(['tsv', 'utf-16le', '\t']);
		expect(utf16.sheets[0]?.counts).toEqual({ read: 6, imported: 3, rejected: 1, skipped: 2 });
		expect(utf16.sheets[0]?.problems.map((p) => [p.code, p.place.row, p.place.col])).toEqual([
			['not_a_number', 9, 3]
		]);
	});

	it('refuses each bad file with a problem naming it, and no rows', async () => {
		const codes: Record<string, string[]> = {};
		for (const [name, bytes] of Object.entries(badFiles())) {
			const outcome = await importBytes({ name, bytes, options: {}, existing, published });
			const problems = [...outcome.problems, ...outcome.sheets.flatMap((sheet) => sheet.problems)];
			codes[name] = problems.map((problem) => problem.code);
			expect(problems.every((problem) => problem.place.file === name)).toBe(true);
			expect(outcome.sheets.flatMap((sheet) => sheet.tables)).toEqual([]);
			expect(outcome.tables).toEqual([]);
		}
		expect(codes).toEqual({
			'empty.csv': ['file_empty'],
			'report.xlsx': ['file_type_mismatch'],
			'notes.csv': ['layout_unknown'],
			'locked.xlsx': ['xlsx_encrypted'],
			'bomb.xlsx': ['xlsx_too_large']
		});
	});

	it('a corrected year wins over the title row; a saved recipe gives the same rows again', async () => {
		const corrected = await run('linye_2022_expenditure.xlsx', { year: 2021 });
		expect(new Set((await facts(corrected, 'spending')).map((row) => row['fiscal_year']))).toEqual(
			new Set(['2021'])
		);
		const first = await run('linye_2022_expenditure_gbk.csv');
		const saved = parseRecipe(JSON.parse(recipeToJson(first.sheets[0]!.recipe!)) as unknown) as Recipe;
		const again = await run('linye_2022_expenditure_gbk.csv', { recipe: saved });
		expect(await facts(again, 'spending')).toEqual(await facts(first, 'spending'));
		expect(await again.tables[0]?.normalised.text()).toBe(await first.tables[0]?.normalised.text());
	});
});

describe('bundle and downloads', () => {
	it('builds one bundle: a part per file and table, reference rows once, counts summed', async () => {
		const outcomes = [await run('linye_2022_expenditure.xlsx'), await run('linye_2022_expenditure_gbk.csv')];
		const bundle = buildBundle(outcomes, 'id-1', '2026-12-02T00:00:00Z');
		expect(bundle.parts.map((part) => [part.table, part.file, part.rows])).toEqual([
			['spending', 'linye_2022_expenditure.xlsx', 16],
			['spending', 'linye_2022_expenditure_gbk.csv', 16]
		]);
		expect(bundle.rows.departments?.length).toBe(1);
		expect(bundle.rows.sources?.map((row) => row['source_id'])).toEqual([
			'linye_2022_expenditure',
			'linye_2022_expenditure_gbk'
		]);
		expect(bundle.counts).toEqual({ read: 12, imported: 12, rejected: 0, skipped: 0 });
		expect(bundle.files.map((file) => [file.name, file.format, file.encoding])).toEqual([
			['linye_2022_expenditure.xlsx', 'xlsx', null],
			['linye_2022_expenditure_gbk.csv', 'csv', 'gb18030']
		]);
		expect(factCount(bundle)).toBe(32);
	});

	it('downloads each table as --out writes it: the GBK copy of the same facts kept, not as primary', async () => {
		const outcomes = [await run('linye_2022_expenditure.xlsx'), await run('linye_2022_expenditure_gbk.csv')];
		const bundle = buildBundle(outcomes, 'id-1', '2026-12-02T00:00:00Z');
		expect(downloadTables(bundle)).toEqual([
			{ table: 'sources', rows: 2 },
			{ table: 'departments', rows: 1 },
			{ table: 'spending', rows: 32 }
		]);
		const spending = await downloadRows(bundle, 'spending');
		expect(spending.length).toBe(32);
		expect(spending.filter((row) => row['is_primary'] === 'true').map((row) => row['source_id'])).toEqual(
			Array(16).fill('linye_2022_expenditure')
		);
		const csv = await (await downloadCsv(bundle, 'spending')).text();
		expect(csv).toBe(tableCsv('spending', spending));
		expect(csv.split('\n')[0]).toBe(TABLES.spending.columns.map((column) => column.name).join(','));
		expect(csv.split('\n')).toHaveLength(34);
		// One file: its part is the download, byte for byte.
		const one = buildBundle([outcomes[0]!], 'id-2', '2026-12-02T00:00:00Z');
		expect(await (await downloadCsv(one, 'spending')).text()).toBe(
			tableCsv('spending', await facts(outcomes[0]!, 'spending'))
		);
	});

	it('refuses a file over the size gate by its size alone', () => {
		expect(sizeRefusal('big.csv', SIZE_LIMITS.text)).toBeNull();
		const refusal = sizeRefusal('big.csv', SIZE_LIMITS.text + 1024 * 1024);
		expect(refusal?.message.en).toBe("the file is 201 MB, over this page's 200 MB limit; it was not read");
		expect(sizeRefusal('big.xlsx', 60 * 1024 * 1024)?.message.zh).toContain(
			'60 MB，超过本页可读取的 50 MB 上限'
		);
	});
});
