// The city rows of a yearbook prefecture table: province rows (a name, no figures) give the cities
// below them their parent; each city row gives one contract row per chosen figure cell; blank,
// province, note rows and cities without figures are skipped with a note; a row with an
// unreadable figure is rejected (nothing of it imported) with a problem naming the cell.
import { cellText } from '../sheet';
import type {
	ContractRow,
	ImportContext,
	ImportNote,
	ImportProblem,
	Row,
	RowCounts,
	Sheet,
	SourcePlace
} from '../types';
import type { FigureTable } from './indicator-aliases';
import { environmentRow, financeRow, readFigure } from './recipe-figures';
import { noteAt, notANumber, regionMissing, yearbookNotes } from './recipe-messages';
import { oneLine } from './recipe-columns';

export interface PlannedFigure {
	readonly col: number;
	readonly header: string;
	readonly table: FigureTable;
	readonly indicator: string;
	readonly scope: string;
	readonly unit: string;
	readonly zh: string;
	readonly en: string;
}

export interface CityPlan {
	readonly where: Omit<SourcePlace, 'row' | 'col'>;
	readonly nameZh: number;
	readonly nameEn: number | null;
	readonly figures: readonly PlannedFigure[];
	readonly firstDataRow: number;
	readonly lastDataRow: number | null;
	readonly year: number;
	readonly sourceId: string;
}

export interface CityRows {
	readonly environment: ContractRow[];
	readonly regional_finance: ContractRow[];
	readonly counts: RowCounts;
	readonly problems: ImportProblem[];
	readonly notes: ImportNote[];
}

/** Province-level municipalities: listed among the provinces, parent of no other row. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const PROVINCE = /(?:省|自治区)$/;
const FOOTNOTE = /^(?:注|说明|资料来源|数据来源|note|source)/i;
/** Variant glyphs and OCR errors seen in the editions (常徳市, 西藏自冶区). */
const NAME_FIXES: readonly [RegExp, string][] = [
	[/徳/g, '德'],
	[/自冶区/g, '自治区']
];

function fixName(text: string): string {
	return NAME_FIXES.reduce((name, [pattern, to]) => name.replace(pattern, to), text.replace(/\s+/g, ''));
}

interface Tally {
	read: number;
	imported: number;
	rejected: number;
	skipped: number;
	notPublished: number;
	readonly provinces: number[];
	readonly blank: number[];
	readonly footnotes: number[];
	readonly empty: { n: number; name: string }[];
}

function hasOtherCells(row: Row, plan: CityPlan): boolean {
	return row.cells.some(
		(cell, i) => cell !== null && cell.text.trim() !== '' && i + 1 !== plan.nameZh && i + 1 !== plan.nameEn
	);
}

/** A row without figures: a province header, a note, a blank row or a city with nothing published. */
function skipRow(row: Row, name: string, tally: Tally): string | undefined {
	tally.skipped++;
	if (name === '') tally.blank.push(row.n);
	else if (PROVINCE.test(name)) {
		tally.provinces.push(row.n);
		return name;
	} else if (FOOTNOTE.test(name) || name.length > 20) tally.footnotes.push(row.n);
	else tally.empty.push({ n: row.n, name });
	return undefined;
}

function cityFacts(row: Row, plan: CityPlan, names: { zh: string; en: string }, tally: Tally) {
	const out: { table: FigureTable; fact: Parameters<typeof financeRow>[0] }[] = [];
	const problems: ImportProblem[] = [];
	for (const figure of plan.figures) {
		const cell = row.cells[figure.col - 1] ?? null;
		const read = readFigure(cell);
		const place = { ...plan.where, row: row.n, col: figure.col, header: figure.header };
		if (read.kind === 'none') tally.notPublished++;
		else if (read.kind === 'bad') problems.push(notANumber(place, read.text));
		else {
			const cells = [names.zh, names.en, oneLine(cell?.text ?? read.value)];
			const fact = {
				region_id: '',
				scope: figure.scope,
				year: plan.year,
				indicator: figure.indicator,
				value: read.value
			};
			out.push({
				table: figure.table,
				fact: {
					...fact,
					unit: figure.unit,
					source_id: plan.sourceId,
					place,
					cells,
					indicator_zh: figure.zh,
					indicator_en: figure.en
				}
			});
		}
	}
	return { out, problems };
}

function finalNotes(tally: Tally, where: CityPlan['where']): ImportNote[] {
	const place = { ...where, row: null, col: null };
	const notes: ImportNote[] = [];
	if (tally.provinces.length > 0) notes.push(noteAt(place, yearbookNotes.provinces(tally.provinces)));
	if (tally.blank.length > 0) notes.push(noteAt(place, yearbookNotes.blank(tally.blank)));
	if (tally.footnotes.length > 0) notes.push(noteAt(place, yearbookNotes.footnotes(tally.footnotes)));
	if (tally.empty.length > 0) {
		const message = yearbookNotes.noFigures(
			tally.empty.map((e) => e.name),
			tally.empty.map((e) => e.n)
		);
		notes.push(noteAt(place, message));
	}
	if (tally.notPublished > 0) notes.push(noteAt(place, yearbookNotes.notPublished(tally.notPublished)));
	return notes;
}

export function walkCities(sheet: Sheet, plan: CityPlan, context: ImportContext): CityRows {
	const result: CityRows = {
		environment: [],
		regional_finance: [],
		counts: { read: 0, imported: 0, rejected: 0, skipped: 0 },
		problems: [],
		notes: []
	};
	const tally: Tally = {
		read: 0,
		imported: 0,
		rejected: 0,
		skipped: 0,
		notPublished: 0,
		provinces: [],
		blank: [],
		footnotes: [],
		empty: []
	};
	let province: string | undefined;
	sheet.eachRow((row) => {
		if (plan.lastDataRow !== null && row.n > plan.lastDataRow) return false;
		if (row.n < plan.firstDataRow) return;
		tally.read++;
		const printed = oneLine(cellText(row, plan.nameZh));
		const zh = fixName(printed);
		if (zh !== printed.replace(/\s+/g, '')) {
			result.notes.push(
				noteAt({ ...plan.where, row: row.n, col: plan.nameZh }, yearbookNotes.nameFixed(printed, zh, row.n))
			);
		}
		if (!hasOtherCells(row, plan)) {
			province = skipRow(row, zh, tally) ?? province;
			return;
		}
		if (zh === '') {
			tally.rejected++;
			result.problems.push(regionMissing({ ...plan.where, row: row.n, col: plan.nameZh }));
			return;
		}
		const en = plan.nameEn === null ? '' : oneLine(cellText(row, plan.nameEn));
		const { out, problems } = cityFacts(row, plan, { zh: printed, en }, tally);
		if (problems.length > 0) {
			tally.rejected++;
			result.problems.push(...problems);
			return;
		}
		if (out.length === 0) {
			tally.skipped++;
			tally.empty.push({ n: row.n, name: zh });
			return;
		}
		const parent = MUNICIPALITIES.has(zh) ? undefined : province;
		const region_id = context.regionId({
			name_zh: zh,
			...(en === '' ? {} : { name_en: en }),
			...(parent === undefined ? {} : { parent })
		});
		for (const { table, fact } of out) {
			if (table === 'environment') result.environment.push(environmentRow({ ...fact, region_id }));
			else result.regional_finance.push(financeRow({ ...fact, region_id }));
		}
		tally.imported++;
	});
	const { read, imported, rejected, skipped } = tally;
	return {
		...result,
		counts: { read, imported, rejected, skipped },
		notes: [...result.notes, ...finalNotes(tally, plan.where)]
	};
}
