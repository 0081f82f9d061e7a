// The CLI end to end: real published files from ../shared/real (present here and in CI) and files
// the test makes, imported into a copy of data/, then validated by the project's own data build.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from './build-data';
import { gb18030Bytes } from '../test/fixtures/import/make-text';
import { runImport } from './import';

const REAL = '../shared/real';
const YEARBOOK = (edition: number) =>
	`${REAL}/city-yearbook/china_city_statistical_yearbook_${edition}_prefecture.xlsx`;
let work = '';

beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'mingjing-import-'));
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

async function copyOfData(name: string): Promise<string> {
	const dir = path.join(work, name);
	await cp('data', dir, { recursive: true });
	return dir;
}

async function lineCount(file: string): Promise<number> {
	return (await readFile(file, 'utf8')).trimEnd().split('\n').length;
}

describe('npm run import: files the test makes', () => {
	it('reads a GB18030 three-public table with title rows and says what it found, in zh and en', async () => {
		const csv = [
			'株洲市生态环境局2022年“三公”经费支出决算表',
			'单位：万元',
			'项目,预算数,决算数',
			'合计,50,28.98',
			'因公出国（境）费,0,0',
			'公务用车购置及运行费,30,22.49',
			'公务接待费,20,6.49'
		].join('\r\n');
		const file = path.join(work, 'zhuzhou-three-public.csv');
		await writeFile(file, gb18030Bytes(csv));
		const zh = await runImport({ files: [file] }, 'zh-CN');
		expect(zh.lines).toContain('  格式：csv；编码：GB18030/GBK；分隔符：","');
		expect(zh.lines.some((line) => /版式：standard_three_public/.test(line))).toBe(true);
		const en = await runImport({ files: [file] }, 'en');
		expect(en.lines.at(-1)).toBe('dry run: nothing written (use --out DIR)');
		const spending = en.rows.spending ?? [];
		const total = spending.find((row) => row['line_id'] === 'three_public' && row['stage'] === 'final');
		expect(total).toMatchObject({ amount: '28.98', unit: '万元', fiscal_year: '2022' });
		expect(total?.['locator']).toBe('zhuzhou-three-public.csv / R4 / C3 / 决算数');
		expect(en.registry.added.departments.map((row) => row['name_zh'])).toEqual(['株洲市生态环境局']);
		expect(en.registry.added.departments[0]?.['region_id']).toBe('zhuzhou');
	});

	it('--out data adds the department and source the facts need, and the result validates', async () => {
		const dir = await copyOfData('zhuzhou');
		const file = path.join(work, 'zhuzhou-three-public.csv');
		const result = await runImport({ files: [file], out: dir }, 'en');
		expect(result.ok).toBe(true);
		const departments = await readFile(path.join(dir, 'departments.csv'), 'utf8');
		expect(departments).toMatch(
			/\nd_[0-9a-f]{8},株洲市生态环境局,株洲市生态环境局,株洲市,Zhuzhou,zhuzhou,prefecture,false\n$/
		);
		const sources = await readFile(path.join(dir, 'sources.csv'), 'utf8');
		expect(sources).toContain(',zhuzhou-three-public.csv,');
		const built = await buildData({ inputDir: dir, outputDir: path.join(work, 'zhuzhou-out') });
		expect(built.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message.en}`)).toEqual([]);
		expect(built.files.find((f) => f.table === 'spending')?.rowsLoaded).toBe(133 + 8);
	});

	it('refuses a file it cannot read and says so with the file name', async () => {
		const file = path.join(work, 'empty.csv');
		await writeFile(file, '');
		const result = await runImport({ files: [file] }, 'en');
		expect(result.ok).toBe(false);
		expect(result.lines[1]).toMatch(/^ {2}empty\.csv: .+ — .+/);
	});

	it('says the layout is unknown for a table it does not know, with the fix', async () => {
		const file = path.join(work, 'notes.csv');
		await writeFile(file, 'a note\nanother note\n');
		const result = await runImport({ files: [file] }, 'en');
		expect(result.ok).toBe(false);
		expect(result.lines.join('\n')).toMatch(
			/notes\.csv: the layout of this table is not recognised .* — give a recipe with --recipe/
		);
	});
});

describe.skipIf(!existsSync(REAL))('npm run import: the real files in ../shared/real', () => {
	it('imports the three yearbook editions for Hunan into a copy of data/: agreeing, valid, never doubled', async () => {
		const dir = await copyOfData('yearbooks');
		// data/ holds these imported rows already: take them out first, as before the import.
		for (const table of ['environment', 'regional_finance']) {
			const file = path.join(dir, `${table}.csv`);
			const lines = (await readFile(file, 'utf8')).split('\n');
			await writeFile(file, lines.filter((line) => !line.includes('_prefecture.xlsx / ')).join('\n'));
		}
		const before = await lineCount(path.join(dir, 'environment.csv'));
		const files = [2019, 2021, 2023].map(YEARBOOK);
		const first = await runImport({ files, out: dir, within: '湖南省' }, 'en');
		const report = first.lines.join('\n');
		expect(report).toContain('read 325 = imported 296 + rejected 1 + skipped 28');
		expect(report).toContain('read 324 = imported 296 + rejected 0 + skipped 28');
		expect(report).toMatch(/environment\.csv: 115 new, of which 0 restate/);
		expect(report).toMatch(/regional_finance\.csv: 156 new, of which 0 restate/);
		const hengyang2022 = (first.rows.environment ?? []).find(
			(row) => row['region_id'] === 'hengyang' && row['year'] === '2022' && row['indicator'] === 'pm25'
		);
		expect(hengyang2022).toMatchObject({
			value: '29',
			scope: 'whole_city',
			source_id: 'cn_city_yearbook_2023'
		});
		expect(hengyang2022?.['locator']).toMatch(
			/^china_city_statistical_yearbook_2023_prefecture\.xlsx \/ Sheet1 \/ R198 \/ Q \//
		);
		const built = await buildData({ inputDir: dir, outputDir: path.join(work, 'yearbooks-out') });
		expect(built.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message.en}`)).toEqual([]);
		const after = await lineCount(path.join(dir, 'environment.csv'));
		expect(after - before).toBe(115);
		// The same files again: every fact is already held, nothing is written twice.
		const again = await runImport({ files, out: dir, within: '湖南省' }, 'en');
		expect(again.lines.join('\n')).toMatch(
			/environment\.csv: 0 new, .*; 115 already held, not written again/
		);
		expect(await lineCount(path.join(dir, 'environment.csv'))).toBe(after);
	}, 120_000);

	it('data/ holds exactly what the importer reads from the three yearbooks for Hunan', async () => {
		const files = [2019, 2021, 2023].map(YEARBOOK);
		const dry = await runImport({ files, within: '湖南省' }, 'en');
		const report = dry.lines.join('\n');
		expect(report).toMatch(/environment\.csv: 0 new, .*; 115 already held, not written again/);
		expect(report).toMatch(/regional_finance\.csv: 0 new, .*; 156 already held, not written again/);
		expect(dry.lines.at(-1)).toBe('dry run: nothing written (use --out DIR)');
	}, 120_000);

	it('saves the 2019 recipe, and the saved recipe applied to the 2021 edition gives what recognition gives', async () => {
		const recipes = path.join(work, 'recipes');
		await runImport({ files: [YEARBOOK(2019)], saveRecipe: recipes, within: '湖南省' }, 'en');
		const saved = path.join(recipes, 'china_city_statistical_yearbook_2019_prefecture.recipe.json');
		expect(JSON.parse(await readFile(saved, 'utf8'))).toMatchObject({
			layout: 'city_yearbook',
			year: 2018,
			edition: 2019
		});
		const recognised = await runImport({ files: [YEARBOOK(2021)], within: '湖南省' }, 'en');
		const applied = await runImport({ files: [YEARBOOK(2021)], recipe: saved, within: '湖南省' }, 'en');
		expect(applied.rows.environment).toEqual(recognised.rows.environment);
		expect(applied.rows.regional_finance).toEqual(recognised.rows.regional_finance);
		expect(applied.rows.environment?.length).toBe(39);
	}, 120_000);

	it('imports an NBS province export (GBK, 亿元) into a copy of data/ that still validates', async () => {
		const dir = await copyOfData('nbs');
		const result = await runImport(
			{ files: [`${REAL}/nbs-province-finance/Hunan 2017.csv`], out: dir },
			'en'
		);
		expect(result.lines).toContain('  format: csv; encoding: GB18030/GBK; delimiter: ","');
		const revenue = (result.rows.regional_finance ?? []).find(
			(row) => row['indicator'] === 'general_budget_revenue'
		);
		expect(revenue).toMatchObject({
			region_id: 'hunan',
			scope: 'province',
			year: '2017',
			value: '2757.82',
			unit: '亿元'
		});
		const built = await buildData({ inputDir: dir, outputDir: path.join(work, 'nbs-out') });
		expect(built.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message.en}`)).toEqual([]);
	}, 60_000);
});
