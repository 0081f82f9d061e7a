// npm run data: validate data/*.csv against the contract (src/lib/model), then write each table
// as DuckDB + Parquet files (one file, or hive partitions), a normalised CSV for small tables, and
// catalog.json naming exactly the files in the folder (docs/data-model.md, "Built files").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	TABLES,
	buildCatalog,
	parseLang,
	typedRows,
	type Catalog,
	type DatasetResult,
	type FileReport,
	type ParsedRow,
	type Problem
} from '../src/lib/model/index';
import { checkParquetRowCounts } from './data-build/parquet-check';
import { problemLines, summaryLines } from './data-build/report';
import { StagingSink } from './data-build/stage';
import { streamDataset } from './data-build/stream-inputs';
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
	/** Milliseconds spent validating (and staging rows) and writing the files. */
	readonly timings: { readonly validateMs: number; readonly writeMs: number };
}

function buildTime(now: Date | undefined): string {
	const epoch = process.env['SOURCE_DATE_EPOCH'];
	if (now !== undefined) return now.toISOString();
	return epoch === undefined ? new Date().toISOString() : new Date(Number(epoch) * 1000).toISOString();
}

/** Validate `inputDir` as it streams, keeping no rows. */
export async function validateDirectory(inputDir: string): Promise<DatasetResult> {
	return streamDataset(inputDir, { rows: () => {} });
}

/** Validate `inputDir`; when there is no problem, write every table and catalog.json. */
export async function buildData(options: BuildOptions): Promise<BuildResult> {
	// Outside the output folder and static/: a build that is killed half way leaves nothing the
	// site would ship.
	const stagingDir = await mkdtemp(path.join(tmpdir(), 'mingjing-stage-'));
	const sink = new StagingSink(stagingDir);
	const started = performance.now();
	try {
		const result = await streamDataset(options.inputDir, sink);
		const validateMs = performance.now() - started;
		if (result.problems.length > 0) {
			await sink.abort();
			const timings = { validateMs, writeMs: 0 };
			return { ok: false, problems: result.problems, files: result.files, catalog: null, timings };
		}
		const staged = await sink.close();
		const catalog = await writeBuild({ options, staged, sourceRows: sink.sourceRows, workDir: stagingDir });
		const timings = { validateMs, writeMs: performance.now() - started - validateMs };
		return { ok: true, problems: [], files: result.files, catalog, timings };
	} finally {
		await sink.abort();
		await rm(stagingDir, { recursive: true, force: true });
	}
}

async function writeBuild(args: {
	options: BuildOptions;
	staged: readonly StagedTable[];
	sourceRows: readonly ParsedRow[];
	workDir: string;
}): Promise<Catalog> {
	const { options, staged, sourceRows, workDir } = args;
	const built = await writeTables(staged, { outputDir: options.outputDir, csv: options.csv, workDir });
	const written = built.flatMap((table) =>
		table.partitions.map((partition) => ({
			parquet: path.join(options.outputDir, partition.parquet),
			rows: partition.row_count
		}))
	);
	const mismatches = await checkParquetRowCounts(written);
	if (mismatches.length > 0) throw new Error(`Parquet read-back failed:\n${mismatches.join('\n')}`);
	const sources = { table: TABLES.sources, file: 'sources', rows: sourceRows };
	const catalog = buildCatalog({
		tables: built,
		sources: typedRows('sources', sources),
		generatedAt: buildTime(options.now),
		dataPath: options.dataPath ?? 'data'
	});
	await pruneOutput(options.outputDir, expectedFiles(built));
	await writeFile(path.join(options.outputDir, 'catalog.json'), `${JSON.stringify(catalog)}\n`, 'utf8');
	return catalog;
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
