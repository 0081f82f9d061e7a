// The audit over files the importer read: standard 决算/预算 tables made in code (CSV text or XLSX
// bytes) go through `npm run import`'s own runImport into a fresh contract folder, the site's data
// build validates them, and DuckDB (Node) opens the result for runAudit.
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../scripts/build-data';
import { runImport } from '../../scripts/import';
import type { CliArgs } from '../../scripts/import/args';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import type { QueryRunner } from '$lib/queries/query';

export interface ImportFile {
	readonly name: string;
	/** CSV text (written as UTF-8) or XLSX bytes. */
	readonly content: string | Uint8Array;
}

/** One `npm run import` run: its files and flags (e.g. the department a project form needs). */
export interface ImportRun {
	readonly files: readonly ImportFile[];
	readonly flags?: Omit<CliArgs, 'files' | 'out'>;
}

const made: string[] = [];

/**
 * Imports the runs one after another into one folder (test/fixtures/audit/base, plus any
 * `extra` contract CSVs), builds it and opens it. Throws with the importer's report when a run
 * had problems, or with the data build's problems.
 */
export async function importedRunner(
	runs: readonly ImportRun[],
	extra: Readonly<Record<string, string>> = {}
): Promise<{ run: QueryRunner; departments: Map<string, string>; report: string[] }> {
	const work = await mkdtemp(path.join(tmpdir(), 'mingjing-audit-import-'));
	made.push(work);
	const out = path.join(work, 'contract');
	await mkdir(out);
	// The audit fixtures' base: regions, the five departments and their sources, empty fact tables.
	const base = path.join('test', 'fixtures', 'audit', 'base');
	for (const name of await readdir(base)) await copyFile(path.join(base, name), path.join(out, name));
	for (const [name, text] of Object.entries(extra)) await writeFile(path.join(out, name), text);
	const report: string[] = [];
	const departments = new Map<string, string>();
	for (const [index, one] of runs.entries()) {
		const dir = path.join(work, `files-${index}`);
		await mkdir(dir);
		const files: string[] = [];
		for (const file of one.files) {
			const target = path.join(dir, file.name);
			await writeFile(target, file.content);
			files.push(target);
		}
		const result = await runImport({ ...one.flags, files, out }, 'en');
		report.push(...result.lines);
		if (!result.ok) throw new Error(`import failed:\n${result.lines.join('\n')}`);
		for (const row of result.registry.added.departments)
			departments.set(row['name_zh'] ?? '', row['department_id'] ?? '');
	}
	const built = await buildData({ inputDir: out, outputDir: path.join(work, 'built') });
	if (!built.ok) throw new Error(`build failed:\n${built.problems.map((p) => JSON.stringify(p)).join('\n')}`);
	const conn = await openNodeDatabase(path.join(work, 'built'));
	return { run: (query) => runOn(conn, query), departments, report };
}

export async function removeImportedBuilds(): Promise<void> {
	await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
