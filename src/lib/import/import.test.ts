import { describe, expect, it } from 'vitest';
import { checked, ImportMerger } from './import';
import { Registry } from './registry';
import { sheetFromText } from './sheet';
import type { ContractRow, Layout, Recipe, SheetImport, Workbook } from './types';
import { importWorkbook } from './workbook';

const where = { file: 'f.csv', sheet: null };

function spendingRow(row: number, amount: string, extra: Partial<Record<string, string>> = {}): ContractRow {
	return {
		department_id: 'hengyang_eeb',
		fiscal_year: '2022',
		line_id: 'three_public',
		parent_line_id: '',
		parent_relation: '',
		line_zh: '三公经费',
		line_en: 'three public expenses',
		category: 'three_public',
		stage: 'final',
		amount,
		unit: '万元',
		source_id: 'src_a',
		locator: `f.csv / R${row} / C3 / 决算数`,
		excerpt: `三公经费 … ${amount}`,
		...extra
	};
}

function sheetImport(rows: ContractRow[], imported: number): SheetImport {
	return {
		sheet: 'f.csv',
		layout: 'standard_three_public',
		recipe: null,
		counts: { read: imported, imported, rejected: 0, skipped: 0 },
		rows: { spending: rows },
		problems: [],
		notes: []
	};
}

describe('checked: every imported row fits the contract before it counts', () => {
	it('fills defaults and keeps good rows', () => {
		const result = checked(sheetImport([spendingRow(4, '28.98')], 1), where);
		expect(result.problems).toEqual([]);
		expect(result.rows.spending?.[0]).toMatchObject({
			is_primary: 'true',
			derivation: 'reported',
			amount: '28.98',
			formula: ''
		});
	});

	it('takes out a row that breaks the contract, names its source row, and counts it rejected', () => {
		const rows = [spendingRow(4, '28.98'), spendingRow(5, '1,234.5', { line_id: 'three_public_reception' })];
		const result = checked(sheetImport(rows, 2), where);
		expect(result.rows.spending?.map((row) => row['amount'])).toEqual(['28.98']);
		expect(result.counts).toEqual({ read: 2, imported: 1, rejected: 1, skipped: 0 });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.place).toEqual({ file: 'f.csv', sheet: null, row: 5, col: null });
		expect(result.problems[0]?.message.en).toContain('spending.amount');
	});
});

describe('ImportMerger: a fact is never imported twice', () => {
	it('rejects the same key again and restates the same fact from another place', () => {
		const merger = new ImportMerger();
		const first = merger.settle(checked(sheetImport([spendingRow(4, '28.98')], 1), where), where);
		expect(first.rows.spending?.[0]?.['is_primary']).toBe('true');
		const again = merger.settle(
			checked(sheetImport([spendingRow(4, '28.98'), spendingRow(9, '28.98')], 2), where),
			where
		);
		expect(again.rows.spending?.map((row) => [row['locator'], row['is_primary']])).toEqual([
			['f.csv / R9 / C3 / 决算数', 'false']
		]);
		expect(again.problems.map((problem) => problem.code)).toEqual(['duplicate_fact']);
		expect(again.counts).toEqual({ read: 2, imported: 1, rejected: 0, skipped: 1 });
	});
});

/** A layout that reads `label,amount` rows after a one-row header (for the orchestrator's tests). */
const twoColumns: Layout = {
	id: 'generic_long',
	name: { zh: '测试', en: 'test' },
	streamable: true,
	recognise(sheet) {
		let header = '';
		sheet.eachRow((row) => {
			header = row.cells.map((cell) => cell?.text ?? '').join(',');
			return false;
		});
		if (header !== 'label,amount') return null;
		const recipe: Recipe = {
			version: 1,
			layout: 'generic_long',
			sheet: null,
			headerRows: [1],
			firstDataRow: 2,
			lastDataRow: null,
			unit: '万元',
			department: null,
			year: 2022,
			stage: 'final',
			source: { id: 'src_a', kind: null, title_zh: null },
			columns: []
		};
		return { recipe, score: 0.5 };
	},
	apply(sheet, recipe) {
		const rows: ContractRow[] = [];
		let read = 0;
		sheet.eachRow((row) => {
			if (row.n < recipe.firstDataRow) return;
			read++;
			rows.push(spendingRow(row.n, row.cells[1]?.text ?? '', { line_id: row.cells[0]?.text ?? '' }));
		});
		return {
			sheet: sheet.name,
			layout: 'generic_long',
			recipe,
			counts: { read, imported: read, rejected: 0, skipped: 0 },
			rows: { spending: rows },
			problems: [],
			notes: []
		};
	}
};

function workbookOf(rows: string[][]): Workbook {
	return {
		file: 'f.csv',
		format: 'csv',
		encoding: 'utf-8',
		delimiter: ',',
		sheets: [sheetFromText('f.csv', rows)],
		notes: []
	};
}

describe('importWorkbook', () => {
	it('says the layout is unknown and counts every row rejected', () => {
		const [sheet] = importWorkbook(
			workbookOf([
				['x', 'y'],
				['1', '2']
			]),
			[twoColumns],
			new Registry({})
		);
		expect(sheet?.layout).toBeNull();
		expect(sheet?.counts).toEqual({ read: 2, imported: 0, rejected: 2, skipped: 0 });
		expect(sheet?.problems.map((problem) => problem.code)).toEqual(['layout_unknown']);
		expect(sheet?.problems[0]?.fix.en).toContain('--recipe');
	});

	it('streams a large sheet through the sink in chunks, with the same rows as in one go', () => {
		const data = Array.from({ length: 45_001 }, (_, i) => [`line_${i}`, `${i}.5`]);
		const rows = [['label', 'amount'], ...data];
		const whole = importWorkbook(workbookOf(rows), [twoColumns], new Registry({}))[0];
		const batches: number[] = [];
		const streamed: ContractRow[] = [];
		const [sheet] = importWorkbook(workbookOf(rows), [twoColumns], new Registry({}), {
			sink: (_table, batch) => {
				batches.push(batch.length);
				streamed.push(...batch);
			}
		});
		expect(batches).toEqual([...Array(9).fill(5_000), 1]);
		expect(sheet?.rows).toEqual({});
		expect(sheet?.facts).toEqual({ spending: 45_001 });
		expect(sheet?.counts).toEqual({ read: 45_001, imported: 45_001, rejected: 0, skipped: 0 });
		expect(streamed).toEqual(whole?.rows.spending);
		expect(streamed[45_000]).toMatchObject({
			line_id: 'line_45000',
			amount: '45000.5',
			locator: 'f.csv / R45002 / C3 / 决算数'
		});
	});
});
