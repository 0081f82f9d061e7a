// NBS database indicator names → contract indicator ids and units:
// `Local Governments General Budgetary Revenue(100 million yuan)` → general_budget_revenue, 亿元;
// `Local Governments Revenue Tax Revenue(…)` → tax_revenue; `…Expenditure Education(…)` → expenditure_education.
import type { Row } from '../types';
import { cellText } from '../sheet';
import { oneLine } from './recipe-columns';

const UNITS: readonly [RegExp, string][] = [
	[/^100\s*million\s*yuan$|^亿元$/i, '亿元'],
	[/^10\s*,?\s*000\s*yuan$|^万元$/i, '万元'],
	[/^yuan$|^元$/i, '元'],
	[/^%$/, '%']
];

/** The unit in a trailing `(…)` of an indicator name, and the name without it. */
export function unitInName(name: string): { unit: string | null; bare: string } {
	const match = /^(.*?)\s*[(（]([^()（）]*)[)）]\s*$/.exec(name);
	if (match === null) return { unit: null, bare: name };
	const unit = UNITS.find(([pattern]) => pattern.test((match[2] ?? '').trim()))?.[1] ?? null;
	return unit === null ? { unit: null, bare: name } : { unit, bare: match[1] ?? name };
}

function snake(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/** The contract indicator id of an NBS finance indicator name (unit already taken off). */
export function indicatorIdOf(bare: string): string {
	const name = oneLine(bare).replace(/^Local Governments?\s+/i, '');
	if (/^General Budgetary Revenue$/i.test(name)) return 'general_budget_revenue';
	if (/^General Budgetary Expenditure$/i.test(name)) return 'general_budget_expenditure';
	const revenue = /^Revenue\s+(.+)$/i.exec(name);
	if (revenue !== null) return snake(revenue[1] ?? '');
	const expenditure = /^Expenditure\s+(.+)$/i.exec(name);
	if (expenditure !== null) return `expenditure_${snake(expenditure[1] ?? '')}`;
	return snake(name);
}

export interface NbsMeta {
	readonly database: string | null;
	readonly region: string | null;
	readonly regionRow: number | null;
	readonly year: number | null;
	readonly headerRow: number | null;
	/** Year columns of the header row. */
	readonly years: readonly { readonly col: number; readonly year: number; readonly text: string }[];
}

// `Database???Annual by Province`: the archived files lost that line's full-width colon to '???'.
const KEY_VALUE = /^\s*(Database|数据库|Region|地区|Year|时间|年份)\s*(?:[：:]|\?{1,3})\s*(.*)$/i;

function yearsOf(row: Row): NbsMeta['years'] {
	return row.cells.flatMap((cell, i) => {
		const text = oneLine(cell?.text ?? '');
		const match = /^((?:19|20)\d{2})\s*年?$/.exec(text);
		return i === 0 || match === null ? [] : [{ col: i + 1, year: Number(match[1]), text }];
	});
}

/** The metadata lines (Database：…, Region：…, Year：…) and the `Indicators,2017` header. */
export function metaOf(rows: readonly Row[]): NbsMeta {
	let meta: NbsMeta = {
		database: null,
		region: null,
		regionRow: null,
		year: null,
		headerRow: null,
		years: []
	};
	for (const row of rows) {
		const first = oneLine(cellText(row, 1));
		const pair = KEY_VALUE.exec(first);
		if (pair !== null) {
			const key = (pair[1] ?? '').toLowerCase();
			const value = oneLine(pair[2] ?? '');
			if (key === 'database' || key === '数据库') meta = { ...meta, database: value };
			else if (key === 'region' || key === '地区') meta = { ...meta, region: value, regionRow: row.n };
			else meta = { ...meta, year: /\d{4}/.test(value) ? Number(/\d{4}/.exec(value)?.[0]) : null };
		} else if (/^(Indicators?|指标)$/i.test(first) && yearsOf(row).length > 0) {
			return { ...meta, headerRow: row.n, years: yearsOf(row) };
		}
	}
	return meta;
}

/** A note line at the end of an export: everything from here on is not data. */
export function isNoteLine(row: Row): boolean {
	return /^\s*(Note|注|Data Sources?|数据来源|资料来源)\s*[：:]?/i.test(cellText(row, 1));
}
