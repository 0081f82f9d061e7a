// A large CSV/TSV sheet with a streamable layout, imported slice by slice with a pause between
// slices: the worker returns to its event loop every few thousand rows, so terminate() (Cancel)
// takes effect within one slice instead of after Chromium's 2 s grace for a busy worker. Each
// slice is the header rows plus the next rows, exactly as workbook.ts's applyInChunks cuts them.
import { contextFor, recognise } from '../import';
import { LAYOUTS } from '../layouts/index';
import type { Registry } from '../registry';
import { memorySheet } from '../sheet';
import type { ImportProblem, Layout, Recipe, Row, RowCounts, Sheet, SheetImport, Workbook } from '../types';
import { importWorkbook, MAX_PROBLEMS, type WorkbookOptions } from '../workbook';

// ~20–60 ms of work per slice on a busy 2-core machine: Cancel lands within one.
export const SLICE_ROWS = 1000;
type Position = { readonly pos: number; readonly line: number };

function fitOf(sheet: Sheet, file: string, registry: Registry, options: WorkbookOptions) {
	if (options.recipe !== undefined) {
		const layout = LAYOUTS.find((candidate) => candidate.id === options.recipe?.layout);
		return layout === undefined ? null : { layout, recipe: options.recipe };
	}
	return recognise(sheet, LAYOUTS, contextFor(file, registry, options));
}

/** The header rows and where the first data row starts. */
function headOf(sheet: Sheet, recipe: Recipe): { head: Row[]; start: Position } {
	const head: Row[] = [];
	let before: Position = { pos: 0, line: 1 };
	let start: Position | null = null;
	sheet.eachRowFrom?.(before, (row, next) => {
		if (row.n >= recipe.firstDataRow) {
			start = before;
			return false;
		}
		head.push(row);
		before = next;
	});
	return { head, start: start ?? before };
}

function add(a: RowCounts, b: RowCounts): RowCounts {
	return {
		read: a.read + b.read,
		imported: a.imported + b.imported,
		rejected: a.rejected + b.rejected,
		skipped: a.skipped + b.skipped
	};
}

export interface SlicedRun {
	readonly onRows: (lastRow: number) => void;
	readonly pause: () => Promise<void>;
}

/** null when the sheet is not for slicing (no resumable rows, no streamable layout): import it whole. */
export async function importSliced(
	workbook: Workbook,
	registry: Registry,
	options: WorkbookOptions,
	run: SlicedRun
): Promise<SheetImport | null> {
	const [sheet] = workbook.sheets;
	if (workbook.sheets.length !== 1 || sheet?.eachRowFrom === undefined) return null;
	const fit: { layout: Layout; recipe: Recipe } | null = fitOf(sheet, workbook.file, registry, options);
	if (fit === null || fit.layout.streamable !== true) return null;
	const { head, start } = headOf(sheet, fit.recipe);
	let at = start;
	let total: SheetImport = {
		sheet: sheet.name,
		layout: fit.layout.id,
		recipe: fit.recipe,
		counts: { read: 0, imported: 0, rejected: 0, skipped: 0 },
		rows: {},
		facts: {},
		problems: [],
		notes: []
	};
	for (let slices = 0; ; slices++) {
		const rows: Row[] = [];
		sheet.eachRowFrom(at, (row, next) => {
			rows.push(row);
			at = next;
			return rows.length < SLICE_ROWS;
		});
		if (rows.length === 0 && slices > 0) break;
		const part = sliceImport(
			workbook,
			memorySheet(sheet.name, [...head, ...rows]),
			registry,
			options,
			fit.recipe
		);
		total = merged(total, part);
		run.onRows(rows[rows.length - 1]?.n ?? 0);
		if (rows.length < SLICE_ROWS) break;
		await run.pause();
	}
	return total;
}

function sliceImport(
	workbook: Workbook,
	slice: Sheet,
	registry: Registry,
	options: WorkbookOptions,
	recipe: Recipe
) {
	const one: Workbook = { ...workbook, sheets: [slice], notes: [] };
	const [part] = importWorkbook(one, LAYOUTS, registry, { ...options, recipe });
	if (part === undefined) throw new Error('importWorkbook returned no sheet');
	return part;
}

function merged(total: SheetImport, part: SheetImport): SheetImport {
	const facts = { ...total.facts };
	for (const [table, n] of Object.entries(part.facts ?? {}))
		facts[table as keyof typeof facts] = (facts[table as keyof typeof facts] ?? 0) + (n ?? 0);
	const room = Math.max(0, MAX_PROBLEMS - total.problems.length);
	const problems: ImportProblem[] =
		room === 0 ? [...total.problems] : [...total.problems, ...part.problems.slice(0, room)];
	return {
		...total,
		facts,
		counts: add(total.counts, part.counts),
		problems,
		moreProblems: (total.moreProblems ?? 0) + Math.max(0, part.problems.length - room),
		notes: total.notes.length >= 1000 ? total.notes : [...total.notes, ...part.notes].slice(0, 1000)
	};
}
