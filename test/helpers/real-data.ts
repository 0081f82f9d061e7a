import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData } from '../../../scripts/build-data';
import { openNodeDatabase, runOn } from '$lib/server/node-db';
import type { QueryRunner } from './query';

/**
 * Test helper: builds the project's real data/*.csv with the site's own data build into a
 * temporary folder and opens it in DuckDB (Node), so query tests assert the report's figures.
 */
export async function openRealData(): Promise<{ run: QueryRunner; close: () => Promise<void> }> {
	const outputDir = await mkdtemp(path.join(tmpdir(), 'mingjing-dash-'));
	const built = await buildData({ inputDir: 'data', outputDir });
	if (!built.ok) throw new Error(`data build failed: ${built.problems.length} problems`);
	const conn = await openNodeDatabase(outputDir);
	return {
		run: (query) => runOn(conn, query),
		close: async () => {
			conn.closeSync();
			await rm(outputDir, { recursive: true, force: true });
		}
	};
}
