import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import type { QueryRunner } from '$lib/queries/query';

/** Fixtures of the audit: `base/` (departments, sources, empty fact tables) plus one folder per case. */
export const AUDIT_FIXTURES = path.join('test', 'fixtures', 'audit');

const made: string[] = [];

async function copyCsvs(from: string, to: string): Promise<void> {
	for (const name of await readdir(from)) {
		if (name.endsWith('.csv')) await copyFile(path.join(from, name), path.join(to, name));
	}
}

/**
 * Builds a fixture exactly as the site's data are built (validation, `_decimals` columns,
 * Parquet) and opens it in DuckDB (Node): `base/` overlaid with the tables in `case`.
 */
export async function fixtureRunner(fixture: string): Promise<QueryRunner> {
	const input = await mkdtemp(path.join(tmpdir(), 'mingjing-audit-in-'));
	const output = await mkdtemp(path.join(tmpdir(), 'mingjing-audit-out-'));
	made.push(input, output);
	await copyCsvs(path.join(AUDIT_FIXTURES, 'base'), input);
	const dir = path.join(AUDIT_FIXTURES, fixture);
	if (!existsSync(dir)) throw new Error(`no fixture ${dir}`);
	await copyCsvs(dir, input);
	const built = await buildData({ inputDir: input, outputDir: output });
	if (!built.ok) {
		const problems = built.problems.map((p) => JSON.stringify(p)).join('\n');
		throw new Error(`fixture ${fixture} does not validate:\n${problems}`);
	}
	const conn = await openNodeDatabase(output);
	return (query) => runOn(conn, query);
}

/** The embedded data (data/*.csv), built into a temporary folder. */
export async function embeddedRunner(): Promise<QueryRunner> {
	const output = await mkdtemp(path.join(tmpdir(), 'mingjing-audit-data-'));
	made.push(output);
	const built = await buildData({ inputDir: 'data', outputDir: output });
	if (!built.ok) throw new Error('data/*.csv do not validate: run npm run data');
	const conn = await openNodeDatabase(output);
	return (query) => runOn(conn, query);
}

export async function removeFixtureBuilds(): Promise<void> {
	await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
