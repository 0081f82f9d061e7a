// Fixtures for the standard-table tests, made in code: tables written as '|'-separated lines (a
// CSV transcription: merged cells show their text in the first cell, blanks after it), an XLSX-like
// sheet with merged cells filled by the reader, an ImportContext that records what it resolves, and
// the recognise-then-apply step every layout test takes.
import { memorySheet, sheetFromText } from '../sheet';
import type { Cell, ContractRow, ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';

/** Lines of '|'-separated cells (leading/trailing spaces of a line trimmed) as a CSV-like sheet. */
export function gridSheet(name: string, text: string): Sheet {
	const lines = text
		.replace(/^\n/, '')
		.replace(/\n\s*$/, '')
		.split('\n')
		.map((line) => line.replace(/^\t+/, '').split('|'));
	return sheetFromText(name, lines);
}

/**
 * An XLSX-like sheet: `{text}` cells, with `^` for a cell merged with the one above and `<` for one
 * merged with the one to its left (the reader fills them with the range's text and mergedFrom).
 */
export function mergedSheet(name: string, lines: readonly (readonly string[])[]): Sheet {
	const grid: (Cell | null)[][] = [];
	lines.forEach((line, r) => {
		const row: (Cell | null)[] = [];
		line.forEach((text, c) => {
			if (text === '^' || text === '<') {
				const from = text === '^' ? grid[r - 1]?.[c] : row[c - 1];
				const origin = from?.mergedFrom ?? { row: text === '^' ? r : r + 1, col: text === '^' ? c + 1 : c };
				row.push(from ? { text: from.text, value: null, mergedFrom: origin } : null);
			} else row.push(text === '' ? null : { text, value: null });
		});
		grid.push(row);
	});
	const rows: Row[] = grid.map((cells, i) => ({ n: i + 1, cells }));
	return memorySheet(name, rows);
}

export interface TestContext extends ImportContext {
	readonly departments: string[];
	readonly recipes: Recipe[];
}

const KNOWN: Readonly<Record<string, string>> = {
	衡阳市生态环境局: 'hengyang_eeb',
	大竹县科技局: 'dazhu_science',
	达州市环城公路养护中心: 'dazhou_ring_road',
	咸宁市生态环境局: 'xianning_eeb',
	生态环境部长江流域生态环境监督管理局: 'changjiang_bureau'
};

export function testContext(
	file: string,
	flags: { department?: string; year?: number; stage?: 'budget' | 'final' } = {}
): TestContext {
	const departments: string[] = [];
	const recipes: Recipe[] = [];
	return {
		file,
		...flags,
		departments,
		recipes,
		departmentId(name) {
			departments.push(name);
			return KNOWN[name] ?? 'dept_new';
		},
		regionId: () => 'region_test',
		sourceId(recipe) {
			recipes.push(recipe);
			return 'src_test';
		}
	};
}

/** The listed columns of each row, in order: compact expectations for many rows. */
export function columnsOf(rows: readonly ContractRow[] | undefined, columns: readonly string[]): string[][] {
	return (rows ?? []).map((row) => columns.map((column) => row[column] ?? '<missing>'));
}

/** The columns that place a line in its tree, which most spending expectations start with. */
export const TREE = ['line_id', 'parent_line_id', 'parent_relation'] as const;

/** The listed columns of the spending rows an apply() wrote. */
export function spendingOf(result: SheetImport, columns: readonly string[]): string[][] {
	return columnsOf(result.rows.spending, columns);
}

/**
 * The recipe the layout recognises in the sheet, and apply() of it (or of an edited recipe): a
 * test that expects rows fails at apply() when the layout recognised nothing.
 */
export function readWith(layout: Layout, sheet: Sheet, context: ImportContext) {
	const fit = layout.recognise(sheet, context);
	const apply = (recipe: Recipe | undefined = fit?.recipe): SheetImport => {
		if (recipe === undefined) throw new Error(`${layout.id} did not recognise ${sheet.name}`);
		return layout.apply(sheet, recipe, context);
	};
	return { fit, apply };
}
