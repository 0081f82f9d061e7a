// NBS online database export "Annual by Province" (English edition, GBK CSV): metadata lines
// (Database：…, Region：Hunan, Year：2017) above `Indicators,2017[,2016…]`, one indicator per row with
// its unit in the name, empty cells for figures not published, notes at the end. Every figure
// becomes a regional_finance row, scope province, value and unit as stated (亿元).
import { cellText, headRows } from '../sheet';
import type {
	ContractRow,
	ImportContext,
	ImportNote,
	ImportProblem,
	Layout,
	Recipe,
	RecipeSource,
	Row,
	Sheet,
	SheetImport
} from '../types';
import { indicatorIdOf, isNoteLine, metaOf, type NbsMeta, unitInName } from './nbs-names';
import { provinceOf } from './nbs-provinces';
import { headerKey, oneLine } from './recipe-columns';
import { financeRow, readFigure } from './recipe-figures';
import { nbsNotes, noteAt, notANumber, provinceUnknown, unitUnknown } from './recipe-messages';
import { isBlank, sheetLabel, unreadSheet } from './recipe-sheet';

function nbsSource(province: { en: string; zh: string }, years: readonly number[]): RecipeSource {
	const span =
		years.length === 0
			? ''
			: years.length === 1
				? String(years[0])
				: `${Math.min(...years)}_${Math.max(...years)}`;
	const slug = province.en.toLowerCase().replace(/[^a-z]+/g, '_');
	return {
		id: `nbs_annual_by_province_${slug}${span === '' ? '' : `_${span}`}`,
		kind: 'statistical_database',
		title_zh: `国家统计局 国家数据 分省年度数据：${province.zh}${span === '' ? '' : `（${span.replace('_', '–')}）`}`,
		title_en: `NBS National Data, Annual by Province: ${province.en}${span === '' ? '' : ` (${span.replace('_', '–')})`}`,
		publisher_zh: '国家统计局'
	};
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const meta = metaOf(headRows(sheet, 12));
	if (meta.headerRow === null) return null;
	const byProvince = /annual\s*by\s*province|分省年度/i.test(meta.database ?? '');
	if (!byProvince && meta.region === null) return null;
	const province = provinceOf(meta.region ?? '');
	const years = meta.years.map((y) => y.year);
	const recipe: Recipe = {
		version: 1,
		layout: 'nbs_province',
		sheet: sheetLabel(sheet, context),
		headerRows: [meta.headerRow],
		firstDataRow: meta.headerRow + 1,
		lastDataRow: null,
		unit: null,
		department: null,
		year: years.length === 1 ? (years[0] ?? null) : null,
		stage: null,
		source:
			province === null
				? { id: null, kind: 'statistical_database', title_zh: null, publisher_zh: '国家统计局' }
				: nbsSource(province, years),
		columns: [
			{ col: 1, header: 'Indicators', meaning: 'indicator' },
			...meta.years.map((y) => ({ col: y.col, header: y.text, meaning: `year:${y.year}` }))
		],
		options: { region_en: province?.en ?? null, region_zh: province?.zh ?? null }
	};
	return { recipe, score: byProvince ? 0.95 : 0.7 };
}

interface NbsPlan {
	readonly where: { file: string; sheet: string | null };
	readonly years: NbsMeta['years'];
	readonly regionId: string;
	readonly sourceId: string;
	readonly fileUnit: string | null;
}

/** The one unit every indicator name that states a unit states, or null. */
function fileUnitOf(sheet: Sheet, from: number): string | null {
	const units = new Set<string>();
	sheet.eachRow((row) => {
		if (row.n >= from && isNoteLine(row)) return false;
		const unit = row.n >= from ? unitInName(oneLine(cellText(row, 1))).unit : null;
		if (unit !== null) units.add(unit);
	});
	return units.size === 1 ? ([...units][0] ?? null) : null;
}

function rowFacts(
	row: Row,
	plan: NbsPlan,
	guessed: number[]
): { rows: ContractRow[]; problems: ImportProblem[] } {
	const printed = oneLine(cellText(row, 1));
	const { unit: stated, bare } = unitInName(printed);
	const unit = stated ?? plan.fileUnit;
	if (unit === null)
		return { rows: [], problems: [unitUnknown({ ...plan.where, row: row.n, col: 1 }, printed)] };
	const rows: ContractRow[] = [];
	const problems: ImportProblem[] = [];
	for (const year of plan.years) {
		const cell = row.cells[year.col - 1] ?? null;
		const figure = readFigure(cell);
		const place = { ...plan.where, row: row.n, col: year.col, header: year.text };
		if (figure.kind === 'bad') problems.push(notANumber(place, figure.text));
		if (figure.kind !== 'number') continue;
		const fact = {
			region_id: plan.regionId,
			scope: 'province',
			year: year.year,
			indicator: indicatorIdOf(bare),
			value: figure.value,
			unit
		};
		rows.push(
			financeRow({
				...fact,
				source_id: plan.sourceId,
				place,
				cells: [printed, cell?.text ?? ''],
				indicator_zh: '',
				indicator_en: printed
			})
		);
	}
	if (stated === null && rows.length > 0) guessed.push(row.n);
	return { rows, problems };
}

function walk(sheet: Sheet, recipe: Recipe, plan: NbsPlan) {
	const counts = { read: 0, imported: 0, rejected: 0, skipped: 0 };
	const out = {
		rows: [] as ContractRow[],
		problems: [] as ImportProblem[],
		empty: [] as number[],
		guessed: [] as number[],
		notes: [] as number[]
	};
	sheet.eachRow((row) => {
		if (row.n < recipe.firstDataRow) return;
		if (
			(recipe.lastDataRow !== null && row.n > recipe.lastDataRow) ||
			out.notes.length > 0 ||
			isNoteLine(row)
		) {
			if (!isBlank(row)) out.notes.push(row.n);
			return;
		}
		counts.read++;
		if (isBlank(row)) return void counts.skipped++;
		const { rows, problems } = rowFacts(row, plan, out.guessed);
		if (problems.length > 0) {
			counts.rejected++;
			out.problems.push(...problems);
		} else if (rows.length === 0) {
			counts.skipped++;
			out.empty.push(row.n);
		} else {
			counts.imported++;
			out.rows.push(...rows);
		}
	});
	return { counts, ...out };
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = { file: context.file, sheet: sheetLabel(sheet, context) };
	const notes: ImportNote[] = [];
	const meta = metaOf(headRows(sheet, Math.max(12, recipe.firstDataRow)));
	const fromRecipe = provinceOf(String(recipe.options?.['region_en'] ?? recipe.options?.['region_zh'] ?? ''));
	const province = provinceOf(meta.region ?? '') ?? fromRecipe;
	if (province === null) {
		const place = { ...where, row: meta.regionRow, col: meta.regionRow === null ? null : 1 };
		return unreadSheet(sheet, recipe, [provinceUnknown(place, meta.region)], notes);
	}
	if (fromRecipe !== null && fromRecipe.en !== province.en) {
		notes.push(
			noteAt({ ...where, row: meta.regionRow, col: 1 }, nbsNotes.regionFromFile(fromRecipe.en, province.en))
		);
	}
	// Year columns come from this file's header, except those the recipe sets to ignore.
	const ignored = new Set(
		recipe.columns.filter((c) => c.meaning === 'ignore').map((c) => headerKey(c.header))
	);
	const years = meta.years.filter((y) => !ignored.has(headerKey(y.text)));
	const yearList = years.map((y) => y.year);
	const sameSource =
		recipe.year !== null &&
		yearList.length === 1 &&
		yearList[0] === recipe.year &&
		fromRecipe?.en === province.en;
	const effective: Recipe = {
		...recipe,
		year: yearList.length === 1 ? (yearList[0] ?? null) : recipe.year,
		source: sameSource ? recipe.source : nbsSource(province, yearList)
	};
	const regionId = context.regionId({ name_zh: province.zh, name_en: province.en });
	const plan = {
		where,
		years,
		regionId,
		sourceId: context.sourceId(effective),
		fileUnit: fileUnitOf(sheet, recipe.firstDataRow)
	};
	const walked = walk(sheet, recipe, plan);
	const whole = { ...where, row: null, col: null };
	if (walked.empty.length > 0) notes.push(noteAt(whole, nbsNotes.notPublished(walked.empty)));
	if (walked.guessed.length > 0 && plan.fileUnit !== null)
		notes.push(noteAt(whole, nbsNotes.unitFromOthers(plan.fileUnit, walked.guessed)));
	const first = walked.notes[0];
	const last = walked.notes[walked.notes.length - 1];
	if (first !== undefined && last !== undefined) notes.push(noteAt(whole, nbsNotes.noteLines(first, last)));
	const rows = walked.rows.length > 0 ? { regional_finance: walked.rows } : {};
	return {
		sheet: sheet.name,
		layout: 'nbs_province',
		recipe: effective,
		counts: walked.counts,
		rows,
		problems: walked.problems,
		notes
	};
}

export const nbsProvinceLayout: Layout = {
	id: 'nbs_province',
	name: { zh: '国家统计局 分省年度数据导出', en: 'NBS "Annual by Province" export' },
	recognise,
	apply
};
