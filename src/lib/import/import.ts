// The importer: a file's sheets → the best-fitting layout (or the given recipe) → contract rows
// with provenance, every row checked against the contract, counts kept. Used by the CLI and the
// browser alike; reading bytes into sheets is lib/import/read's job.
import type { TableName } from '../model/index';
import { checkRow, completeRow, placeOfLocator } from './contract-check';
import { duplicateInFile, layoutUnknown, recipeLayoutUnknown, NOTE_RECIPE_SHEET_SKIPPED } from './messages';
import { TableMerger } from './merge';
import type { Registry } from './registry';
import type {
	ContractRow,
	ContractRows,
	ImportContext,
	ImportNote,
	ImportProblem,
	Layout,
	Recipe,
	RowCounts,
	Sheet,
	SheetImport,
	Workbook
} from './types';

export interface ImportOptions {
	readonly department?: string;
	readonly departmentId?: string;
	readonly departmentEn?: string;
	readonly year?: number;
	readonly stage?: 'budget' | 'final';
	readonly sourceId?: string;
	/** Apply this recipe instead of recognising the layout. */
	readonly recipe?: Recipe;
}

export function contextFor(file: string, registry: Registry, options: ImportOptions): ImportContext {
	return {
		file,
		...(options.department === undefined ? {} : { department: options.department }),
		...(options.year === undefined ? {} : { year: options.year }),
		...(options.stage === undefined ? {} : { stage: options.stage }),
		departmentId: (name) =>
			registry.departmentId(name, {
				...(options.departmentId === undefined ? {} : { id: options.departmentId }),
				...(options.departmentEn === undefined ? {} : { name_en: options.departmentEn })
			}),
		regionId: (region) => registry.regionId(region),
		sourceId: (recipe) => {
			const withId = options.sourceId === undefined ? recipe : { ...recipe, source: { ...recipe.source, id: options.sourceId } };
			const department = recipe.department === null ? null : registry.departmentId(recipe.department.name_zh);
			return registry.sourceId(withId, file, department);
		}
	};
}

function countRows(sheet: Sheet): number {
	let count = 0;
	sheet.eachRow((row) => {
		if (row.cells.some((cell) => cell !== null && cell.text.trim() !== '')) count++;
	});
	return count;
}

function unread(sheet: Sheet, problems: ImportProblem[], notes: ImportNote[] = []): SheetImport {
	const read = countRows(sheet);
	const counts = { read, imported: 0, rejected: read, skipped: 0 };
	return { sheet: sheet.name, layout: null, recipe: null, counts, rows: {}, problems, notes };
}

/** The best layout for a sheet, or null. Ties go to the earlier layout in the list. */
export function recognise(sheet: Sheet, layouts: readonly Layout[], context: ImportContext) {
	let best: { layout: Layout; recipe: Recipe; score: number } | null = null;
	for (const layout of layouts) {
		const fit = layout.recognise(sheet, context);
		if (fit !== null && (best === null || fit.score > best.score)) best = { layout, ...fit };
	}
	return best;
}

/** Rows that break the contract are taken out; their source row counts as rejected. */
function checked(result: SheetImport, where: { file: string; sheet: string | null }): SheetImport {
	const { file } = where;
	const problems: ImportProblem[] = [];
	const badRows = new Set<string>();
	const rows: ContractRows = {};
	for (const [table, list] of Object.entries(result.rows) as [TableName, ContractRow[]][]) {
		rows[table] = list.map((row) => completeRow(table, row));
		for (const row of rows[table] ?? []) {
			const found = checkRow(table, row, where);
			if (found.length > 0) {
				problems.push(...found);
				badRows.add(String(placeOfLocator(file, where.sheet, row['locator'] ?? '').row));
			}
		}
	}
	if (problems.length === 0) return { ...result, rows };
	for (const table of Object.keys(rows) as TableName[]) {
		rows[table] = (rows[table] ?? []).filter(
			(row) => !badRows.has(String(placeOfLocator(file, where.sheet, row['locator'] ?? '').row))
		);
	}
	const moved = Math.min(badRows.size, result.counts.imported);
	const counts: RowCounts = {
		...result.counts,
		imported: result.counts.imported - moved,
		rejected: result.counts.rejected + moved
	};
	return { ...result, rows, counts, problems: [...result.problems, ...problems] };
}

/** Within one import: a repeated key is rejected; a second row of the same fact is a restatement. */
export class ImportMerger {
	private readonly tables = new Map<TableName, TableMerger>();

	settle(result: SheetImport): SheetImport {
		const rows: ContractRows = {};
		const problems: ImportProblem[] = [];
		for (const [table, list] of Object.entries(result.rows) as [TableName, ContractRow[]][]) {
			let merger = this.tables.get(table);
			if (merger === undefined) this.tables.set(table, (merger = new TableMerger(table)));
			const outcome = merger.add(list);
			rows[table] = outcome.added;
			for (const { row, existing } of outcome.duplicates) {
				const place = placeOfLocator(result.sheet ?? '', null, row['locator'] ?? '');
				problems.push(duplicateInFile({ ...place, file: placeFile(row) }, table, existing['locator'] ?? ''));
			}
		}
		return problems.length === 0 ? { ...result, rows } : { ...result, rows, problems: [...result.problems, ...problems] };
	}
}

function placeFile(row: ContractRow): string {
	return (row['locator'] ?? '').split(' / ')[0] ?? '';
}

/** All contract rows of several sheet imports, by table. */
export function rowsOf(sheets: readonly SheetImport[]): ContractRows {
	const all: ContractRows = {};
	for (const sheet of sheets) {
		for (const [table, list] of Object.entries(sheet.rows) as [TableName, ContractRow[]][]) {
			(all[table] ??= []).push(...list);
		}
	}
	return all;
}

export function totalCounts(sheets: readonly SheetImport[]): RowCounts {
	return sheets.reduce(
		(sum, sheet) => ({
			read: sum.read + sheet.counts.read,
			imported: sum.imported + sheet.counts.imported,
			rejected: sum.rejected + sheet.counts.rejected,
			skipped: sum.skipped + sheet.counts.skipped
		}),
		{ read: 0, imported: 0, rejected: 0, skipped: 0 }
	);
}
