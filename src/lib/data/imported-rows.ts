// The reader's imports held by one DuckDB instance: which bundles are in, which tables have a
// `mine_<table>`, and how a new bundle is settled and joined (TableStore calls this inside its
// serialised queue, so an import never races a load).
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { TABLE_NAMES, type Catalog, type CatalogTable } from '$lib/model';
import { quoteIdent } from '$lib/queries/query';
import type { Scope } from './partitions';
import { keepStaged, mineTable, settleStaged, stageImported, type ContractRow, type StagedImport } from './imported';

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

	async add(id: string, rows: Partial<Record<string, readonly ContractRow[]>>, hooks: StoreHooks): Promise<ImportLoad> {
		const known = this.done.get(id);
		if (known) return known;
		const started = performance.now();
		const tables: ImportedTable[] = [];
		// Contract order: regions, departments and sources before the facts that cite them.
		for (const name of TABLE_NAMES) {
			const list = rows[name];
			const table = this.catalog.tables.find((t) => t.name === name);
			if (!list?.length || !table) continue;
			tables.push(await this.addTable(table, list, tagOf(id), hooks));
		}
		const load = { id, tables, milliseconds: performance.now() - started };
		this.done.set(id, load);
		return load;
	}

	private async addTable(table: CatalogTable, rows: readonly ContractRow[], tag: string, hooks: StoreHooks) {
		const staged = await stageImported({ db: this.db, conn: this.conn, table, rows, tag });
		try {
			for (const scope of await this.scopesOf(table, staged)) await hooks.load([table.name], scope);
			const settled = await settleStaged(this.conn, staged, `main.${quoteIdent(table.name)}`);
			await keepStaged(this.conn, staged);
			this.tables.add(table.name);
			await hooks.joined(table, staged);
			return { table: table.name, rows: rows.length, ...settled };
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
