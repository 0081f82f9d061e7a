// A file's facts as the import worker hands them to the page: per table the count and two Blobs,
// data/<table>.csv (downloads) and the normalised CSV (DuckDB), each with its header. Rows are
// encoded as they are checked, a chunk at a time, and dropped: neither the worker nor the page
// holds a 10^6-row import as objects (docs/benchmarks.md, "Browser import without rows in the page").
import {
	NormalisedEncoder,
	TABLES,
	contractCsvLines,
	contractHeader,
	normalisedCsvHeader
} from '../../model/index';
import type { TableName } from '../../model/index';
import type { ContractRow } from '../types';

/** Rows per chunk: each chunk becomes a Blob at once, so its text is collected early. */
const CHUNK_ROWS = 1000;

export interface EncodedTable {
	readonly table: TableName;
	readonly rows: number;
	readonly contract: Blob;
	readonly normalised: Blob;
}

export class TableEncoder {
	private pending: ContractRow[] = [];
	private readonly contract: Blob[] = [];
	private readonly normalised: Blob[] = [];
	private readonly header: readonly string[];
	private readonly normaliser: NormalisedEncoder;
	private count = 0;

	constructor(readonly table: TableName) {
		const def = TABLES[table];
		this.header = contractHeader(def);
		// Every row here passed checkRow (the importer checks each cell before its sink sees it).
		this.normaliser = new NormalisedEncoder(def, true);
		this.contract.push(new Blob([`${this.header.join(',')}\n`]));
		this.normalised.push(new Blob([normalisedCsvHeader(def)]));
	}

	add(row: ContractRow): void {
		this.pending.push(row);
		this.count++;
		if (this.pending.length >= CHUNK_ROWS) this.flush();
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		this.contract.push(new Blob([contractCsvLines(this.header, this.pending)]));
		this.normalised.push(new Blob([this.normaliser.lines(this.pending)]));
		this.pending = [];
	}

	finish(): EncodedTable {
		this.flush();
		const type = 'text/csv;charset=utf-8';
		return {
			table: this.table,
			rows: this.count,
			contract: new Blob(this.contract, { type }),
			normalised: new Blob(this.normalised, { type })
		};
	}
}
