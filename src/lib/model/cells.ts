import type { Issue } from './issue';
import {
	badFormat,
	notBoolean,
	notInEnum,
	outOfRange,
	requiredMissing,
	spacesOnly,
	surroundingSpace,
	tooLong
} from './messages-cells';
import { DECIMAL_SYNTAX, INTEGER_SYNTAX, diagnoseNumber } from './messages-numbers';
import type { CellValue } from './rows';
import type { ColumnDef } from './schema';
import { breaksAllowed, firstHostileChar, hostileCharacter, textLimit } from './text-hygiene';

/** A parsed cell: its value, and for decimals the number of decimals as written. */
export type CellResult =
	| { readonly ok: true; readonly value: CellValue; readonly decimals: number | null }
	| { readonly ok: false; readonly issue: Issue };

function ok(value: CellValue, decimals: number | null = null): CellResult {
	return { ok: true, value, decimals };
}

function fail(issue: Issue): CellResult {
	return { ok: false, issue };
}

/** Decimals as written: `25.30` → 2, `2966` → 0. */
export function decimalsOf(raw: string): number {
	const point = raw.indexOf('.');
	return point === -1 ? 0 : raw.length - point - 1;
}

function parseInteger(column: ColumnDef, raw: string): CellResult {
	if (!INTEGER_SYNTAX.test(raw)) return fail(diagnoseNumber(raw, column));
	const value = Number(raw);
	const range = column.range;
	if (range !== undefined && (value < range.min || value > range.max)) {
		return fail(outOfRange(raw, range));
	}
	return ok(value);
}

function parseDecimal(column: ColumnDef, raw: string): CellResult {
	if (!DECIMAL_SYNTAX.test(raw)) return fail(diagnoseNumber(raw, column));
	return ok(Number(raw), decimalsOf(raw));
}

function parseBool(raw: string): CellResult {
	if (raw === 'true') return ok(true);
	if (raw === 'false') return ok(false);
	return fail(notBoolean(raw));
}

function parseText(column: ColumnDef, raw: string): CellResult {
	if (column.values !== undefined && !column.values.includes(raw)) {
		return fail(notInEnum(raw, column.values));
	}
	if (column.pattern !== undefined && !column.pattern.regex.test(raw)) {
		return fail(badFormat(raw, column.pattern));
	}
	// Code points, not UTF-16 units; counted only when the units could exceed the limit.
	const limit = textLimit(column);
	if (raw.length > limit) {
		const length = [...raw].length;
		if (length > limit) return fail(tooLong(length, limit));
	}
	return ok(raw);
}

/** Parse one raw CSV cell against its column definition. Empty cell = null. */
export function parseCell(column: ColumnDef, raw: string): CellResult {
	if (raw === '') return column.nullable ? ok(null) : fail(requiredMissing(column));
	const trimmed = raw.trim();
	if (trimmed === '') return fail(spacesOnly(column));
	const hostile = firstHostileChar(raw, breaksAllowed(column));
	if (hostile) return fail(hostileCharacter(hostile, column));
	if (trimmed !== raw) return fail(surroundingSpace(raw));
	switch (column.type) {
		case 'int':
			return parseInteger(column, raw);
		case 'decimal':
			return parseDecimal(column, raw);
		case 'bool':
			return parseBool(raw);
		case 'text':
			return parseText(column, raw);
	}
}
