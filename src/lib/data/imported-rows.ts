// The reader's imports held by one DuckDB instance: which bundles are in, which tables have a
// `mine_<table>`, and how a new bundle is settled and joined (TableStore calls this inside its
// serialised queue, so an import never races a load).
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { TABLE_NAMES, type Catalog, type CatalogTable, type TableName } from '$lib/model';
import { quoteIdent } from '$lib/queries/query';
import type { Scope } from './partitions';
import {
	importedCsv,
	keepStaged,
	mineTable,
	settleStaged,
	stageImported,
	type ContractRow,
	type StagedImport
} from './imported';

export type { ContractRow };

export interface ImportedTable {
	readonly table: string;
	/** Rows in the bundle. */
	readonly rows: number;
	/** Left out: the same key was already held (embedded data or an earlier import). */
	readonly duplicates: number;
	/** Kept as restatements (is_primary = false): the same fact was already held as primary. */
	readonly restatements: number;
}

/**
 * What an import hands to DuckDB (lib/import's ImportBundle is one): rows as CSV cells (the
 * reference rows, few), and facts as the import worker encoded them, one part per file and table.
 */
export interface ImportInput {
	readonly rows: Partial<Record<string, readonly ContractRow[]>>;
	readonly parts?: readonly { readonly table: string; readonly rows: number; readonly normalised: Blob }[];
}

/** One batch of a table's rows on its way in: how many, and their normalised CSV when asked. */
interface Batch {
	readonly rows: number;
	csv(): Promise<string | Uint8Array>;
}

export interface ImportLoad {
	readonly id: string;
	readonly tables: readonly ImportedTable[];
	readonly milliseconds: number;
}

export interface StoreHooks {
	/** Loads what the tab needs of a table before settling (TableStore.load, already serialised). */
	load(tables: readonly string[], scope?: Scope): Promise<void>;
	/** Joins a staged bundle's rows to the table (a copy gets them appended, a union a new view). */
	joined(table: CatalogTable, staged: StagedImport): Promise<void>;
}

/** Ids usable in a table name: the bundle id's letters and digits only. */
function tagOf(id: string): string {
	return id.replace(/[^A-Za-z0-9]/g, '').slice(0, 32) || 'bundle';
}

export class ImportedRows {
	private readonly done = new Map<string, ImportLoad>();
	private readonly tables = new Set<string>();

	constructor(
		private readonly db: AsyncDuckDB,
		private readonly conn: AsyncDuckDBConnection,
		private readonly catalog: Catalog
	) {}

	get loads(): ImportLoad[] {
		return [...this.done.values()];
	}

	/** The relations a table's view adds for imported rows ([] when none). */
	relations(table: CatalogTable): string[] {
		return this.tables.has(table.name) ? [`main.${quoteIdent(mineTable(table.name))}`] : [];
	}

	/** Every imported row of `table` into its freshly made in-memory table. */
	async appendTo(table: string): Promise<void> {
		if (!this.tables.has(table)) return;
		await this.conn.query(
			`INSERT INTO main.${quoteIdent(table)} BY NAME SELECT * FROM main.${quoteIdent(mineTable(table))}`
		);
	}

	async add(id: string, input: ImportInput, hooks: StoreHooks): Promise<ImportLoad> {
		const known = this.done.get(id);
		if (known) return known;
		const started = performance.now();
		const tables: ImportedTable[] = [];
		// Contract order: regions, departments and sources before the facts that cite them; a table's
		// batches (one per file) in file order, each settled against what the ones before it left.
		for (const name of TABLE_NAMES) {
			const table = this.catalog.tables.find((t) => t.name === name);
			const batches = batchesOf(input, name);
			if (!table || batches.length === 0) continue;
			let sum: ImportedTable = { table: name, rows: 0, duplicates: 0, restatements: 0 };
			for (const [i, batch] of batches.entries()) {
				const one = await this.addTable(table, batch, `${tagOf(id)}_${i}`, hooks);
				sum = { ...sum, rows: sum.rows + one.rows, duplicates: sum.duplicates + one.duplicates, restatements: sum.restatements + one.restatements };
			}
			tables.push(sum);
		}
		const load = { id, tables, milliseconds: performance.now() - started };
		this.done.set(id, load);
		return load;
	}

	private async addTable(table: CatalogTable, batch: Batch, tag: string, hooks: StoreHooks): Promise<ImportedTable> {
		const csv = await batch.csv();
		const staged = await stageImported({ db: this.db, conn: this.conn, table, csv, rows: batch.rows, tag });
		try {
			for (const scope of await this.scopesOf(table, staged)) await hooks.load([table.name], scope);
			const settled = await settleStaged(this.conn, staged, `main.${quoteIdent(table.name)}`);
			await keepStaged(this.conn, staged);
			this.tables.add(table.name);
			await hooks.joined(table, staged);
			return { table: table.name, rows: batch.rows, ...settled };
		} finally {
			await this.conn.query(`DROP TABLE IF EXISTS main.${quoteIdent(staged.staging)}`);
		}
	}

	/** The partitions the staged rows fall in (one scope per partition-column combination). */
	private async scopesOf(table: CatalogTable, staged: StagedImport): Promise<(Scope | undefined)[]> {
		if (table.partition_by.length === 0) return [undefined];
		const columns = table.partition_by.map(quoteIdent).join(', ');
		const result = await this.conn.query(`SELECT DISTINCT ${columns} FROM main.${quoteIdent(staged.staging)}`);
		return result.toArray().map((row) => {
			const values = (row as { toJSON(): Record<string, unknown> }).toJSON();
			return Object.fromEntries(table.partition_by.map((c) => [c, String(values[c] ?? '')]));
		});
	}
}

/** A table's batches: its rows (encoded here), then its parts' bytes (read from their Blobs). */
function batchesOf(input: ImportInput, table: TableName): Batch[] {
	const batches: Batch[] = [];
	const rows = input.rows[table];
	if (rows !== undefined && rows.length > 0)
		batches.push({ rows: rows.length, csv: async () => importedCsv(table, rows) });
	for (const part of input.parts ?? [])
		if (part.table === table && part.rows > 0)
			batches.push({ rows: part.rows, csv: async () => new Uint8Array(await part.normalised.arrayBuffer()) });
	return batches;
}
