import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import type { TableName } from '$lib/model';
import type { QueryRunner } from '$lib/queries/query';

/** CSV lines (no header) appended to a copy of data/<table>.csv before the build. */
export type ExtraRows = Partial<Record<TableName, readonly string[]>>;

/**
 * Test helper: builds the project's real data/*.csv (plus any `extra` rows) with the site's own
 * data build into a temporary folder and opens it in DuckDB (Node), so query tests assert the
 * reports' published figures.
 */
export async function openRealData(
	extra: ExtraRows = {}
): Promise<{ run: QueryRunner; close: () => Promise<void> }> {
	const work = await mkdtemp(path.join(tmpdir(), 'mingjing-real-'));
	const inputDir = path.join(work, 'data');
	const outputDir = path.join(work, 'out');
	await cp('data', inputDir, { recursive: true });
	for (const [table, lines] of Object.entries(extra)) {
		await appendFile(path.join(inputDir, `${table}.csv`), lines.map((line) => `${line}\n`).join(''));
	}
	const built = await buildData({ inputDir, outputDir });
	if (!built.ok) {
		const problems = built.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message.en}`).join('\n');
		throw new Error(`the real data set does not build:\n${problems}`);
	}
	const conn = await openNodeDatabase(outputDir);
	return {
		run: (query) => runOn(conn, query),
		close: async () => {
			conn.closeSync();
			await rm(work, { recursive: true, force: true });
		}
	};
}
