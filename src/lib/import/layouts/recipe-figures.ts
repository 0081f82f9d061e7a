// Figure cells and the contract rows they become (environment, regional_finance), with the
// provenance every imported fact carries: locator = file / sheet / row / column / header,
// excerpt = the row label and the value cell as printed.
import { excerptOf, locatorOf } from '../provenance';
import { readNumber } from '../structure/index';
import type { Cell, ContractRow, SourcePlace } from '../types';

/**
 * One figure cell: a number (its digits as stated, thousands separators and full-width forms
 * made plain, via structure/readNumber), not published ('-', '—', '…', blank: never 0), or unreadable.
 */
export type Figure =
	| { readonly kind: 'number'; readonly value: string; readonly percent: boolean }
	| { readonly kind: 'none' }
	| { readonly kind: 'bad'; readonly text: string };

export function readFigure(cell: Cell | null): Figure {
	const typed = typeof cell?.value === 'number' && Number.isFinite(cell.value) ? cell.value : null;
	const read = readNumber(cell?.text ?? '');
	if (read.kind === 'number') {
		// XLSX: the reader's cleaned number wins over a displayed text that rounds or keeps an artefact.
		const differs = typed !== null && !read.percent && read.value !== typed;
		return { kind: 'number', value: differs ? String(typed) : read.text, percent: read.percent };
	}
	if (typed !== null && read.kind !== 'not_published')
		return { kind: 'number', value: String(typed), percent: false };
	return read.kind === 'text' ? { kind: 'bad', text: cell?.text ?? '' } : { kind: 'none' };
}

export interface FactBase {
	readonly region_id: string;
	readonly scope: string;
	readonly year: number;
	readonly indicator: string;
	readonly value: string;
	readonly unit: string;
	readonly source_id: string;
	readonly place: SourcePlace;
	/** Source cells' text along the row: label cells, then the value cell. */
	readonly cells: readonly string[];
}

export function environmentRow(fact: FactBase & { readonly note?: string }): ContractRow {
	return {
		region_id: fact.region_id,
		scope: fact.scope,
		year: String(fact.year),
		period: 'year',
		indicator: fact.indicator,
		measure: 'observed',
		comparator: '=',
		value: fact.value,
		unit: fact.unit,
		yoy_change_stated: '',
		yoy_change_unit: '',
		derivation: 'reported',
		formula: '',
		note: fact.note ?? '',
		is_primary: 'true',
		source_id: fact.source_id,
		locator: locatorOf(fact.place),
		excerpt: excerptOf(fact.cells)
	};
}

export function financeRow(
	fact: FactBase & { readonly indicator_zh: string; readonly indicator_en: string }
): ContractRow {
	return {
		region_id: fact.region_id,
		scope: fact.scope,
		year: String(fact.year),
		indicator: fact.indicator,
		indicator_zh: fact.indicator_zh,
		indicator_en: fact.indicator_en,
		value: fact.value,
		unit: fact.unit,
		is_primary: 'true',
		source_id: fact.source_id,
		locator: locatorOf(fact.place),
		excerpt: excerptOf(fact.cells)
	};
}
