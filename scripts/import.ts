// npm run import -- FILE... : real published exports (XLSX, CSV/TSV in any common encoding,
// Parquet) into the data contract. Prints per file the encoding, layout, recipe and
// `read N = imported + rejected + skipped` with every problem; with --out writes/appends CSVs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseLang, type Lang, type TableName } from '../src/lib/model/index';
import { importWorkbook, rowsOf, totalCounts, type ImportOptions } from '../src/lib/import/import';
import { LAYOUTS } from '../src/lib/import/layouts/index';
import { parseRecipe } from '../src/lib/import/layouts/recipe';
import { openWorkbook } from '../src/lib/import/read/index';
import { recipeJson } from '../src/lib/import/recipe-json';
import { Registry, type ReferenceTable } from '../src/lib/import/registry';
import { formatCounts, formatEncoding, formatImportProblem, formatNote, formatSheet } from '../src/lib/import/report';
import type { ContractRows, Recipe, SheetImport } from '../src/lib/import/types';
import { parseCli, type CliArgs } from './import/args';
import { readHeld, writeTable } from './import/write';

const REFERENCE: readonly ReferenceTable[] = ['regions', 'departments', 'sources'];

export interface RunResult {
	readonly lines: string[];
	readonly ok: boolean;
	readonly sheets: SheetImport[];
	readonly rows: ContractRows;
	readonly registry: Registry;
}

async function loadRegistry(dir: string): Promise<Registry> {
	const existing: Partial<Record<ReferenceTable, ReturnType<typeof Object>[]>> = {};
	for (const table of REFERENCE) existing[table] = (await readHeld(dir, table)).rows;
	return new Registry(existing as ConstructorParameters<typeof Registry>[0]);
}

async function loadRecipe(file: string, lines: string[], lang: Lang): Promise<Recipe | null> {
	const parsed = parseRecipe(JSON.parse(await readFile(file, 'utf8')) as unknown);
	if (!Array.isArray(parsed)) return parsed;
	for (const problem of parsed) lines.push(formatImportProblem({ ...problem, place: { ...problem.place, file } }, lang));
	return null;
}

function optionsOf(args: CliArgs, recipe: Recipe | null): ImportOptions {
	const { department, departmentId, departmentEn, year, stage, sourceId } = args;
	const given = { department, departmentId, departmentEn, year, stage, sourceId };
	const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
	return { ...defined, ...(recipe === null ? {} : { recipe }) } as ImportOptions;
}

async function importOne(file: string, args: CliArgs, registry: Registry, context: { lang: Lang; recipe: Recipe | null }) {
	const { lang } = context;
	const lines = [path.basename(file)];
	const opened = await openWorkbook(path.basename(file), new Uint8Array(await readFile(file)));
	if (opened.workbook === null) {
		lines.push(...opened.problems.map((problem) => `  ${formatImportProblem(problem, lang)}`));
		return { lines, sheets: [] as SheetImport[], failed: true };
	}
	const { workbook } = opened;
	lines.push(`  ${lang === 'en' ? 'format' : '格式'}: ${workbook.format}; ${formatEncoding(workbook.encoding, lang)}`);
	for (const note of workbook.notes) lines.push(`  ${lang === 'en' ? 'note' : '说明'}: ${formatNote(note, lang)}`);
	const sheets = importWorkbook(workbook, LAYOUTS, registry, optionsOf(args, context.recipe));
	for (const sheet of sheets) lines.push(...formatSheet(sheet, lang, { recipe: true }));
	const failed = sheets.every((sheet) => sheet.counts.imported === 0) || sheets.some((sheet) => sheet.problems.length > 0);
	return { lines, sheets, failed };
}

async function saveRecipes(dir: string, file: string, sheets: readonly SheetImport[]): Promise<string[]> {
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	for (const sheet of sheets) {
		if (sheet.recipe === null) continue;
		const suffix = sheets.length > 1 ? `.${sheet.sheet ?? 'sheet'}` : '';
		const target = path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, '')}${suffix}.recipe.json`);
		await writeFile(target, `${recipeJson(sheet.recipe)}\n`, 'utf8');
		written.push(target);
	}
	return written;
}

async function writeOut(dir: string, rows: ContractRows, registry: Registry, lang: Lang): Promise<string[]> {
	const lines: string[] = [];
	const all: ContractRows = { ...rows, ...registry.added };
	for (const [table, list] of Object.entries(all) as [TableName, ContractRows[TableName]][]) {
		if (list === undefined || list.length === 0) continue;
		const outcome = await writeTable(dir, table, list);
		const { added, duplicates, restatements } = outcome;
		lines.push(
			lang === 'en'
				? `${dir}/${table}.csv: added ${added.length} (of which ${restatements} restatements, is_primary=false), already held ${duplicates.length}`
				: `${dir}/${table}.csv：新增 ${added.length} 行（其中 ${restatements} 行为其他来源的重述，is_primary=false），已存在未重复写入 ${duplicates.length} 行`
		);
	}
	return lines;
}

/** The whole CLI run, returning what it prints (tests call this directly). */
export async function runImport(args: CliArgs, lang: Lang): Promise<RunResult> {
	const lines: string[] = [];
	const registry = await loadRegistry(args.out ?? 'data');
	const recipe = args.recipe === undefined ? null : await loadRecipe(args.recipe, lines, lang);
	if (args.recipe !== undefined && recipe === null) return { lines, ok: false, sheets: [], rows: {}, registry };
	const sheets: SheetImport[] = [];
	let ok = true;
	for (const file of args.files) {
		const one = await importOne(file, args, registry, { lang, recipe });
		lines.push(...one.lines);
		sheets.push(...one.sheets);
		if (one.failed) ok = false;
		if (args.saveRecipe !== undefined) lines.push(...(await saveRecipes(args.saveRecipe, file, one.sheets)).map((f) => `  → ${f}`));
	}
	lines.push(formatCounts(totalCounts(sheets), lang));
	const rows = rowsOf(sheets);
	if (args.out === undefined) lines.push(lang === 'en' ? 'dry run: nothing written (use --out DIR)' : '试运行：未写入任何文件（用 --out DIR 写出）');
	else lines.push(...(await writeOut(args.out, rows, registry, lang)));
	return { lines, ok, sheets, rows, registry };
}

async function main(): Promise<void> {
	const lang = parseLang(process.env['MINGJING_LANG']);
	let args: CliArgs;
	try {
		args = parseCli(process.argv.slice(2));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 2;
		return;
	}
	const result = await runImport(args, lang);
	console.log(result.lines.join('\n'));
	if (!result.ok) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
}
