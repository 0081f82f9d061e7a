// The importer: a file's sheets → the best-fitting layout (or the given recipe) → contract rows
// with provenance, every row checked against the contract, counts kept. Used by the CLI and the
// browser alike; reading bytes into sheets is lib/import/read's job.
import type { TableName } from '../model/index';
import { checkRow, completeRow, placeOfLocator } from './contract-check';
import { duplicateInFile } from './messages';
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
	SheetImport
} from './types';

export interface ImportOptions {
	readonly department?: string;
	readonly departmentId?: string;
	readonly departmentEn?: string;
	readonly year?: number;
	readonly stage?: 'budget' | 'final';
	/** The money unit when the file does not print one ('元' | '万元' | '亿元'). */
	readonly unit?: string;
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
		...(options.unit === undefined ? {} : { unit: options.unit }),
		departmentId: (name) =>
			registry.departmentId(name, {
				...(options.departmentId === undefined ? {} : { id: options.departmentId }),
				...(options.departmentEn === undefined ? {} : { name_en: options.departmentEn })
			}),
		regionId: (region) => registry.regionId(region),
		sourceId: (recipe) => {
			const withId =
				options.sourceId === undefined
					? recipe
					: { ...recipe, source: { ...recipe.source, id: options.sourceId } };
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

export function unread(sheet: Sheet, problems: ImportProblem[], notes: ImportNote[] = []): SheetImport {
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

/**
 * Rows that break the contract are taken out with a problem each. A source row counts as rejected
 * when every fact it gave was taken out (facts are tied to their source row by the locator's R<n>;
 * a row without one, e.g. a contract table's own provenance, stands for itself).
 */
export function checked(result: SheetImport, where: { file: string; sheet: string | null }): SheetImport {
	const problems: ImportProblem[] = [];
	const rows: ContractRows = {};
	const all: ContractRows = {};
	const bad = new Set<ContractRow>();
	for (const [table, list] of Object.entries(result.rows) as [TableName, ContractRow[]][]) {
		const complete = (all[table] = list.map((row) => completeRow(table, row)));
		for (const row of complete) {
			const found = checkRow(table, row, where);
			if (found.length === 0) continue;
			problems.push(...found);
			bad.add(row);
		}
		rows[table] = bad.size === 0 ? complete : complete.filter((row) => !bad.has(row));
	}
	if (problems.length === 0) return { ...result, rows };
	const counts = moveLostRows({ ...result, rows: all }, bad, where);
	return { ...result, rows, counts, problems: [...result.problems, ...problems] };
}

/** Source rows whose every fact was taken out move from imported to rejected. */
function moveLostRows(
	result: SheetImport,
	bad: ReadonlySet<ContractRow>,
	where: { file: string; sheet: string | null }
): RowCounts {
	const facts = new Map<string, { good: number; bad: number }>();
	let unnamed = 0;
	for (const list of Object.values(result.rows)) {
		for (const row of list ?? []) {
			const sourceRow = placeOfLocator(where.file, where.sheet, row['locator'] ?? '').row;
			const key = sourceRow === null ? `#${unnamed++}` : String(sourceRow);
			const tally = facts.get(key) ?? { good: 0, bad: 0 };
			facts.set(key, tally);
			if (bad.has(row)) tally.bad++;
			else tally.good++;
		}
	}
	const lost = [...facts.values()].filter((tally) => tally.good === 0).length;
	const moved = Math.min(lost, result.counts.imported);
	return {
		...result.counts,
		imported: result.counts.imported - moved,
		rejected: result.counts.rejected + moved
	};
}

/** Within one import: a repeated key is rejected; a second row of the same fact is a restatement. */
export class ImportMerger {
	private readonly tables = new Map<TableName, TableMerger>();

	settle(result: SheetImport, where: { file: string; sheet: string | null }): SheetImport {
		const rows: ContractRows = {};
		const problems: ImportProblem[] = [];
		const repeated = new Set<number>();
		for (const [table, list] of Object.entries(result.rows) as [TableName, ContractRow[]][]) {
			let merger = this.tables.get(table);
			if (merger === undefined) this.tables.set(table, (merger = new TableMerger(table)));
			const outcome = merger.add(list);
			rows[table] = outcome.added;
			const kept = new Set(
				outcome.added.map((row) => placeOfLocator(where.file, where.sheet, row['locator'] ?? '').row)
			);
			for (const { row, existing } of outcome.duplicates) {
				const place = placeOfLocator(where.file, where.sheet, row['locator'] ?? '');
				problems.push(duplicateInFile(place, table, existing['locator'] ?? ''));
				if (place.row !== null && !kept.has(place.row)) repeated.add(place.row);
			}
		}
		if (problems.length === 0) return { ...result, rows };
		// A source row whose every fact was already imported counts as skipped, not imported.
		const moved = Math.min(repeated.size, result.counts.imported);
		const counts = {
			...result.counts,
			imported: result.counts.imported - moved,
			skipped: result.counts.skipped + moved
		};
		return { ...result, rows, counts, problems: [...result.problems, ...problems] };
	}
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

export function totalCounts(sheets: readonly Pick<SheetImport, 'counts'>[]): RowCounts {
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
