// The build's sink: validated rows appended, piece by piece, to one normalised CSV per table in a
// staging folder; DuckDB then makes the DuckDB and Parquet files from it (write-outputs.ts).
import { open, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { detached } from '../../src/lib/model/keys';
import {
	TABLE_NAMES,
	TABLES,
	normalisedCsvHeader,
	normalisedCsvLines,
	type ParsedRow,
	type TableDef,
	type TableName
} from '../../src/lib/model/index';
import type { RowSink } from './stream-inputs';
import type { StagedTable } from './write-outputs';

interface Staging {
	readonly handle: FileHandle;
	readonly csvPath: string;
	rows: number;
	readonly sourceIds: Set<string>;
}

export class StagingSink implements RowSink {
	private readonly tables = new Map<TableName, Staging>();
	/** The sources table's rows, kept for catalog.json (a small reference table). */
	readonly sourceRows: ParsedRow[] = [];

	constructor(private readonly dir: string) {}

	async rows(table: TableDef, rows: readonly ParsedRow[]): Promise<void> {
		const staging = await this.staging(table);
		if (rows.length === 0) return;
		await staging.handle.write(normalisedCsvLines(table, rows));
		staging.rows += rows.length;
		for (const row of rows) {
			const id = row.values['source_id'];
			// A copy: the parsed cell would keep its whole piece of the file alive.
			if (typeof id === 'string' && !staging.sourceIds.has(id)) staging.sourceIds.add(detached(id));
		}
		if (table.name === 'sources') this.sourceRows.push(...rows);
	}

	async discard(table: TableDef): Promise<void> {
		const staging = this.tables.get(table.name);
		if (staging === undefined) return;
		await staging.handle.close();
		await rm(staging.csvPath, { force: true });
		this.tables.delete(table.name);
	}

	/** Close the staging files without using them (the data has problems). */
	async abort(): Promise<void> {
		for (const staging of this.tables.values()) await staging.handle.close();
		this.tables.clear();
	}

	/** Close every staging file (a table without rows gets its header), in load order. */
	async close(): Promise<StagedTable[]> {
		const staged: StagedTable[] = [];
		for (const name of TABLE_NAMES) {
			const staging = await this.staging(TABLES[name]);
			await staging.handle.close();
			const sourceIds = [...staging.sourceIds].sort();
			staged.push({ table: TABLES[name], csvPath: staging.csvPath, rows: staging.rows, sourceIds });
		}
		this.tables.clear();
		return staged;
	}

	private async staging(table: TableDef): Promise<Staging> {
		const existing = this.tables.get(table.name);
		if (existing !== undefined) return existing;
		const csvPath = path.join(this.dir, `${table.name}.csv`);
		const handle = await open(csvPath, 'w');
		await handle.write(normalisedCsvHeader(table));
		const staging = { handle, csvPath, rows: 0, sourceIds: new Set<string>() };
		this.tables.set(table.name, staging);
		return staging;
	}
}
