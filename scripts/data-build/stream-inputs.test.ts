// The streamed validation reports what validation of the whole text reports, however the files
// are cut into chunks, and keeps the file's line numbers deep into a big file.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, loadFixture } from '../../test/fixtures/data/load-fixture';
import { formatProblem, validateDataset, type FileReport, type Problem } from '../../src/lib/model/index';
import { writeSyntheticData } from '../bench-data/synthetic.mjs';
import { validateDirectory } from '../build-data';
import { streamDataset } from './stream-inputs';

let work = '';
beforeAll(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'mingjing-stream-'));
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

/** Fixture `name` overlaid on valid/, as a data folder on disk. */
async function fixtureFolder(name: string, folder = name): Promise<string> {
	const dir = path.join(work, folder);
	await cp(path.join(FIXTURES_DIR, 'valid'), dir, { recursive: true });
	if (name !== 'valid') await cp(path.join(FIXTURES_DIR, name), dir, { recursive: true });
	return dir;
}

/** The message with every path cut to its file name (the folders differ, the files do not). */
const byBase = (problem: Problem) => formatProblem(problem, 'en').replace(/[^\s"(]*\/([a-z_]+\.csv)/g, '$1');
const report = (file: FileReport) => ({ ...file, file: path.basename(file.file) });

describe('streamDataset', () => {
	it('reports for every fixture what whole-text validation reports, with 7-byte chunks', async () => {
		const fixtures = (await readdir(FIXTURES_DIR, { withFileTypes: true }))
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(fixtures.length).toBeGreaterThan(15);
		for (const name of fixtures) {
			const whole = validateDataset(loadFixture(name));
			const streamed = await streamDataset(await fixtureFolder(name), { rows: () => {} }, { chunkBytes: 7 });
			expect(streamed.problems.map(byBase), name).toEqual(whole.problems.map(byBase));
			expect(streamed.files.map(report), name).toEqual(whole.files.map(report));
		}
		expect(validateDataset(loadFixture('quoted-newline-line-numbers')).problems.length).toBeGreaterThan(0);
	}, 120_000);

	it('reports a file that stops being UTF-8 after the first chunk, and nothing else of it', async () => {
		const dir = await fixtureFolder('valid', 'not-utf8-late');
		const file = path.join(dir, 'staffing.csv');
		const text = await import('node:fs/promises').then((fs) => fs.readFile(file));
		await writeFile(file, Buffer.concat([text, Buffer.from([0xb1, 0xe0, 0x0a])]));
		const result = await streamDataset(dir, { rows: () => {} }, { chunkBytes: 16 });
		expect(
			result.problems.map((problem) => [path.basename(problem.file), problem.line, problem.code])
		).toEqual([['staffing.csv', null, 'file_not_utf8']]);
		expect(result.files.map((entry) => entry.table)).not.toContain('staffing');
	});

	it('reports a bad amount on line 700,001 of a big synthetic spending.csv with that line', async () => {
		const dir = path.join(work, 'big');
		await writeSyntheticData({ dir, rows: 710_000, corruptLine: 700_001 });
		expect(existsSync(path.join(dir, 'spending.csv'))).toBe(true);
		const result = await validateDirectory(dir);
		expect(
			result.problems.map((problem) => formatProblem(problem, 'en').replace(/^.*?spending/, 'spending'))
		).toEqual([
			'spending.csv:700001:12 (amount): "x" is a placeholder, not a number — write the published number (a figure the source leaves blank is not a row: remove the row instead)'
		]);
		const spending = result.files.find((entry) => entry.table === 'spending');
		expect(spending).toMatchObject({
			rowsRead: 710_133,
			rowsLoaded: 710_132,
			rowsRejected: 1,
			rowsSkipped: 0
		});
	}, 300_000);
});
