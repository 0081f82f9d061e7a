import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	NormalisedEncoder,
	TABLES,
	TABLE_NAMES,
	csvObjects,
	normalisedCsvHeader,
	normalisedCsvLines
} from '$lib/model';
import { parseRow, type ParsedRow, type TableContext } from '$lib/model/read-table';
import { importedCsv } from './imported';

// importedCsv (NormalisedEncoder) refills one ParsedRow per row (speed: no three objects per row); it must write
// exactly what the reference path writes — a fresh parseRow per row — for every table in data/,
// and nothing of one row may leak into the next (a bad cell, an empty decimal, another unit).
function parsedRows(table: (typeof TABLE_NAMES)[number], rows: Record<string, string>[]): ParsedRow[] {
	const def = TABLES[table];
	const context: TableContext = {
		table: def,
		file: table,
		columnIndex: new Map(def.columns.map((column, i) => [column.name, i + 1]))
	};
	return rows.map((row, i) => parseRow(context, { line: i + 2, fields: def.columns.map((c) => row[c.name] ?? '') }).row);
}

function reference(table: (typeof TABLE_NAMES)[number], rows: Record<string, string>[]): string {
	const def = TABLES[table];
	return normalisedCsvHeader(def) + normalisedCsvLines(def, parsedRows(table, rows));
}

function dataRows(table: string): Record<string, string>[] {
	return csvObjects(readFileSync(`data/${table}.csv`, 'utf8')).rows;
}

describe('importedCsv', () => {
	for (const table of TABLE_NAMES) {
		it(`writes data/${table}.csv's rows as the reference parse does`, () => {
			const rows = dataRows(table);
			expect(rows.length).toBeGreaterThan(0);
			expect(importedCsv(table, rows)).toBe(reference(table, rows));
			// The import worker's checked mode (text cells not parsed again) writes the same bytes.
			const def = TABLES[table];
			expect(normalisedCsvHeader(def) + new NormalisedEncoder(def, true).lines(rows)).toBe(reference(table, rows));
		});
	}

	it('carries nothing from one row into the next (bad amount, empty amount, 元 after 万元)', () => {
		const [first] = dataRows('spending');
		if (first === undefined) throw new Error('data/spending.csv has no rows');
		const rows = [
			first,
			{ ...first, amount: '12,3x' },
			{ ...first, amount: '' },
			{ ...first, amount: '1234.50', unit: '元' },
			first
		];
		const csv = importedCsv('spending', rows);
		expect(csv).toBe(reference('spending', rows));
		const lines = csv.split('\n');
		// The first and the last line are the same row: the same text, whatever came between.
		expect(lines[5]).toBe(lines[1]);
		expect(lines[4]).toContain(',1234.50,2,0.12345,');
	});
});
