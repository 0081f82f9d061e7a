import { describe, expect, it } from 'vitest';
import { rowsToArrow } from './arrow';
import type { ArrowColumn } from './arrow';

const column = (name: string, type: ArrowColumn['type']): ArrowColumn => ({ name, type });

describe('rows → Arrow without Arrow builders', () => {
	it('keeps values, types and nulls of every column type', () => {
		const table = rowsToArrow(
			[
				{ line_id: 'basic', fiscal_year: 2022, amount: 2966.94, is_primary: true },
				{ line_id: '三公经费', fiscal_year: 2021n, amount: null, is_primary: false },
				{ line_id: null, fiscal_year: null, amount: 28.98, is_primary: null }
			],
			[column('line_id', 'VARCHAR'), column('fiscal_year', 'INTEGER'), column('amount', 'DOUBLE'), column('is_primary', 'BOOLEAN')]
		);
		expect(table.numRows).toBe(3);
		expect(table.schema.fields.map((f) => String(f.type))).toEqual(['Utf8', 'Int32', 'Float64', 'Bool']);
		expect(table.toArray().map((r) => r.toJSON())).toEqual([
			{ line_id: 'basic', fiscal_year: 2022, amount: 2966.94, is_primary: true },
			{ line_id: '三公经费', fiscal_year: 2021, amount: null, is_primary: false },
			{ line_id: null, fiscal_year: null, amount: 28.98, is_primary: null }
		]);
	});
});
