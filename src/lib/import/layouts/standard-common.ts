// What every standard disclosure table layout shares: the sheet's rows, who/when/unit the table
// is about (the caller's flags, then the title rows, then the recipe), the data rows between the
// header and the footnotes with every row counted, and amount cells read as published.
import { MONEY_UNITS, type MoneyUnit } from '../../model/index';
import { excerptOf } from '../provenance';
import { cellText } from '../sheet';
import { detectTitle, isFootnoteRow, oneLine, readNumber, type TitleBlock } from '../structure/index';
import type { ImportContext, ImportNote, ImportProblem, Recipe, Row, Sheet, SourcePlace } from '../types';
import { note, standardProblems } from './standard-messages';

export type Where = { readonly file: string; readonly sheet: string | null };

/** Provenance names XLSX sheets; a CSV/TSV/Parquet file is its own sheet. */
export function whereOf(sheet: Sheet, context: ImportContext): Where {
	return { file: context.file, sheet: /\.xls[xmb]?$/i.test(context.file) ? sheet.name : null };
}

/** Standard tables are small (tens of rows): read them whole. */
export function allRows(sheet: Sheet): Row[] {
	const rows: Row[] = [];
	sheet.eachRow((row) => {
		rows.push(row);
	});
	return rows;
}

export function isBlankRow(row: Row): boolean {
	return row.cells.every((cell) => cell === null || oneLine(cell.text) === '');
}

export function placeOf(where: Where, row: number | null, col: number | null, header?: string): SourcePlace {
	return { file: where.file, sheet: where.sheet, row, col, ...(header ? { header } : {}) };
}

export function headerOf(recipe: Recipe, col: number): string {
	return recipe.columns.find((column) => column.col === col)?.header ?? '';
}

/** Source counts, notes and problems of one sheet: read = imported + rejected + skipped. */
export class Tally {
	read = 0;
	imported = 0;
	rejected = 0;
	skipped = 0;
	readonly notes: ImportNote[] = [];
	readonly problems: ImportProblem[] = [];

	skip(place: SourcePlace, zh: string, en: string): void {
		this.read++;
		this.skipped++;
		this.notes.push(note(place, zh, en));
	}
	reject(problems: readonly ImportProblem[]): void {
		this.read++;
		this.rejected++;
		this.problems.push(...problems);
	}
	take(): void {
		this.read++;
		this.imported++;
	}
	/** A row counted as imported turned out unreadable (a figure read later): it is rejected instead. */
	demote(problems: readonly ImportProblem[]): void {
		this.imported--;
		this.rejected++;
		this.problems.push(...problems);
	}
	/** The identity of the table is missing: no row can be written, every imported row is rejected. */
	rejectAll(): void {
		this.rejected += this.imported;
		this.imported = 0;
	}
	counts() {
		return { read: this.read, imported: this.imported, rejected: this.rejected, skipped: this.skipped };
	}
}

/**
 * Visit the recipe's data rows in order. Blank rows, footnotes (and everything after the first
 * footnote) are skipped with a note; rows after lastDataRow are not data and are listed in one note.
 */
export function eachDataRow(
	rows: readonly Row[],
	recipe: Recipe,
	where: Where,
	tally: Tally,
	visit: (row: Row) => void
) {
	let inFootnotes = false;
	const after: number[] = [];
	const footnotes: number[] = [];
	for (const row of rows) {
		if (row.n < recipe.firstDataRow) continue;
		if (recipe.lastDataRow !== null && row.n > recipe.lastDataRow) {
			if (isBlankRow(row)) continue;
			if ((inFootnotes ||= isFootnoteRow(row))) footnotes.push(row.n);
			else after.push(row.n);
			continue;
		}
		const place = placeOf(where, row.n, null);
		if (isBlankRow(row)) tally.skip(place, '空行，跳过', 'blank row, skipped');
		else if (inFootnotes || (inFootnotes = isFootnoteRow(row)))
			tally.skip(
				place,
				`表下注释，不是数据：${excerptOf(texts(row))}`,
				`footnote below the table, not data: ${excerptOf(texts(row))}`
			);
		else visit(row);
	}
	noteRowsAfterData({ where, recipe, tally, footnotes, after });
}

/** Rows below lastDataRow: footnotes, or rows that look like data the recipe leaves out. */
function noteRowsAfterData(args: {
	where: Where;
	recipe: Recipe;
	tally: Tally;
	footnotes: number[];
	after: number[];
}) {
	const { where, recipe, tally, footnotes, after } = args;
	if (footnotes.length > 0) {
		const list = footnotes.join(', ');
		tally.notes.push(
			note(
				placeOf(where, footnotes[0] ?? null, null),
				`第 ${list} 行是表下注释，不是数据`,
				`rows ${list}: footnotes below the table, not data`
			)
		);
	}
	if (after.length > 0) {
		const list = after.join(', ');
		tally.notes.push(
			note(
				placeOf(where, after[0] ?? null, null),
				`配方的 lastDataRow 为 ${recipe.lastDataRow}，其后的第 ${list} 行没有读入；若它们是数据，请修改 lastDataRow`,
				`rows ${list} come after the recipe's lastDataRow ${recipe.lastDataRow} and were not read; if they are data, edit lastDataRow`
			)
		);
	}
}

/** A data row whose figures are all blank or "-": nothing to import, said in a note. */
export function skipNoFigure(tally: Tally, where: Where, row: Row): void {
	const label = excerptOf(texts(row));
	tally.skip(
		placeOf(where, row.n, null),
		`“${label}”没有印数字（空白或“-”），不导入`,
		`"${label}": no figure printed (blank or "-"), nothing imported`
	);
}

export function texts(row: Row): string[] {
	return row.cells.map((_, i) => cellText(row, i + 1));
}

export type AmountCell =
	| { readonly kind: 'value'; readonly text: string; readonly raw: string }
	| { readonly kind: 'none'; readonly raw: string }
	| { readonly kind: 'bad'; readonly problem: ImportProblem };

/** An amount cell: the figure as published, nothing for a blank or "-", a problem for anything else. */
export function readAmount(row: Row, col: number, where: Where, header: string): AmountCell {
	const raw = cellText(row, col);
	const cell = readNumber(raw);
	if (cell.kind === 'number' && !cell.percent) return { kind: 'value', text: cell.text, raw: oneLine(raw) };
	if (cell.kind === 'empty' || cell.kind === 'not_published') return { kind: 'none', raw };
	return {
		kind: 'bad',
		problem: standardProblems.notANumber(placeOf(where, row.n, col, header), oneLine(raw))
	};
}

/** Who, when and in what unit the table speaks, as applied (context → title rows → recipe). */
export interface Identity {
	readonly departmentId: string;
	readonly departmentZh: string;
	readonly year: number;
	readonly stage: 'budget' | 'final' | null;
	readonly unit: MoneyUnit | null;
	readonly sourceId: string;
}

export interface IdentityNeeds {
	readonly stage: boolean;
	readonly unit: boolean;
	/** A stage the header words give (预算数 / 决算数), used when neither flag nor title says. */
	readonly headerStage?: 'budget' | 'final' | null;
	/** A name printed in the table (a unit row) to suggest for --department. */
	readonly departmentHint?: string | null;
	/** A year printed elsewhere in the table (a project name) to suggest for --year. */
	readonly yearHint?: number | null;
	/** A department the table names in a labelled field (主管部门) when the title names none. */
	readonly departmentField?: string | null;
	/** A unit stated in a labelled field (项目资金（万元）) when no unit row says one. */
	readonly unitField?: string | null;
}

export interface Resolved {
	readonly identity: Identity | null;
	readonly recipe: Recipe;
	readonly problems: ImportProblem[];
	readonly notes: ImportNote[];
}

/** The title block above the recipe's header (rows before its first header row). */
export function titleOf(rows: readonly Row[], recipe: Recipe): TitleBlock {
	const top = recipe.headerRows[0] ?? recipe.firstDataRow;
	return detectTitle(rows.filter((row) => row.n < top));
}

function pickValue<T>(given: T | undefined, title: T | null, recipe: T | null): T | null {
	return given ?? title ?? recipe;
}

function asMoneyUnit(unit: string | null): MoneyUnit | null {
	return (MONEY_UNITS as readonly string[]).includes(unit ?? '') ? (unit as MoneyUnit) : null;
}

/**
 * Identity of the table: the caller's flags win, then what this file's title rows say (so a
 * saved recipe applied to next year's file takes next year's title), then the recipe.
 */
export function resolveIdentity(args: {
	rows: readonly Row[];
	recipe: Recipe;
	context: ImportContext;
	where: Where;
	needs: IdentityNeeds;
}): Resolved {
	const { recipe, context, where, needs } = args;
	const title = titleOf(args.rows, recipe);
	const problems: ImportProblem[] = [];
	const notes: ImportNote[] = [];
	const department =
		pickValue(context.department, title.department, recipe.department?.name_zh ?? null) ??
		needs.departmentField ??
		null;
	const year = pickValue(context.year, title.year, recipe.year);
	const stage = pickValue(context.stage, title.stage ?? needs.headerStage ?? null, recipe.stage);
	const statedUnit = context.unit ?? title.unit ?? needs.unitField ?? recipe.unit;
	const unit = asMoneyUnit(statedUnit);
	if (department === null)
		problems.push(standardProblems.departmentUnknown(where, needs.departmentHint ?? null));
	if (year === null) problems.push(standardProblems.yearUnknown(where, needs.yearHint ?? null));
	if (needs.stage && stage === null) problems.push(standardProblems.stageUnknown(where));
	if (needs.unit && unit === null) problems.push(standardProblems.unitUnknown(where, statedUnit));
	if (recipe.year !== null && year !== null && year !== recipe.year) {
		notes.push(
			note(
				placeOf(where, null, null),
				`年度按 ${year}（配方写的是 ${recipe.year}）`,
				`year ${year} used (the recipe said ${recipe.year})`
			)
		);
	}
	const effective: Recipe = {
		...recipe,
		department:
			department === null ? recipe.department : { ...(recipe.department ?? {}), name_zh: department },
		year,
		stage: stage ?? recipe.stage,
		unit: unit ?? recipe.unit,
		source: { ...recipe.source, title_zh: recipe.source.title_zh ?? title.title }
	};
	if (problems.length > 0 || department === null || year === null)
		return { identity: null, recipe: effective, problems, notes };
	const identity: Identity = {
		departmentId: context.departmentId(department),
		departmentZh: department,
		year,
		stage: stage ?? null,
		unit,
		sourceId: context.sourceId(effective)
	};
	return { identity, recipe: effective, problems, notes };
}
