// 中国城市统计年鉴, prefecture-level city tables (地级以上城市数据): a title with the data year,
// 4–6 header rows (group headers merged over bilingual column labels, 全市 / 市辖区 below), then one
// row per city with province rows between. Columns are found by their header text (aliases zh/en),
// never by position: every edition moves them. 全市 and 市辖区 are two scopes, never merged.
import { headRows } from '../sheet';
import type {
	ImportContext,
	ImportNote,
	Layout,
	Recipe,
	RecipeColumn,
	RecipeSource,
	Row,
	Sheet,
	SheetImport
} from '../types';
import {
	editionOfFileName,
	findByIndicator,
	indicatorOf,
	labelsOf,
	parseFigureMeaning,
	recipeColumnOf,
	scopeOf,
	titleOf,
	defaultUnit,
	unitOf
} from './city-yearbook-columns';
import { type PlannedFigure, walkCities } from './city-yearbook-rows';
import {
	columnHeaders,
	type ColumnHeader,
	type ResolvedColumn,
	resolveColumns,
	rowsNumbered
} from './recipe-columns';
import { readFigure } from './recipe-figures';
import { nameColumnMissing, noteAt, unitUnknown, yearbookNotes, yearUnknown } from './recipe-messages';
import { sheetLabel, unreadSheet } from './recipe-sheet';

function isCityRow(row: Row): boolean {
	const name = row.cells[0]?.text.trim() ?? '';
	const numbers = row.cells.slice(2).filter((cell) => readFigure(cell).kind === 'number').length;
	return name !== '' && numbers >= 2;
}

export function yearbookSource(edition: number | null): RecipeSource {
	if (edition === null)
		return {
			id: null,
			kind: 'yearbook',
			title_zh: '中国城市统计年鉴',
			title_en: 'China City Statistical Yearbook',
			publisher_zh: '国家统计局'
		};
	return {
		id: `cn_city_yearbook_${edition}`,
		kind: 'yearbook',
		title_zh: `中国城市统计年鉴${edition}`,
		title_en: `China City Statistical Yearbook ${edition}`,
		publisher_zh: '国家统计局'
	};
}

/** One column per indicator and scope: when two look alike, the one named by its lowest label wins. */
function withoutDoubles(columns: RecipeColumn[], headers: readonly ColumnHeader[]): RecipeColumn[] {
	const depth = (col: number) => {
		const header = headers.find((h) => h.col === col);
		return header === undefined ? 99 : (indicatorOf(header)?.depth ?? 99);
	};
	const best = new Map<string, number>();
	for (const column of columns) {
		if (parseFigureMeaning(column.meaning) === null) continue;
		const kept = best.get(column.meaning);
		if (kept === undefined || depth(column.col) < depth(kept)) best.set(column.meaning, column.col);
	}
	return columns.map((column) => {
		const kept = best.get(column.meaning);
		return kept === undefined || kept === column.col ? column : { ...column, meaning: 'ignore' };
	});
}

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const head = headRows(sheet, 16);
	const title = titleOf(head);
	const first = head.find((row) => row.n > (title?.row ?? 0) && isCityRow(row));
	if (first === undefined) return null;
	const top = title?.row ?? head[0]?.n ?? 1;
	const headerRows = Array.from({ length: first.n - top }, (_, i) => top + i);
	const headers = columnHeaders(rowsNumbered(sheet, headerRows));
	const columns = withoutDoubles(headers.map(recipeColumnOf), headers);
	const figures = columns.filter((column) => parseFigureMeaning(column.meaning) !== null).length;
	const named = columns.some((column) => column.meaning === 'region:name_zh');
	if (!named || figures === 0 || (title === null && figures < 2)) return null;
	const year = context.year ?? title?.year ?? null;
	const edition = year === null ? null : year + 1;
	const recipe: Recipe = {
		version: 1,
		layout: 'city_yearbook',
		sheet: sheetLabel(sheet, context),
		headerRows,
		firstDataRow: first.n,
		lastDataRow: null,
		unit: null,
		department: null,
		year,
		edition,
		stage: null,
		source: yearbookSource(edition),
		columns,
		options: { yearFrom: 'title' }
	};
	return { recipe, score: title === null ? 0.5 : 0.95 };
}

/** Data year, edition and source: the title wins when the recipe says so (next year's file). */
function timing(
	sheet: Sheet,
	recipe: Recipe,
	context: ImportContext,
	notes: ImportNote[],
	where: { file: string; sheet: string | null }
) {
	const title = titleOf(headRows(sheet, 4));
	const fromTitle = recipe.options?.['yearFrom'] !== 'recipe';
	const year = context.year ?? (fromTitle ? title?.year : undefined) ?? recipe.year;
	if (year === null) return null;
	const place = { ...where, row: title?.row ?? null, col: title === null ? null : 1 };
	if (
		fromTitle &&
		context.year === undefined &&
		title !== null &&
		recipe.year !== null &&
		title.year !== recipe.year
	) {
		notes.push(noteAt(place, yearbookNotes.yearFromTitle(recipe.year, title.year)));
	}
	const same = year === recipe.year && recipe.edition != null;
	const edition = same ? (recipe.edition ?? year + 1) : year + 1;
	notes.push(noteAt(place, yearbookNotes.edition(year, edition, editionOfFileName(context.file))));
	const source = same ? recipe.source : yearbookSource(edition);
	return { ...recipe, year, edition, source };
}

function planFigures(
	columns: readonly ResolvedColumn[],
	headers: readonly ColumnHeader[],
	recipe: Recipe,
	where: { file: string; sheet: string | null }
) {
	const groupRow = Math.min(...headers.flatMap((header) => header.parts.map((part) => part.row)));
	const figures: PlannedFigure[] = [];
	const problems = [];
	for (const column of columns) {
		const meaning = parseFigureMeaning(column.meaning);
		const header = headers.find((h) => h.col === column.found);
		if (meaning === null || header === undefined) continue;
		const unit = column.unit ?? unitOf(header) ?? defaultUnit(meaning.indicator) ?? recipe.unit;
		if (unit === null) {
			problems.push(
				unitUnknown({ ...where, row: null, col: column.found, header: header.text }, header.text)
			);
			continue;
		}
		const scope = meaning.scope ?? scopeOf(header) ?? 'whole_city';
		const labels = labelsOf(header, groupRow);
		figures.push({
			col: column.found,
			header: header.text,
			table: meaning.table,
			indicator: meaning.indicator,
			scope,
			unit,
			...labels
		});
	}
	return { figures, problems };
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = { file: context.file, sheet: sheetLabel(sheet, context) };
	const notes: ImportNote[] = [];
	const headers = columnHeaders(rowsNumbered(sheet, recipe.headerRows));
	const resolved = resolveColumns(recipe, headers, where, findByIndicator);
	notes.push(...resolved.notes);
	const effective = timing(sheet, recipe, context, notes, where);
	const whole = { ...where, row: null, col: null };
	if (effective === null)
		return unreadSheet(sheet, recipe, [...resolved.problems, yearUnknown(whole)], notes);
	const nameZh = resolved.columns.find((column) => column.meaning === 'region:name_zh')?.found;
	if (nameZh === undefined)
		return unreadSheet(sheet, effective, [...resolved.problems, nameColumnMissing(whole)], notes);
	const nameEn = resolved.columns.find((column) => column.meaning === 'region:name_en')?.found ?? null;
	const planned = planFigures(resolved.columns, headers, recipe, where);
	const plan = {
		where,
		nameZh,
		nameEn,
		figures: planned.figures,
		firstDataRow: recipe.firstDataRow,
		lastDataRow: recipe.lastDataRow,
		year: effective.year,
		sourceId: context.sourceId(effective)
	};
	const walked = walkCities(sheet, plan, context);
	const rows = {
		...(walked.environment.length > 0 ? { environment: walked.environment } : {}),
		...(walked.regional_finance.length > 0 ? { regional_finance: walked.regional_finance } : {})
	};
	const problems = [...resolved.problems, ...planned.problems, ...walked.problems];
	return {
		sheet: sheet.name,
		layout: 'city_yearbook',
		recipe: effective,
		counts: walked.counts,
		rows,
		problems,
		notes: [...notes, ...walked.notes]
	};
}

export const cityYearbookLayout: Layout = {
	id: 'city_yearbook',
	name: {
		zh: '中国城市统计年鉴 地级以上城市表',
		en: 'China City Statistical Yearbook, prefecture-level city table'
	},
	recognise,
	apply
};
