// npm run import -- FILE... : real published exports (XLSX, CSV/TSV in any common encoding,
// Parquet) into the data contract. Prints per file the encoding, layout, recipe and
// `read N = imported + rejected + skipped` with every problem; with --out writes/appends CSVs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TABLE_NAMES, parseLang, type Lang, type TableName } from '../src/lib/model/index';
import { totalCounts, type ImportOptions } from '../src/lib/import/import';
import { importWorkbook } from '../src/lib/import/workbook';
import { LAYOUTS } from '../src/lib/import/layouts/index';
import { parseRecipe } from '../src/lib/import/layouts/recipe';
import { openWorkbook } from '../src/lib/import/read/index';
import { recipeToJson } from '../src/lib/import/layouts/recipe';
import { Registry, type ReferenceTable } from '../src/lib/import/registry';
import {
	formatCounts,
	formatFormat,
	formatImportProblem,
	formatNote,
	formatSheet
} from '../src/lib/import/report';
import type { ContractRow, ContractRows, Recipe, SheetImport } from '../src/lib/import/types';
import { RowOut } from './import/out';
import { parseCli, type CliArgs } from './import/args';

const REFERENCE: readonly ReferenceTable[] = ['regions', 'departments', 'sources'];
const FACT_TABLES: readonly TableName[] = TABLE_NAMES.filter(
	(name) => !(REFERENCE as readonly string[]).includes(name)
);

export interface RunResult {
	readonly lines: string[];
	readonly ok: boolean;
	readonly sheets: SheetImport[];
	readonly rows: ContractRows;
	readonly registry: Registry;
}

async function loadRecipe(file: string, lines: string[], lang: Lang): Promise<Recipe | null> {
	const parsed = parseRecipe(JSON.parse(await readFile(file, 'utf8')) as unknown);
	if (!Array.isArray(parsed)) return parsed;
	for (const problem of parsed)
		lines.push(formatImportProblem({ ...problem, place: { ...problem.place, file } }, lang));
	return null;
}

function optionsOf(args: CliArgs, recipe: Recipe | null): ImportOptions {
	const { department, departmentId, departmentEn, year, stage, unit, sourceId } = args;
	const given = { department, departmentId, departmentEn, year, stage, unit, sourceId };
	const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
	return { ...defined, ...(recipe === null ? {} : { recipe }) } as ImportOptions;
}

async function importOne(
	file: string,
	args: CliArgs,
	registry: Registry,
	context: { lang: Lang; recipe: Recipe | null; out: RowOut; keep: (row: ContractRow) => boolean }
) {
	const { lang } = context;
	const lines = [path.basename(file)];
	const opened = await openWorkbook(path.basename(file), new Uint8Array(await readFile(file)));
	if (opened.workbook === null) {
		lines.push(...opened.problems.map((problem) => `  ${formatImportProblem(problem, lang)}`));
		return { lines, sheets: [] as SheetImport[], failed: true };
	}
	const { workbook } = opened;
	lines.push(`  ${formatFormat(workbook, lang)}`);
	for (const note of workbook.notes)
		lines.push(`  ${lang === 'en' ? 'note: ' : '说明：'}${formatNote(note, lang)}`);
	lines.push(...opened.problems.map((problem) => `  ${formatImportProblem(problem, lang)}`));
	const sink = (table: TableName, rows: readonly ContractRow[]) =>
		context.out.take(table, rows, context.keep);
	const sheets = importWorkbook(workbook, LAYOUTS, registry, { ...optionsOf(args, context.recipe), sink });
	for (const sheet of sheets) for (const line of formatSheet(sheet, lang, { recipe: true })) lines.push(line);
	const failed =
		opened.problems.length > 0 ||
		sheets.every((sheet) => sheet.counts.imported === 0) ||
		sheets.some((sheet) => sheet.problems.length > 0);
	return { lines, sheets, failed };
}

async function saveRecipes(dir: string, file: string, sheets: readonly SheetImport[]): Promise<string[]> {
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	for (const sheet of sheets) {
		if (sheet.recipe === null) continue;
		const suffix = sheets.length > 1 ? `.${sheet.sheet ?? 'sheet'}` : '';
		const target = path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, '')}${suffix}.recipe.json`);
		await writeFile(target, `${recipeToJson(sheet.recipe)}\n`, 'utf8');
		written.push(target);
	}
	return written;
}

/** New regions that written facts need (and their parents); departments and sources as added. */
function referenceRows(registry: Registry, out: RowOut): ContractRows {
	const byId = new Map(registry.added.regions.map((row) => [row['region_id'] ?? '', row]));
	const needed = new Set<string>();
	for (let queue = [...out.regionsUsed]; queue.length > 0;) {
		const id = queue.pop() ?? '';
		const row = byId.get(id);
		if (row === undefined || needed.has(id)) continue;
		needed.add(id);
		queue.push(row['parent_region_id'] ?? '');
	}
	const regions = registry.added.regions.filter((row) => needed.has(row['region_id'] ?? ''));
	return {
		regions,
		departments: registry.added.departments,
		sources: registry.added.sources
	} as ContractRows;
}

function tallyLines(out: RowOut, args: CliArgs, lang: Lang): string[] {
	const en = lang === 'en';
	const where = args.out ?? (en ? 'data (dry run)' : 'data（试运行）');
	const lines: string[] = [];
	for (const [table, t] of out.tallies()) {
		if (t.added + t.duplicates + t.outside === 0) continue;
		const outside =
			t.outside === 0
				? ''
				: en
					? `; ${t.outside} outside ${args.within}, left out (--within)`
					: `；${t.outside} 行不在 ${args.within} 范围内，未导入（--within）`;
		lines.push(
			en
				? `${where}/${table}.csv: ${t.added} new, of which ${t.restatements} restate a fact already held (is_primary=false, ${t.restatements - t.disagreeCount} agree); ${t.duplicates} already held, not written again${outside}`
				: `${where}/${table}.csv：新增 ${t.added} 行，其中 ${t.restatements} 行重述了已有事实（is_primary=false，${t.restatements - t.disagreeCount} 行数值一致）；${t.duplicates} 行已存在，未重复写入${outside}`
		);
		for (const line of t.disagree) lines.push(`  ${en ? 'differs' : '数值不一致'}: ${line}`);
	}
	return lines;
}

/** The whole CLI run, returning what it prints (tests call this directly). */
export async function runImport(args: CliArgs, lang: Lang): Promise<RunResult> {
	const lines: string[] = [];
	// The output folder's rows (data/ for a dry run) are read once: they are what is held, and the
	// reference tables among them are what the registry matches names against.
	const out = new RowOut({
		heldIn: args.out ?? 'data',
		...(args.out === undefined ? {} : { out: args.out })
	});
	await out.prepare([...REFERENCE, ...FACT_TABLES]);
	const registry = new Registry({
		regions: out.heldRows('regions'),
		departments: out.heldRows('departments'),
		sources: out.heldRows('sources')
	});
	const recipe = args.recipe === undefined ? null : await loadRecipe(args.recipe, lines, lang);
	if (args.recipe !== undefined && recipe === null)
		return { lines, ok: false, sheets: [], rows: {}, registry };
	const within = args.within === undefined ? undefined : registry.findRegion(args.within)?.['region_id'];
	if (args.within !== undefined && within === undefined) {
		lines.push(
			lang === 'en'
				? `--within ${args.within}: no such region in regions.csv`
				: `--within ${args.within}：regions.csv 中没有该地区`
		);
		return { lines, ok: false, sheets: [], rows: {}, registry };
	}
	const keep = (row: ContractRow): boolean =>
		within === undefined || row['region_id'] === undefined || registry.isWithin(row['region_id'], within);
	const sheets: SheetImport[] = [];
	let ok = true;
	for (const file of args.files) {
		const one = await importOne(file, args, registry, { lang, recipe, out, keep });
		lines.push(...one.lines);
		sheets.push(...one.sheets);
		if (one.failed) ok = false;
		if (args.saveRecipe !== undefined)
			lines.push(...(await saveRecipes(args.saveRecipe, file, one.sheets)).map((f) => `  → ${f}`));
	}
	lines.push(formatCounts(totalCounts(sheets), lang));
	const reference = referenceRows(registry, out);
	for (const table of REFERENCE) out.take(table, reference[table] ?? []);
	lines.push(...tallyLines(out, args, lang));
	if (args.out === undefined)
		lines.push(
			lang === 'en'
				? 'dry run: nothing written (use --out DIR)'
				: '试运行：未写入任何文件（用 --out DIR 写出）'
		);
	return { lines, ok, sheets, rows: out.kept, registry };
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
