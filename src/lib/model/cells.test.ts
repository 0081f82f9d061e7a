import { describe, expect, it } from 'vitest';
import { parseCell } from './cells';
import { col, type ColumnDef } from './schema';

const amount = col({
	name: 'amount',
	type: 'decimal',
	unitColumn: 'unit',
	zh: '金额',
	en: 'Amount'
});
const share = col({
	name: 'share',
	type: 'decimal',
	nullable: true,
	unit: '%',
	zh: '占比',
	en: 'Share'
});
const year = col({
	name: 'year',
	type: 'int',
	range: { min: 1949, max: 2100 },
	zh: '年',
	en: 'Year'
});
const flag = col({ name: 'flag', type: 'bool', zh: '标志', en: 'Flag' });
const stage = col({
	name: 'stage',
	type: 'text',
	values: ['final', 'budget'],
	zh: '阶段',
	en: 'Stage'
});

function fixOf(column: ColumnDef, raw: string): string {
	const result = parseCell(column, raw);
	if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
	return `${result.issue.message.en} — ${result.issue.fix.en}`;
}

describe('parseCell', () => {
	it.each([
		['25.30', 25.3, 2],
		['2966', 2966, 0],
		['-11.4', -11.4, 1],
		['+0.5', 0.5, 1],
		['0.000', 0, 3]
	])('reads decimal %s as %d with %d decimals', (raw, value, decimals) => {
		expect(parseCell(amount, raw)).toEqual({ ok: true, value, decimals });
	});

	it('reads empty cells as null only where nullable', () => {
		expect(parseCell(share, '')).toEqual({ ok: true, value: null, decimals: null });
		expect(fixOf(amount, '')).toBe(
			'required value is missing — write the published number (a figure the source leaves blank is not a row: remove the row instead)'
		);
	});

	it.each([
		[
			'1,234.50',
			'"1,234.50" is not a number — write digits with a decimal point and no thousands separator, e.g. 1234.50'
		],
		[
			'12.5%',
			'"12.5%" is not a number — write the number without the % sign, e.g. 12.5; put the unit in the unit column'
		],
		['１２３', '"１２３" is written with full-width characters — write ASCII (half-width) digits, e.g. 123'],
		[
			'—',
			'"—" is a placeholder, not a number — write the published number (a figure the source leaves blank is not a row: remove the row instead)'
		],
		['−3.5', '"−3.5" starts with a dash that is not a minus sign — write an ASCII minus sign: -3.5'],
		[
			'2966.94万元',
			'"2966.94万元" has text after the number — write only the number, e.g. 2966.94; put the unit in the unit column'
		],
		['.5', '".5" is not a number — write digits with an optional minus sign and decimal point, e.g. 25.30'],
		['\u300012', '"\u300012" has spaces around it — remove the spaces: 12']
	])('refuses decimal %s', (raw, expected) => {
		expect(fixOf(amount, raw)).toBe(expected);
	});

	it('checks int syntax and range', () => {
		expect(parseCell(year, '2022')).toEqual({ ok: true, value: 2022, decimals: null });
		expect(fixOf(year, '22')).toBe('"22" is outside 1949–2100 — write a value from 1949 to 2100');
		expect(fixOf(year, '2,022')).toBe(
			'"2,022" is not a number — write digits with no thousands separator, e.g. 2022'
		);
	});

	it('accepts only lower-case true and false', () => {
		expect(parseCell(flag, 'false')).toEqual({ ok: true, value: false, decimals: null });
		expect(fixOf(flag, 'TRUE')).toBe('"TRUE" is not true or false — write it in lower case: true');
		expect(fixOf(flag, '是')).toBe('"是" is not true or false — write true or false');
	});

	it('checks enum values exactly', () => {
		expect(parseCell(stage, 'final')).toEqual({ ok: true, value: 'final', decimals: null });
		expect(fixOf(stage, 'draft')).toBe('"draft" is not an allowed value — use one of: final, budget');
	});

	it('counts excerpt length in characters, not UTF-16 units', () => {
		const excerpt = col({ name: 'excerpt', type: 'text', maxChars: 3, zh: '摘录', en: 'Excerpt' });
		expect(parseCell(excerpt, '𝟙𝟚𝟛').ok).toBe(true);
		expect(parseCell(excerpt, '𝟙𝟚𝟛𝟜').ok).toBe(false);
	});
});
