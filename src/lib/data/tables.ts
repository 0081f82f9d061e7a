import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Catalog, CatalogFile, CatalogTable } from '$lib/model';
import { CSV_MAX_ROWS } from '$lib/model/layout';
import { attachFile, copyPartitions, createUnionView, fileAlias, registeredName, type LoadResult } from './load';
import { emptyRelation } from './imported';
import { ImportedRows, type ImportInput, type ImportLoad } from './imported-rows';
import { fileBytes, filesFor, type Scope } from './partitions';
import { checkSize } from './size-gate';
import { quoteIdent } from '$lib/queries/query';

/** Parallel fetches per load: enough to fill the pipe, few enough not to starve the page. */
const FETCH_CONCURRENCY = 6;

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * The tables (and partitions) this tab has loaded, and the loader that adds more by need. A big
 * table is a view over its attached DuckDB files (zero copy); a small one is copied into memory
 * (see copyPartitions: `rowid` then follows file order, as in the prerender). Loads
 * are serialised, so two queries that need the same partition fetch it once; they run on their
 * own connection, so a console statement's READ ONLY transaction never meets a CREATE VIEW.
 * One store per DuckDB instance: it lives as long as the page's module state (client-side
 * navigation keeps it), and a rebuilt instance starts empty.
 */
export class TableStore {
	readonly loads: LoadResult[] = [];
	/** Per table: the attached (or copied) DuckDB files' indexes (see tableFiles) and their bytes. */
	private readonly attached = new Map<string, Map<number, number>>();
	/** Copied tables whose in-memory table exists (later partitions are appended to it). */
	private readonly created = new Set<string>();
	private queue: Promise<unknown> = Promise.resolve();
	/** The reader's own rows (mine_<table>), joined to each table as it is made. */
	readonly imported: ImportedRows;

	constructor(
		private readonly db: AsyncDuckDB,
		private readonly conn: AsyncDuckDBConnection,
		private readonly catalog: Catalog,
		private readonly options: { baseUrl: string; budgetBytes: number }
	) {
		this.imported = new ImportedRows(db, conn, catalog);
	}

	get names(): string[] {
		return this.catalog.tables.map((t) => t.name);
	}

	/** Bytes of DuckDB files this tab holds. */
	get loadedBytes(): number {
		let sum = 0;
		for (const parts of this.attached.values()) for (const bytes of parts.values()) sum += bytes;
		return sum;
	}

	/** Loads what `tables` need in `scope`; refuses (TableTooLarge) before fetching anything too big. */
	ensure(tables: readonly string[], scope?: Scope): Promise<void> {
		return this.serialised(() => this.load(tables, scope));
	}

	/**
	 * Adds a reader's import (once per id): its rows are settled against what the tab holds for the
	 * same departments and regions (loaded first), kept in `mine_<table>` and joined to each table.
	 */
	addImported(id: string, input: ImportInput): Promise<ImportLoad> {
		return this.serialised(() =>
			this.imported.add(id, input, {
				load: (tables, scope) => this.load(tables, scope),
				joined: (table, staged) => this.joinImported(table, staged.staging)
			})
		);
	}

	private serialised<T>(work: () => Promise<T>): Promise<T> {
		const run = this.queue.then(work);
		this.queue = run.catch(() => undefined);
		return run;
	}

	/** After an import (the table is made by then): a copy gets the new rows, a union a new view. */
	private async joinImported(table: CatalogTable, staging: string): Promise<void> {
		if (!this.isCopy(table)) return this.createView(table);
		const target = `main.${quoteIdent(table.name)}`;
		await this.conn.query(`INSERT INTO ${target} BY NAME SELECT * FROM main.${quoteIdent(staging)}`);
	}

	private isCopy(table: CatalogTable): boolean {
		return table.row_count <= CSV_MAX_ROWS;
	}

	private async createView(table: CatalogTable): Promise<void> {
		const aliases = [...(this.attached.get(table.name)?.keys() ?? [])]
			.sort((a, b) => a - b)
			.map((i) => fileAlias(table.name, i));
		const extra = this.imported.relations(table);
		await createUnionView(this.conn, table.name, aliases, aliases.length + extra.length ? extra : [emptyRelation(table)]);
	}

	/** The files holding what `scope` selects that this tab has not attached yet. */
	private missing(table: CatalogTable, scope: Scope | undefined): { file: CatalogFile; index: number }[] {
		const have = this.attached.get(table.name);
		return filesFor(table, scope).filter(({ index }) => !have?.has(index));
	}

	private async load(tables: readonly string[], scope: Scope | undefined): Promise<void> {
		const defs = this.catalog.tables.filter((t) => tables.includes(t.name));
		const plans = defs.map((table) => ({ table, files: this.missing(table, scope) })).filter((p) => p.files.length);
		let loaded = this.loadedBytes;
		for (const { table, files } of plans) {
			const bytes = fileBytes(files.map((f) => f.file));
			const rows = files.reduce((s, f) => s + f.file.rows, 0);
			checkSize({
				table: table.name,
				rows,
				bytes,
				loadedBytes: loaded,
				budgetBytes: this.options.budgetBytes,
				parquet: table.files.parquet,
				partitionBy: table.partition_by
			});
			loaded += bytes;
		}
		for (const plan of plans) await this.loadTable(plan.table, plan.files);
		for (const table of defs) await this.createEmpty(table);
	}

	/**
	 * A table the scope selects no file of (none shipped, or none for this department) still exists,
	 * with its columns and the reader's own rows, so queries run and later loads add to it.
	 */
	private async createEmpty(table: CatalogTable): Promise<void> {
		if (this.attached.has(table.name)) return;
		this.attached.set(table.name, new Map());
		if (!this.isCopy(table)) return this.createView(table);
		const columns = table.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
		await this.conn.query(`CREATE TABLE IF NOT EXISTS main.${quoteIdent(table.name)} (${columns})`);
		this.created.add(table.name);
		await this.imported.appendTo(table.name);
	}

	private async loadTable(table: CatalogTable, files: { file: CatalogFile; index: number }[]) {
		const started = performance.now();
		const have = this.attached.get(table.name) ?? new Map<number, number>();
		// Recorded before the fetches, so a file attached before a failure is not attached twice.
		this.attached.set(table.name, have);
		await inParallel(files, FETCH_CONCURRENCY, async ({ file, index }) => {
			const alias = fileAlias(table.name, index);
			await attachFile({ db: this.db, conn: this.conn, file, alias, baseUrl: this.options.baseUrl });
			have.set(index, file.bytes);
		});
		if (this.isCopy(table)) {
			const added = files.map(({ file, index }) => ({ alias: fileAlias(table.name, index), file: registeredName(file) }));
			const create = !this.created.has(table.name);
			await copyPartitions({ db: this.db, conn: this.conn, table: table.name, added, create });
			this.created.add(table.name);
			// The reader's rows follow the first copy (rowid: embedded file order, then the import's).
			if (create) await this.imported.appendTo(table.name);
		} else await this.createView(table);
		this.loads.push({
			table: table.name,
			path: 'duckdb',
			partitions: files.reduce((s, f) => s + f.file.partitions.length, 0),
			rows: files.reduce((s, f) => s + f.file.rows, 0),
			bytes: fileBytes(files.map((f) => f.file)),
			milliseconds: performance.now() - started
		});
	}
}
