import { MONEY_UNITS, type MoneyUnit } from './enums';
import type { ColumnDef, TableDef } from './schema';

/** The unit every `<column>_wan` is in. */
export const WAN: MoneyUnit = '万元';

export function isMoneyUnit(unit: unknown): unit is MoneyUnit {
	return typeof unit === 'string' && (MONEY_UNITS as readonly string[]).includes(unit);
}

/** Decimal places the unit moves the point by, towards 万元: 元 ÷ 10000, 亿元 × 10000. */
const SHIFT: { readonly [U in MoneyUnit]: number } = { 元: -4, 万元: 0, 亿元: 4 };

/**
 * The amount in 万元. `decimals` (as published) bounds the result's precision, so
 * 0.07 亿元 is 700 万元, not the binary 700.0000000000001.
 */
export function toWan(value: number, unit: MoneyUnit, decimals: number): number {
	const shift = SHIFT[unit];
	if (shift === 0) return value;
	const scaled = shift > 0 ? value * 10 ** shift : value / 10 ** -shift;
	return Number(scaled.toFixed(Math.min(100, Math.max(0, decimals - shift))));
}

export function wanColumnName(column: string): string {
	return `${column}_wan`;
}

/** A decimal column whose unit column holds money units: it gets a stored `<column>_wan`. */
export function isMoneyColumn(table: TableDef, column: ColumnDef): boolean {
	if (column.type !== 'decimal' || column.unitColumn === undefined) return false;
	const unit = table.columns.find((candidate) => candidate.name === column.unitColumn);
	const values = unit?.values;
	return values !== undefined && values.length > 0 && values.every(isMoneyUnit);
}
