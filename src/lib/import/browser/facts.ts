// A file's facts as the worker collects them from the importer's sink: settled once per fact
// (TableMerger, as `npm run import` settles them), given the reader's own source where they cite
// a published one, counted and previewed per sheet, and encoded at once (TableEncoder). Nothing
// here keeps the rows themselves beyond each sheet's preview.
import { TABLE_NAMES, type TableName } from '../../model/index';
import type { OwnSources } from '../bundle';
import { TableMerger } from '../merge';
import type { ContractRow } from '../types';
import { TableEncoder, type EncodedTable } from './encode';
import { PREVIEW_ROWS, type PreviewTable } from './protocol';

interface Tally {
	rows: number;
	readonly preview: ContractRow[];
}

export class FileFacts {
	private readonly mergers = new Map<TableName, TableMerger>();
	private readonly encoders = new Map<TableName, TableEncoder>();
	private readonly sheets: Map<TableName, Tally>[] = [];
	/** The regions the facts name (the added regions worth keeping). */
	readonly regionIds = new Set<string>();
	/** Rows left out because the same fact came twice in this file. */
	repeated = 0;

	constructor(private readonly own: OwnSources) {}

	/** The importer's sink for sheet `sheet`: checked rows of `table`, in batches. */
	add(sheet: number, table: TableName, rows: readonly ContractRow[]): void {
		let merger = this.mergers.get(table);
		if (merger === undefined) this.mergers.set(table, (merger = new TableMerger(table)));
		let encoder = this.encoders.get(table);
		if (encoder === undefined) this.encoders.set(table, (encoder = new TableEncoder(table)));
		const tallies = (this.sheets[sheet] ??= new Map());
		let tally = tallies.get(table);
		if (tally === undefined) tallies.set(table, (tally = { rows: 0, preview: [] }));
		const outcome = merger.add(rows);
		this.repeated += outcome.duplicates.length;
		for (const checked of outcome.added) {
			const row = this.own.row(checked);
			const region = row['region_id'];
			if (region !== undefined && region !== '') this.regionIds.add(region);
			encoder.add(row);
			if (tally.preview.length < PREVIEW_ROWS) tally.preview.push(row);
			tally.rows++;
		}
	}

	/** Sheet `sheet`'s tables, in the contract's order. */
	sheetTables(sheet: number): PreviewTable[] {
		const tallies = this.sheets[sheet];
		if (tallies === undefined) return [];
		return TABLE_NAMES.flatMap((table) => {
			const tally = tallies.get(table);
			return tally === undefined || tally.rows === 0
				? []
				: [{ table, rows: tally.rows, preview: tally.preview }];
		});
	}

	/** Every table's rows encoded, in the contract's order (tables with no row left out). */
	tables(): EncodedTable[] {
		return TABLE_NAMES.flatMap((table) => {
			const encoded = this.encoders.get(table)?.finish();
			return encoded === undefined || encoded.rows === 0 ? [] : [encoded];
		});
	}
}
