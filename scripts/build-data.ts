// npm run data: validate data/*.csv against the contract (src/lib/model), then write each table
// as DuckDB + Parquet files (one file, or hive partitions), a normalised CSV for small tables, and
// catalog.json naming exactly the files in the folder (docs/data-model.md, "Built files").
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	buildCatalog,
	csvFileName,
	toNormalisedCsv,
	typedRows,
	parseLang,
	sortProblems,
	validateDataset,
	type Catalog,
	type FileReport,
	type Problem,
	type ValidTable
} from '../src/lib/model/index';
import { checkParquetRowCounts } from './data-build/parquet-check';
import { displayPath, readInputs } from './data-build/read-inputs';
import { problemLines, summaryLines } from './data-build/report';
import { expectedFiles, pruneOutput } from './data-build/prune';
import { writeTables, type StagedTable } from './data-build/write-outputs';

export interface BuildOptions {
	readonly inputDir: string;
	readonly outputDir: string;
	/** Folder of the files under the site root, as written in catalog.json. Default `data`. */
	readonly dataPath?: string;
	/** Time stamp for catalog.json. Default: SOURCE_DATE_EPOCH if set, else now. */
	readonly now?: Date;
	/** Write every table's CSV, however many rows (`npm run data -- --csv`). */
	readonly csv?: boolean;
}

export interface BuildResult {
	readonly ok: boolean;
	readonly problems: readonly Problem[];
	readonly files: readonly FileReport[];
	/** null when nothing was written. */
	readonly catalog: Catalog | null;
}

function buildTime(now: Date | undefined): string {
	const epoch = process.env['SOURCE_DATE_EPOCH'];
	if (now !== undefined) return now.toISOString();
	return epoch === undefined ? new Date().toISOString() : new Date(Number(epoch) * 1000).toISOString();
}

/** Validate `inputDir`; when there is no problem, write every table and catalog.json. */
export async function validateDirectory(inputDir: string) {
	const inputs = await readInputs(inputDir);
	const result = validateDataset(inputs.input, {
		refused: inputs.refused,
		missingFileName: (name) => displayPath(path.join(inputDir, csvFileName(name)))
	});
	return { ...result, problems: sortProblems([...inputs.problems, ...result.problems]) };
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
	const result = await validateDirectory(options.inputDir);
	if (result.problems.length > 0) {
		return { ok: false, problems: result.problems, files: result.files, catalog: null };
	}
	const stagingDir = path.join(options.outputDir, '.staging');
	await mkdir(stagingDir, { recursive: true });
	const staged = await stageTables([...result.tables.values()], stagingDir);
	const built = await writeTables(staged, { outputDir: options.outputDir, csv: options.csv });
	await rm(stagingDir, { recursive: true, force: true });
	const written = built.flatMap((table) =>
		table.partitions.map((partition) => ({
			parquet: path.join(options.outputDir, partition.parquet),
			rows: partition.row_count
		}))
	);
	const mismatches = await checkParquetRowCounts(written);
	if (mismatches.length > 0) throw new Error(`Parquet read-back failed:\n${mismatches.join('\n')}`);
	const sources = result.tables.get('sources');
	const catalog = buildCatalog({
		tables: built,
		sources: sources === undefined ? [] : typedRows('sources', sources),
		generatedAt: buildTime(options.now),
		dataPath: options.dataPath ?? 'data'
	});
	await pruneOutput(options.outputDir, expectedFiles(built));
	const catalogFile = path.join(options.outputDir, 'catalog.json');
	await writeFile(catalogFile, `${JSON.stringify(catalog)}\n`, 'utf8');
	return { ok: true, problems: [], files: result.files, catalog };
}

function sourceIdsOf(table: ValidTable): string[] {
	const ids = new Set<string>();
	for (const row of table.rows) {
		const id = row.values['source_id'];
		if (typeof id === 'string') ids.add(id);
	}
	return [...ids].sort();
}

async function stageTables(tables: readonly ValidTable[], stagingDir: string): Promise<StagedTable[]> {
	const staged: StagedTable[] = [];
	for (const valid of tables) {
		const csvPath = path.join(stagingDir, `${valid.table.name}.csv`);
		await writeFile(csvPath, toNormalisedCsv(valid.table, valid.rows), 'utf8');
		staged.push({ table: valid.table, csvPath, rows: valid.rows.length, sourceIds: sourceIdsOf(valid) });
	}
	return staged;
}

async function main(): Promise<void> {
	const lang = parseLang(process.env['MINGJING_LANG']);
	const outputDir = path.join('static', 'data');
	const result = await buildData({ inputDir: 'data', outputDir, csv: process.argv.includes('--csv') });
	if (!result.ok) {
		console.error(problemLines(result.problems, lang).join('\n'));
		console.error(summaryLines(result.files, lang).join('\n'));
		process.exitCode = 1;
		return;
	}
	const heading = lang === 'en' ? `Wrote ${outputDir}:` : `已写出 ${outputDir}：`;
	console.log([heading, ...summaryLines(result.files, lang)].join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
}
