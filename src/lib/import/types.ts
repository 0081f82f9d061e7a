// The importer's shared shapes: a file read into sheets of rows (readers), a recipe saying what
// each part of a sheet means (layouts), and contract rows with provenance plus a report (import).
// Pure TypeScript: the same code runs in Node (CLI, data build) and in a browser worker.
import type { Bilingual, Lang } from '../model/index';
import type { TableName } from '../model/index';

/** One cell as read, before any interpretation. Column and row numbers are 1-based. */
export interface Cell {
	/** The text a reader of the table sees (XLSX: the cached value as displayed; CSV: the field). */
	readonly text: string;
	/**
	 * XLSX: the cached typed value (never a formula evaluated by us); numbers cleaned of binary-float
	 * artefacts (64.430000000000007 → 64.43). CSV: null (only text exists).
	 */
	readonly value: number | string | boolean | null;
	/** Set when the cell was filled from a merged range: the range's top-left cell. */
	readonly mergedFrom?: { readonly row: number; readonly col: number };
	/** The cell holds a formula; `text`/`value` are its cached result. */
	readonly formula?: boolean;
}

/** One source row: `n` is the row as the source numbers it (XLSX row, CSV file line it starts on). */
export interface Row {
	readonly n: number;
	/** cells[i] is column i + 1; null = empty cell. Trailing empties may be absent. */
	readonly cells: readonly (Cell | null)[];
}

export interface Sheet {
	/** XLSX sheet name; for CSV/TSV/Parquet the file name without folder. */
	readonly name: string;
	/** Number of rows if known without iterating (XLSX, Parquet), else null. */
	readonly rowCount: number | null;
	/**
	 * Visit the rows in order. `visit` may return false to stop early (head sniffing). Re-callable:
	 * each call starts again from the first row. Synchronous so a 100 MB CSV streams row by row.
	 */
	eachRow(visit: (row: Row) => boolean | void): void;
	/**
	 * CSV/TSV only: visit from a position a previous visit handed out (`next`: where the following
	 * row starts), so a caller can walk a large sheet in slices and yield between them (the
	 * browser worker does, so that Cancel stops it at once).
	 */
	eachRowFrom?(
		from: { readonly pos: number; readonly line: number },
		visit: (row: Row, next: { readonly pos: number; readonly line: number }) => boolean | void
	): void;
}

export type FileFormat = 'csv' | 'tsv' | 'xlsx' | 'parquet';

/** Encodings the CSV reader recognises (name as reported to the reader). */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Workbook {
	/** File name as given (shown in every problem and locator). */
	readonly file: string;
	readonly format: FileFormat;
	/** CSV/TSV only. */
	readonly encoding: TextEncoding | null;
	/** CSV/TSV only: the delimiter used (sniffed unless given). */
	readonly delimiter: string | null;
	/** Sheets to consider, advert/empty sheets already left out (listed in `notes`). */
	readonly sheets: readonly Sheet[];
	/** What the reader decided (sheet ignored as an advert, encoding detected…), for the report. */
	readonly notes: readonly ImportNote[];
}

/** Where in a source file: every imported fact and every problem carries one. */
export interface SourcePlace {
	readonly file: string;
	/** Sheet name for XLSX; null for CSV/TSV/Parquet. */
	readonly sheet: string | null;
	/** Source row number (XLSX row, CSV line); null for the whole file/sheet. */
	readonly row: number | null;
	/** 1-based column; null for the whole row. */
	readonly col: number | null;
	/** The header text of that column as joined from the header rows, if any. */
	readonly header?: string;
}

export type ImportProblemCode =
	| 'file_empty'
	| 'file_unreadable'
	| 'file_type_mismatch'
	| 'encoding_unknown'
	| 'csv_syntax'
	| 'xlsx_encrypted'
	| 'xlsx_too_large'
	| 'file_too_large' // over the browser's size gate, refused before it is read
	| 'layout_unknown'
	| 'header_not_found'
	| 'column_missing'
	| 'not_a_number'
	| 'unit_unknown'
	| 'year_unknown'
	| 'department_unknown'
	| 'stage_unknown'
	| 'code_invalid'
	| 'region_unknown'
	| 'duplicate_fact'
	| 'recipe_invalid'
	| 'contract';

/** One problem, printed as `file:sheet:row:column: what — how to fix` in the reader's language. */
export interface ImportProblem {
	readonly place: SourcePlace;
	readonly code: ImportProblemCode;
	readonly message: Bilingual;
	readonly fix: Bilingual;
}

/** Something the importer decided that the reader should know (not a problem). */
export interface ImportNote {
	readonly place: SourcePlace;
	readonly message: Bilingual;
}

/** Layouts the importer recognises. */
export type LayoutId =
	| 'standard_income_expenditure_summary' // 收入支出决算总表 / 收支预算总表
	| 'standard_income_by_unit' // 收入决算表 / 收入预算表 (by unit)
	| 'standard_expenditure_by_function' // 支出决算表 / 支出预算表 / 一般公共预算财政拨款支出 (功能分类科目)
	| 'standard_basic_by_economic_class' // 基本支出决算表 (人员经费 / 公用经费, 经济分类科目)
	| 'standard_three_public' // 三公经费 (预算数 / 决算数 per part)
	| 'self_assessment_project' // 项目支出绩效自评表
	| 'self_assessment_department' // 部门整体支出绩效自评表
	| 'city_yearbook' // 中国城市统计年鉴 prefecture table
	| 'nbs_province' // NBS "Annual by Province" export
	| 'contract_table' // already a contract table (CSV/Parquet with the contract's columns)
	| 'generic_long' // one figure per row, columns named by the user
	| 'generic_wide'; // one column per year or per indicator, columns named by the user

/** What one source column means, for recipes (layout-specific `meaning` strings). */
export interface RecipeColumn {
	/** 1-based source column. */
	readonly col: number;
	/** Header text as joined from the header rows (for review and for matching next year's file). */
	readonly header: string;
	/** e.g. 'code', 'name', 'amount:total', 'amount:basic', 'year:2017', 'indicator:pm25:whole_city', 'ignore'. */
	readonly meaning: string;
	/** Unit of this column if it differs from the recipe's unit (e.g. '%', 'µg/m³', '亿元'). */
	readonly unit?: string;
}

/**
 * A recognised layout, as JSON: reviewed, edited, saved, and applied unchanged to next year's file.
 * Every field is plain data; `layout` decides how the rest is read.
 */
export interface Recipe {
	readonly version: 1;
	readonly layout: LayoutId;
	/** Sheet name (XLSX) or null for CSV/TSV/Parquet. */
	readonly sheet: string | null;
	/** Source rows (1-based) that form the header, top to bottom. */
	readonly headerRows: readonly number[];
	/** First data row; data run to the end unless `lastDataRow` (footnotes below are not data). */
	readonly firstDataRow: number;
	readonly lastDataRow: number | null;
	/** Money or value unit of the amounts as published: '元' | '万元' | '亿元' or another unit. */
	readonly unit: string | null;
	readonly department: { readonly name_zh: string; readonly id?: string; readonly name_en?: string } | null;
	/** Fiscal/data year the figures describe. */
	readonly year: number | null;
	/** Yearbook edition (data year + 1), when the file is a yearbook. */
	readonly edition?: number | null;
	readonly stage: 'budget' | 'final' | null;
	readonly source: RecipeSource;
	readonly columns: readonly RecipeColumn[];
	/** Layout-specific settings (plain JSON). */
	readonly options?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface RecipeSource {
	readonly id: string | null;
	readonly kind: string | null;
	readonly title_zh: string | null;
	readonly title_en?: string | null;
	readonly publisher_zh?: string | null;
}

/** A contract row as CSV cells (column → text exactly as it will be written). */
export type ContractRow = Readonly<Record<string, string>>;

/** Contract rows produced by an import, per table, in the order they were read. */
export type ContractRows = Partial<Record<TableName, ContractRow[]>>;

/** rows read = imported + rejected + skipped (source data rows, header and title rows not counted). */
export interface RowCounts {
	readonly read: number;
	readonly imported: number;
	readonly rejected: number;
	readonly skipped: number;
}

export interface SheetImport {
	readonly sheet: string | null;
	/** Contract rows produced per table when they went to a sink instead of `rows`. */
	readonly facts?: Partial<Record<TableName, number>>;
	readonly layout: LayoutId | null;
	readonly recipe: Recipe | null;
	readonly counts: RowCounts;
	readonly rows: ContractRows;
	readonly problems: readonly ImportProblem[];
	/** Problems found beyond the first MAX_PROBLEMS kept in `problems` (a broken 10^6-row file). */
	readonly moreProblems?: number;
	readonly notes: readonly ImportNote[];
}

export interface FileImport {
	readonly file: string;
	readonly format: FileFormat;
	readonly encoding: TextEncoding | null;
	readonly sheets: readonly SheetImport[];
	readonly problems: readonly ImportProblem[];
	readonly notes: readonly ImportNote[];
}

export type { Lang };

/** What the caller knows or says, used by recognisers and when applying a recipe. */
export interface ImportContext {
	/** File name as given. */
	readonly file: string;
	/** Overrides from the CLI flags / the browser form: they win over what the title rows say. */
	readonly department?: string;
	readonly year?: number;
	readonly stage?: 'budget' | 'final';
	/** The money unit of the amounts (--unit) when the table states none: '元' | '万元' | '亿元'. */
	readonly unit?: string;
	/** Resolve a department name (as printed) to its department_id, creating one if new. */
	departmentId(nameZh: string): string;
	/** Resolve a region (as printed, with the English name and the parent if known) to its region_id. */
	regionId(region: {
		readonly name_zh: string;
		readonly name_en?: string;
		readonly parent?: string;
		readonly level?: 'country' | 'province' | 'prefecture' | 'county' | 'district';
	}): string;
	/** The source_id the recipe's rows cite (created from the recipe if new). */
	sourceId(recipe: Recipe): string;
}

/** A layout recogniser: looks at a sheet's first rows, and applies its recipe to the whole sheet. */
export interface Layout {
	readonly id: LayoutId;
	readonly name: Bilingual;
	/** A recipe when the sheet fits this layout, with a score in 0..1 (the best fit wins), else null. */
	recognise(sheet: Sheet, context: ImportContext): { readonly recipe: Recipe; readonly score: number } | null;
	/** Contract rows (with provenance) for the sheet, read exactly as the recipe says. */
	apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport;
	/**
	 * apply() reads each data row on its own (no state across rows), so the importer may hand it a
	 * large sheet in chunks: the header rows plus a slice of the data rows at a time.
	 */
	readonly streamable?: boolean;
}
