// A Parquet file in data/ is read by `npm run data`, not ignored: the build's own Parquet of the
// real projects table (its one partition), put back as data/projects.parquet, builds to the same
// normalised CSV rows, in the same order.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../build-data';

let work = '';
beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'mingjing-parquet-in-'));
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

function projectsParquet(outputDir: string): string {
	return path.join(outputDir, 'projects', 'department_id=hengyang_eeb', 'data_0.parquet');
}

describe('npm run data reads data/<table>.parquet', () => {
	it('validates and writes a table given as Parquet exactly as from its CSV (published digits kept)', async () => {
		const first = path.join(work, 'first');
		const built = await buildData({ inputDir: 'data', outputDir: first });
		const partitions = built.catalog?.tables.find((table) => table.name === 'projects')?.partitions;
		expect(partitions?.map((partition) => partition.row_count)).toEqual([8]);
		const input = path.join(work, 'data');
		await cp('data', input, { recursive: true });
		await rm(path.join(input, 'projects.csv'));
		await cp(projectsParquet(first), path.join(input, 'projects.parquet'));
		const second = path.join(work, 'second');
		const rebuilt = await buildData({ inputDir: input, outputDir: second });
		expect(rebuilt.problems).toEqual([]);
		const report = rebuilt.files.find((file) => file.table === 'projects');
		expect(report).toMatchObject({
			file: expect.stringMatching(/projects\.parquet$/),
			rowsRead: 8,
			rowsLoaded: 8
		});
		const csv = (dir: string) => readFile(path.join(dir, 'projects.csv'), 'utf8');
		const lines = async (dir: string) => (await csv(dir)).split('\n').sort();
		expect(await lines(second)).toEqual(await lines(first));
		expect((await csv(second)).split('\n')[0]).toBe((await csv(first)).split('\n')[0]);
		expect(await csv(second)).toContain(',25.30,');
	}, 60_000);

	it('refuses a table given twice (CSV and Parquet), naming both files', async () => {
		const input = path.join(work, 'twice');
		await cp('data', input, { recursive: true });
		const first = path.join(work, 'first');
		await cp(projectsParquet(first), path.join(input, 'projects.parquet'));
		const built = await buildData({ inputDir: input, outputDir: path.join(work, 'twice-out') });
		expect(built.ok).toBe(false);
		expect(built.problems.map((problem) => [problem.code, problem.message.en])).toEqual([
			[
				'file_duplicate',
				expect.stringMatching(/^table projects has two files \(.*projects\.csv and .*projects\.parquet\)$/)
			]
		]);
	}, 60_000);
});
