// A whole opened file through the importer: each sheet to its layout (recognised or the given
// recipe), the rows checked against the contract and settled (no fact twice), large streamable
// sheets in chunks handed to a sink so a 10^6-row CSV never sits in memory as contract rows.
import type { TableName } from '../model/index';
import { checked, contextFor, ImportMerger, recognise, unread, type ImportOptions } from './import';
import { layoutUnknown, NOTE_RECIPE_SHEET_SKIPPED, recipeLayoutUnknown } from './messages';
import type { Registry } from './registry';
import { memorySheet } from './sheet';
import type {
	ContractRow,
	ImportContext,
	ImportNote,
	Layout,
	Recipe,
	Row,
	RowCounts,
	Sheet,
	SheetImport,
	Workbook
} from './types';

/** Receives checked rows batch by batch (large files): nothing is kept in SheetImport.rows then. */
export type RowSink = (table: TableName, rows: readonly ContractRow[]) => void;

export interface WorkbookOptions extends ImportOptions {
	/**
	 * Large files: checked rows go here batch by batch instead of into the result. The sink then
	 * settles repeats and primaries itself (against the data it holds), so keys are kept once.
	 */
	readonly sink?: RowSink;
}

const CHUNK_ROWS = 5000;
const MAX_NOTES = 1000;
export const MAX_PROBLEMS = 1000;

type Fit = { readonly layout: Layout; readonly recipe: Recipe };

function layoutFor(sheet: Sheet, layouts: readonly Layout[], context: ImportContext, recipe?: Recipe) {
	const place = { file: context.file, sheet: sheet.name, row: null, col: null };
	const names = layouts.map((layout) => layout.id);
	if (recipe !== undefined) {
		const layout = layouts.find((candidate) => candidate.id === recipe.layout);
		return layout === undefined ? recipeLayoutUnknown(place, recipe.layout, names) : { layout, recipe };
	}
	const best = recognise(sheet, layouts, context);
	return best === null ? layoutUnknown(place, names) : { layout: best.layout, recipe: best.recipe };
}

function addCounts(a: RowCounts, b: RowCounts): RowCounts {
	return {
		read: a.read + b.read,
		imported: a.imported + b.imported,
		rejected: a.rejected + b.rejected,
		skipped: a.skipped + b.skipped
	};
}

/** Each chunk is the header rows plus up to CHUNK_ROWS data rows; the layout reads rows on their own. */
function applyInChunks(
	sheet: Sheet,
	fit: Fit,
	context: ImportContext,
	pass: (part: SheetImport) => SheetImport
): SheetImport {
	const head: Row[] = [];
	let chunk: Row[] = [];
	const zero = { read: 0, imported: 0, rejected: 0, skipped: 0 };
	let total: SheetImport = {
		sheet: sheet.name,
		layout: fit.layout.id,
		recipe: fit.recipe,
		counts: zero,
		rows: {},
		problems: [],
		notes: []
	};
	let chunks = 0;
	const flush = () => {
		const part = pass(fit.layout.apply(memorySheet(sheet.name, [...head, ...chunk]), fit.recipe, context));
		const notes =
			total.notes.length >= MAX_NOTES ? total.notes : [...total.notes, ...part.notes].slice(0, MAX_NOTES);
		const facts = { ...total.facts };
		for (const [table, n] of Object.entries(part.facts ?? {}) as [TableName, number][])
			facts[table] = (facts[table] ?? 0) + n;
		const room = Math.max(0, MAX_PROBLEMS - total.problems.length);
		const problems = room === 0 ? total.problems : [...total.problems, ...part.problems.slice(0, room)];
		const moreProblems = (total.moreProblems ?? 0) + Math.max(0, part.problems.length - room);
		total = { ...total, facts, counts: addCounts(total.counts, part.counts), problems, moreProblems, notes };
		chunk = [];
		chunks++;
	};
	sheet.eachRow((row) => {
		if (row.n < fit.recipe.firstDataRow) head.push(row);
		else if (chunk.push(row) >= CHUNK_ROWS) flush();
	});
	if (chunk.length > 0 || chunks === 0) flush();
	return total;
}

function skippedSheet(sheet: Sheet, place: ImportNote['place'], wanted: string): SheetImport {
	const note = { place, message: NOTE_RECIPE_SHEET_SKIPPED(sheet.name, wanted) };
	const counts = { read: 0, imported: 0, rejected: 0, skipped: 0 };
	return { sheet: sheet.name, layout: null, recipe: null, counts, rows: {}, problems: [], notes: [note] };
}

/** Import every sheet of an opened file. */
export function importWorkbook(
	workbook: Workbook,
	layouts: readonly Layout[],
	registry: Registry,
	options: WorkbookOptions = {}
): SheetImport[] {
	const context = contextFor(workbook.file, registry, options);
	const merger = new ImportMerger();
	const { sink } = options;
	return workbook.sheets.map((sheet) => {
		const wanted = options.recipe?.sheet ?? null;
		const place = { file: workbook.file, sheet: sheet.name, row: null, col: null };
		if (wanted !== null && workbook.sheets.length > 1 && sheet.name !== wanted)
			return skippedSheet(sheet, place, wanted);
		const fit = layoutFor(sheet, layouts, context, options.recipe);
		if (!('layout' in fit)) return unread(sheet, [fit]);
		const where = { file: workbook.file, sheet: workbook.format === 'xlsx' ? sheet.name : null };
		const pass = (part: SheetImport): SheetImport => {
			if (sink === undefined) return merger.settle(checked(part, where), where);
			const settled = checked(part, where);
			const facts: Partial<Record<TableName, number>> = {};
			for (const [table, rows] of Object.entries(settled.rows) as [TableName, ContractRow[]][]) {
				sink(table, rows);
				facts[table] = rows.length;
			}
			return { ...settled, rows: {}, facts };
		};
		if (sink !== undefined && fit.layout.streamable === true) return applyInChunks(sheet, fit, context, pass);
		return pass(fit.layout.apply(sheet, fit.recipe, context));
	});
}
