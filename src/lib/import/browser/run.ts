// One file through the importer exactly as `npm run import` runs it (readers, LAYOUTS, a Registry
// over the reference rows already held, checked rows settled once per fact by a sink), with
// progress by source row. Runs in the import worker; pure enough to test in Node.
import type { TableName } from '../../model/index';
import { LAYOUTS } from '../layouts/index';
import { TableMerger } from '../merge';
import { openWorkbook } from '../read/index';
import { Registry, type ReferenceTable } from '../registry';
import type { ContractRow, ContractRows, Sheet, Workbook } from '../types';
import { importWorkbook, type WorkbookOptions } from '../workbook';
import type { FileOutcome, SheetOutcome } from './protocol';
import { importSliced } from './sliced';

export interface RowTick {
	readonly rows: number;
	readonly rowsTotal: number | null;
}

export interface RunInput {
	readonly name: string;
	readonly bytes: Uint8Array;
	readonly options: Omit<WorkbookOptions, 'sink'>;
	readonly existing: Record<ReferenceTable, ContractRow[]>;
	readonly onRows?: (tick: RowTick) => void;
	/** Between slices of a large CSV: a macrotask, so the worker can be terminated at once. */
	readonly pause?: () => Promise<void>;
}

/** The sheets, each reporting the rows it is walked over and naming itself as the current one. */
function watched(workbook: Workbook, onSheet: (i: number) => void, onRow: (n: number) => void) {
	return workbook.sheets.map((sheet, index): Sheet => ({
		name: sheet.name,
		rowCount: sheet.rowCount,
		eachRow(visit) {
			onSheet(index);
			sheet.eachRow((row) => {
				onRow(row.n);
				return visit(row);
			});
		}
	}));
}

/** Regions the facts name, with their parents: the only added regions worth keeping (as the CLI does). */
function neededRegions(added: readonly ContractRow[], rows: ContractRows): ContractRow[] {
	const byId = new Map(added.map((row) => [row['region_id'] ?? '', row]));
	const queue = Object.values(rows).flatMap((list) => (list ?? []).map((row) => row['region_id'] ?? ''));
	const needed = new Set<string>();
	while (queue.length > 0) {
		const id = queue.pop() ?? '';
		const row = byId.get(id);
		if (row === undefined || needed.has(id)) continue;
		needed.add(id);
		queue.push(row['parent_region_id'] ?? '');
	}
	return added.filter((row) => needed.has(row['region_id'] ?? ''));
}

function emptyOutcome(input: RunInput, started: number): Omit<FileOutcome, 'problems'> {
	return {
		name: input.name,
		bytes: input.bytes.byteLength,
		format: null,
		encoding: null,
		delimiter: null,
		notes: [],
		sheets: [],
		added: { regions: [], departments: [], sources: [] },
		repeated: 0,
		ms: Date.now() - started
	};
}

export async function importBytes(input: RunInput): Promise<FileOutcome> {
	const started = Date.now();
	const opened = await openWorkbook(input.name, input.bytes);
	if (opened.workbook === null) return { ...emptyOutcome(input, started), problems: opened.problems };
	const { workbook } = opened;
	const total = workbook.sheets.reduce((sum, sheet) => sum + (sheet.rowCount ?? 0), 0);
	let current = 0;
	let offset = 0;
	let seen = 0;
	const rowsOf: ContractRows[] = workbook.sheets.map(() => ({}));
	const sheets = watched(
		workbook,
		(index) => {
			if (index !== current) offset += seen;
			current = index;
			seen = 0;
		},
		(n) => {
			if (n > seen) seen = n;
			input.onRows?.({ rows: offset + seen, rowsTotal: total });
		}
	);
	const mergers = new Map<TableName, TableMerger>();
	let repeated = 0;
	const sink = (table: TableName, rows: readonly ContractRow[]) => {
		let merger = mergers.get(table);
		if (merger === undefined) mergers.set(table, (merger = new TableMerger(table)));
		const outcome = merger.add(rows);
		repeated += outcome.duplicates.length;
		const target = ((rowsOf[current] ??= {})[table] ??= []);
		for (const row of outcome.added) target.push(row);
	};
	const registry = new Registry(input.existing);
	const options = { ...input.options, sink };
	const sliced = await importSliced(workbook, registry, options, {
		onRows: (row) => input.onRows?.({ rows: row, rowsTotal: total }),
		pause: input.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0)))
	});
	const imported =
		sliced === null ? importWorkbook({ ...workbook, sheets }, LAYOUTS, registry, options) : [sliced];
	const outSheets = imported.map((sheet, i): SheetOutcome => ({
		...sheet,
		rows: rowsOf[i] ?? {},
		layoutName: LAYOUTS.find((layout) => layout.id === sheet.layout)?.name ?? null
	}));
	const all: ContractRows = {};
	// Loops, not push(...list): a 10^6-row sheet would overflow the call stack.
	for (const sheet of outSheets)
		for (const [table, list] of Object.entries(sheet.rows) as [TableName, ContractRow[]][]) {
			const target = (all[table] ??= []);
			for (const row of list) target.push(row);
		}
	return {
		...emptyOutcome(input, started),
		format: workbook.format,
		encoding: workbook.encoding,
		delimiter: workbook.delimiter,
		notes: workbook.notes,
		problems: opened.problems,
		sheets: outSheets,
		added: {
			regions: neededRegions(registry.added.regions, all),
			departments: registry.added.departments,
			sources: registry.added.sources
		},
		repeated,
		ms: Date.now() - started
	};
}
