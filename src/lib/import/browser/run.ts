// One file through the importer exactly as `npm run import` runs it (readers, LAYOUTS, a Registry
// over the reference rows already held, checked rows settled once per fact by a sink), with
// progress by source row. Runs in the import worker; pure enough to test in Node.
import type { TableName } from '../../model/index';
import { LAYOUTS } from '../layouts/index';
import { OwnSources } from '../bundle';
import { openWorkbook } from '../read/index';
import { Registry, type ReferenceTable } from '../registry';
import type { ContractRow, Sheet, Workbook } from '../types';
import { importWorkbook, type WorkbookOptions } from '../workbook';
import { FileFacts } from './facts';
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
	/** The site's own sources (facts citing one get a source of their own). */
	readonly published: readonly ContractRow[];
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
function neededRegions(added: readonly ContractRow[], named: ReadonlySet<string>): ContractRow[] {
	const byId = new Map(added.map((row) => [row['region_id'] ?? '', row]));
	const queue = [...named];
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
		tables: [],
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
	const own = new OwnSources(input.published);
	const facts = new FileFacts(own);
	const sink = (table: TableName, rows: readonly ContractRow[]) => facts.add(current, table, rows);
	const registry = new Registry(input.existing);
	const options = { ...input.options, sink };
	const sliced = await importSliced(workbook, registry, options, {
		onRows: (row) => input.onRows?.({ rows: row, rowsTotal: total }),
		pause: input.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0)))
	});
	const imported =
		sliced === null ? importWorkbook({ ...workbook, sheets }, LAYOUTS, registry, options) : [sliced];
	// With a sink the sheets hold no rows themselves (the facts have them).
	const outSheets = imported.map((sheet, i): SheetOutcome => ({
		...sheet,
		tables: facts.sheetTables(i),
		layoutName: LAYOUTS.find((layout) => layout.id === sheet.layout)?.name ?? null
	}));
	const { added } = registry;
	return {
		...emptyOutcome(input, started),
		format: workbook.format,
		encoding: workbook.encoding,
		delimiter: workbook.delimiter,
		notes: workbook.notes,
		problems: opened.problems,
		sheets: outSheets,
		tables: facts.tables(),
		added: {
			regions: neededRegions(added.regions, facts.regionIds).map((row) => own.row(row)),
			departments: added.departments.map((row) => own.row(row)),
			sources: [...added.sources, ...own.added]
		},
		repeated: facts.repeated,
		ms: Date.now() - started
	};
}
