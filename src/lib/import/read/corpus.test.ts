import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../layouts/index';
import { Registry } from '../registry';
import type { ContractRow, ImportProblem, RowCounts } from '../types';
import { importWorkbook } from '../workbook';
import { corpus, type CorpusFile } from './corpus-files.test-helper';
import { fileTooLarge, openWorkbook } from './index';

// Issue 13: a malformed-input corpus made by the tests (45 files, generated in memory). Each file
// is imported or refused; every problem names the file (and sheet/row where it has one) and a
// fix; for every sheet read, rows read = imported + rejected + skipped.
const reference = (table: string): ContractRow[] =>
	Papa.parse<ContractRow>(readFileSync(`data/${table}.csv`, 'utf8').replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	}).data;
const registry = () =>
	new Registry({
		regions: reference('regions'),
		departments: reference('departments'),
		sources: reference('sources')
	});

interface Outcome {
	refused: ImportProblem[] | null;
	counts: RowCounts[];
	problems: ImportProblem[];
	notes: string[];
	amounts: string[];
}

async function importOne(file: CorpusFile): Promise<Outcome> {
	const opened = await openWorkbook(file.name, file.bytes);
	if (opened.workbook === null)
		return { refused: [...opened.problems], counts: [], problems: [], notes: [], amounts: [] };
	const sheets = importWorkbook(opened.workbook, LAYOUTS, registry());
	return {
		refused: null,
		counts: sheets.map((s) => s.counts),
		problems: [...opened.problems, ...sheets.flatMap((s) => s.problems)],
		notes: opened.workbook.notes.map((n) => n.message.en),
		amounts: sheets.flatMap((s) => (s.rows.spending ?? []).map((r) => r['amount'] ?? ''))
	};
}

const files = corpus();
const outcomes = new Map<string, Outcome>();
async function outcomeOf(name: string): Promise<Outcome> {
	const file = files.find((f) => f.name === name)!;
	if (!outcomes.has(name)) outcomes.set(name, await importOne(file));
	return outcomes.get(name)!;
}

describe('malformed-input corpus', () => {
	it('has at least 40 files', () => expect(files.length).toBeGreaterThanOrEqual(40));

	it.each(files.map((f) => [f.name, f.what] as const))(
		'%s (%s): imported or refused, with place and fix, counts reconciled',
		async (name) => {
			const outcome = await outcomeOf(name);
			for (const problem of [...(outcome.refused ?? []), ...outcome.problems]) {
				expect(problem.place.file).toBe(name);
				expect(problem.fix.en.length, JSON.stringify(problem)).toBeGreaterThan(10);
				expect(problem.fix.zh.length).toBeGreaterThan(3);
			}
			if (outcome.refused) expect(outcome.refused.length).toBeGreaterThan(0);
			for (const counts of outcome.counts)
				expect(counts.read).toBe(counts.imported + counts.rejected + counts.skipped);
		},
		60_000
	);
});

describe('what the corpus files come to', () => {
	const importedAll = async (name: string, rows = 3) => {
		const outcome = await outcomeOf(name);
		expect(outcome.refused, name).toBeNull();
		expect(
			outcome.counts.reduce((n, c) => n + c.imported, 0),
			name
		).toBe(rows);
		return outcome;
	};
	it('reads every line-end style, BOM and delimiter alike', async () => {
		for (const name of [
			'ok.csv',
			'crlf.csv',
			'cr-only.csv',
			'bom.csv',
			'no-final-newline.csv',
			'blank-lines.csv',
			'semicolon.csv',
			'tabs.tsv',
			'ok.xlsx'
		])
			expect((await importedAll(name)).amounts, name).toEqual(['2264', '1649.05', '2966.94'].slice(0, 3));
	});
	it('rejects the row with a stray BOM, NUL, bidi override, zero-width space or 100,000 characters, naming column and code point', async () => {
		for (const [name, column, what] of [
			['bom-mid-file.csv', 'spending.department_id', 'U+FEFF'],
			['nul.csv', 'spending.line_zh', 'U+0000'],
			['bidi.csv', 'spending.line_en', 'U+202E'],
			['zero-width.csv', 'spending.line_zh', 'U+200B'],
			['long-label.csv', 'spending.line_zh', '100000 characters, more than the 200 allowed']
		] as const) {
			const outcome = await outcomeOf(name);
			const text = outcome.problems.map((p) => p.message.en).join(' | ');
			expect(text, name).toContain(column);
			expect(text, name).toContain(what);
			expect(
				outcome.counts.reduce((n, c) => n + c.rejected, 0),
				name
			).toBe(1);
		}
	});
	it('two BOMs at the start: the second one, left in the header, does not hide the department_id column', async () => {
		expect((await importedAll('double-bom.csv')).amounts).toEqual(['2264', '1649.05', '2966.94']);
	});
	it('never evaluates a formula: the cached value is read, a formula without one reads as empty with a note', async () => {
		expect((await importedAll('formula.xlsx')).amounts[0]).toBe('2264');
		const missing = await outcomeOf('formula-no-value.xlsx');
		expect(missing.notes.join(' ')).toContain('1 formula cells saved without a result');
		expect(missing.amounts).not.toContain('2264');
	});
	it('ignores macros and external links, with a note', async () => {
		expect((await importedAll('macro.xlsm')).notes.join(' ')).toContain('macros never run');
		expect((await importedAll('external-link.xlsx')).notes.join(' ')).toContain('external link');
	});
	it('reads a workbook with 1,000,000 empty styled rows as its three rows', async () => {
		const outcome = await importedAll('styled-rows.xlsx');
		expect(outcome.counts[0]!.read).toBe(
			outcome.counts[0]!.imported + outcome.counts[0]!.rejected + outcome.counts[0]!.skipped
		);
	}, 120_000);
	it('refuses a file that claims one type and is another, every pair', async () => {
		for (const name of [
			'page.xls',
			'page.csv',
			'text.xlsx',
			'text.parquet',
			'not-workbook.xlsx',
			'empty.csv',
			'blank.csv'
		])
			expect((await outcomeOf(name)).refused?.[0]?.code, name).toMatch(/file_type_mismatch|file_empty/);
		expect((await outcomeOf('workbook.csv')).notes.join(' ')).toMatch(/xlsx|workbook/i);
	});
	it('refuses a 2 GB claim before reading, and a zip entry declared over the limit', async () => {
		const claim = fileTooLarge('huge.csv', 2 * 1024 ** 3);
		expect(claim?.message.en).toBe('The file is 2,048 MB, over the 256 MB import limit; it was not read');
		expect(claim?.fix.zh).toContain('拆成几个文件');
		const small = files.find((f) => f.name === 'ok.xlsx')!;
		const refused = await openWorkbook('ok.xlsx', small.bytes, { limits: { maxEntryBytes: 1000 } });
		expect(refused.problems[0]?.code).toBe('xlsx_too_large');
		expect(refused.problems[0]?.message.en).toMatch(/^xl\/.* unpacks to .* over the 0 MB limit for one part/);
		const file = await openWorkbook('ok.csv', files[0]!.bytes, { limits: { maxFileBytes: 100 } });
		expect(file.problems[0]?.code).toBe('file_too_large');
	});
});
