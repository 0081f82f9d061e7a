// The messages between the /import page and its import worker: one job per file (a File, the
// reader's corrections, the reference rows names resolve against), progress while it runs, and
// the outcome. Plain data both ways (structured clone); the File itself is never copied into a
// request, only read inside the worker.
import type { Bilingual } from '../../model/index';
import type { ImportOptions } from '../import';
import type { ReferenceTable } from '../registry';
import type { EncodedTable } from './encode';
import type { TableName } from '../../model/index';
import type { ContractRow, FileFormat, ImportNote, ImportProblem, SheetImport, TextEncoding } from '../types';

export interface ImportJob {
	readonly file: File;
	readonly options: ImportOptions;
	/** The Registry's `existing`: embedded and earlier imports' reference rows. */
	readonly existing: Record<ReferenceTable, ContractRow[]>;
	/** The site's own sources: facts citing one are given a source of their own (OwnSources). */
	readonly published: readonly ContractRow[];
}

export interface ImportProgress {
	readonly type: 'progress';
	readonly phase: 'reading' | 'importing';
	readonly bytesRead: number;
	readonly bytesTotal: number;
	/** Source rows visited so far (the highest row number seen). */
	readonly rows: number;
	/** Rows the file holds, when known (XLSX/Parquet) or estimated (line breaks of a text file). */
	readonly rowsTotal: number | null;
}

/** Rows of a sheet shown before "Load", per table. */
export const PREVIEW_ROWS = 20;

/** A sheet's rows of one table: how many, and the first PREVIEW_ROWS of them. */
export interface PreviewTable {
	readonly table: TableName;
	readonly rows: number;
	readonly preview: readonly ContractRow[];
}

/** One sheet as imported: counts and problems as the CLI prints them, a preview of its rows. */
export interface SheetOutcome extends Omit<SheetImport, 'rows'> {
	/** The contract rows this sheet produced, per table, in the contract's table order. */
	readonly tables: readonly PreviewTable[];
	/** The layout's bilingual name (the page never loads the layouts' code itself). */
	readonly layoutName: Bilingual | null;
}

export interface FileOutcome {
	readonly name: string;
	readonly bytes: number;
	/** null when the file could not be read at all. */
	readonly format: FileFormat | null;
	readonly encoding: TextEncoding | null;
	readonly delimiter: string | null;
	/** Problems of the file as a whole (unreadable, encrypted, CSV syntax…). */
	readonly problems: readonly ImportProblem[];
	readonly notes: readonly ImportNote[];
	readonly sheets: readonly SheetOutcome[];
	/** The file's facts per table, each fact once (the bundle's parts are these). */
	readonly tables: readonly EncodedTable[];
	/** Reference rows the import added (Registry.added and own sources), regions only those the facts name. */
	readonly added: Record<ReferenceTable, ContractRow[]>;
	/** Rows left out because the same fact came twice in this file (the CLI's "already held"). */
	readonly repeated: number;
	readonly ms: number;
}

export interface ImportDone {
	readonly type: 'done';
	readonly outcome: FileOutcome;
}

export interface ImportFailed {
	readonly type: 'failed';
	readonly message: string;
}

export type WorkerMessage = ImportProgress | ImportDone | ImportFailed;
