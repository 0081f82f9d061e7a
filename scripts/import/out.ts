// Where imported rows go as they arrive: filtered (--within), merged into DIR's CSVs (--out, never
// overwriting or doubling a fact), and kept in memory up to a cap for the report and for tests.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TABLES, contractCsvLines, csvFileName, type TableName } from '../../src/lib/model/index';
import { completeRow } from '../../src/lib/import/contract-check';
import { TableMerger } from '../../src/lib/import/merge';
import type { ContractRow, ContractRows } from '../../src/lib/import/types';
import { readHeld, type HeldTable } from './write';

const KEEP_ROWS = 20_000;

/** Rows as CSV lines in the file's own column order (data/ files are written as they are read). */
export const csvLines = contractCsvLines;

export interface TableTally {
	added: number;
	/** Restatements whose figure differs from the fact already held (both kept as stated). */
	disagree: string[];
	disagreeCount: number;
	restatements: number;
	duplicates: number;
	outside: number;
}

interface Target {
	readonly merger: TableMerger;
	readonly held: HeldTable;
	readonly tally: TableTally;
}

export class RowOut {
	readonly kept: ContractRows = {};
	/** Regions the written facts name (with --within, only these new regions are written). */
	readonly regionsUsed = new Set<string>();
	private keptCount = 0;
	private readonly targets = new Map<TableName, Target>();

	/** `heldIn`: the folder whose rows count as held (the output folder, or data/ for a dry run). */
	constructor(private readonly options: { readonly out?: string; readonly heldIn: string }) {}

	/** The rows a prepared table already holds (the registry is made from those of the reference tables). */
	heldRows(table: TableName): readonly ContractRow[] {
		return this.targets.get(table)?.held.rows ?? [];
	}

	/** Load a table's held rows once. */
	async prepare(tables: readonly TableName[]): Promise<void> {
		for (const table of tables) {
			if (this.targets.has(table)) continue;
			const held = await readHeld(this.options.heldIn, table);
			const merger = new TableMerger(table);
			merger.hold(held.rows.map((row) => completeRow(table, row)));
			this.targets.set(table, {
				merger,
				held,
				tally: { added: 0, disagree: [], disagreeCount: 0, restatements: 0, duplicates: 0, outside: 0 }
			});
		}
	}

	/** A batch of checked rows of one table (synchronous: called from inside the file's row loop). */
	take(
		table: TableName,
		rows: readonly ContractRow[],
		keep: (row: ContractRow) => boolean = () => true
	): void {
		const target = this.targets.get(table);
		if (target === undefined) throw new Error(`table ${table} was not prepared`);
		const inside = rows.filter(keep);
		target.tally.outside += rows.length - inside.length;
		for (const row of inside) if (row['region_id']) this.regionsUsed.add(row['region_id']);
		const outcome = target.merger.add(inside);
		target.tally.added += outcome.added.length;
		target.tally.restatements += outcome.restatements;
		target.tally.duplicates += outcome.duplicates.length;
		target.tally.disagreeCount += outcome.disagreements.length;
		for (const { row, primary } of outcome.disagreements.slice(0, 20 - target.tally.disagree.length)) {
			target.tally.disagree.push(
				`${row['locator'] ?? ''}: ${row['amount'] ?? row['value'] ?? ''} ≠ ${primary}`
			);
		}
		if (this.options.out !== undefined) this.append(table, target, outcome.added);
		// Kept for the report and tests: every fact the files gave (held or not), up to a cap.
		if (this.keptCount + inside.length <= KEEP_ROWS) {
			(this.kept[table] ??= []).push(...inside);
			this.keptCount += inside.length;
		}
	}

	private append(table: TableName, target: Target, rows: readonly ContractRow[]): void {
		if (rows.length === 0 || this.options.out === undefined) return;
		const file = path.join(this.options.out, csvFileName(table));
		const header = target.held.header ?? TABLES[table].columns.map((column) => column.name);
		if (!existsSync(file)) {
			mkdirSync(this.options.out, { recursive: true });
			writeFileSync(file, `${header.join(',')}\n`, 'utf8');
		} else if (target.held.needsNewline) appendFileSync(file, '\n');
		appendFileSync(file, csvLines(header, rows), 'utf8');
		(target.held as { needsNewline: boolean }).needsNewline = false;
	}

	tallies(): [TableName, TableTally][] {
		return [...this.targets].map(([table, target]) => [table, target.tally]);
	}
}
