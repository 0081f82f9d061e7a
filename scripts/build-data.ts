// npm run data: validate data/*.csv against the contract (src/lib/model), then write
// static/data/<table>.parquet (SNAPPY), static/data/<table>.csv (normalised) and catalog.json.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	buildCatalog,
	csvFileName,
	parseLang,
	sortProblems,
	validateDataset,
	type Catalog,
	type FileReport,
	type Problem
} from '../src/lib/model/index';
import { checkParquetRowCounts } from './data-build/parquet-check';
import { displayPath, readInputs } from './data-build/read-inputs';
import { problemLines, summaryLines } from './data-build/report';
import { writeTables } from './data-build/write-outputs';

export interface BuildOptions {
	readonly inputDir: string;
	readonly outputDir: string;
	/** Folder of the files under the site root, as written in catalog.json. Default `data`. */
	readonly dataPath?: string;
	/** Time stamp for catalog.json. Default: SOURCE_DATE_EPOCH if set, else now. */
	readonly now?: Date;
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
	const written = await writeTables([...result.tables.values()], options.outputDir);
	const mismatches = await checkParquetRowCounts(written);
	if (mismatches.length > 0) throw new Error(`Parquet read-back failed:\n${mismatches.join('\n')}`);
	const catalog = buildCatalog({
		tables: result.tables,
		generatedAt: buildTime(options.now),
		dataPath: options.dataPath ?? 'data'
	});
	const catalogFile = path.join(options.outputDir, 'catalog.json');
	await writeFile(catalogFile, `${JSON.stringify(catalog)}\n`, 'utf8');
	return { ok: true, problems: [], files: result.files, catalog };
}

async function main(): Promise<void> {
	const lang = parseLang(process.env['MINGJING_LANG']);
	const outputDir = path.join('static', 'data');
	const result = await buildData({ inputDir: 'data', outputDir });
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
