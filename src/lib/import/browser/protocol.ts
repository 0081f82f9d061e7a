// The messages between the /import page and its import worker: one job per file (a File, the
// reader's corrections, the reference rows names resolve against), progress while it runs, and
// the outcome. Plain data both ways (structured clone); the File itself is never copied into a
// request, only read inside the worker.
import type { Bilingual } from '../../model/index';
import type { ImportOptions } from '../import';
import type { ReferenceTable } from '../registry';
import type {
	ContractRow,
	ContractRows,
	FileFormat,
	ImportNote,
	ImportProblem,
	SheetImport,
	TextEncoding
} from '../types';

export interface ImportJob {
	readonly file: File;
	readonly options: ImportOptions;
	/** The Registry's `existing`: embedded and earlier imports' reference rows. */
	readonly existing: Record<ReferenceTable, ContractRow[]>;
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

/** One sheet as imported: counts and problems as the CLI prints them, a preview of its rows. */
export interface SheetOutcome extends Omit<SheetImport, 'rows'> {
	/** Contract rows this sheet produced, per table (all of them: the bundle is built from these). */
	readonly rows: ContractRows;
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
	/** Reference rows the import added (Registry.added), regions only those the facts name. */
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
