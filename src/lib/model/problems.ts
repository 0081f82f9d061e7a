import { inLocale } from '../i18n/localized';
import type { Bilingual } from './schema';

export type Lang = 'zh-CN' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export function pick(text: Bilingual, lang: Lang): string {
	return inLocale(lang, text);
}

/** Machine-readable kind of a problem (stable; tests and tools may switch on it). */
export type ProblemCode =
	| 'file_missing'
	| 'file_unknown'
	| 'file_not_utf8'
	| 'file_unreadable'
	| 'file_duplicate'
	| 'file_empty'
	| 'csv_syntax'
	| 'header_not_first'
	| 'header_missing_column'
	| 'header_unknown_column'
	| 'header_duplicate_column'
	| 'field_count'
	| 'required_missing'
	| 'not_a_number'
	| 'not_an_integer'
	| 'out_of_range'
	| 'not_a_boolean'
	| 'not_in_enum'
	| 'bad_format'
	| 'surrounding_space'
	| 'too_long'
	| 'hostile_character'
	| 'formula_missing'
	| 'formula_unexpected'
	| 'comparator_mismatch'
	| 'pair_incomplete'
	| 'code_hierarchy'
	| 'duplicate_key'
	| 'dangling_reference'
	| 'self_reference'
	| 'primary_count';

/** A column as the reader sees it: 1-based position in the file's header, and its name. */
export interface ProblemColumn {
	readonly index: number;
	readonly name: string;
}

/**
 * One thing wrong with the input. `line` is the 1-based line of the file where the record
 * starts (quoted newlines counted); null when the problem concerns the whole file.
 * `column` is null when the problem concerns a whole record or a header that lacks the column.
 */
export interface Problem {
	readonly file: string;
	readonly line: number | null;
	readonly column: ProblemColumn | null;
	readonly code: ProblemCode;
	readonly message: Bilingual;
	readonly fix: Bilingual;
}

/** `file:line:index (name)`, shortened when the problem has no line or no column. */
export function formatLocation(problem: Problem): string {
	const { file, line, column } = problem;
	if (line === null) return file;
	if (column === null) return `${file}:${line}`;
	return `${file}:${line}:${column.index} (${column.name})`;
}

/** `data/spending.csv:12:7 (amount): what is wrong — how to fix it` */
export function formatProblem(problem: Problem, lang: Lang): string {
	return `${formatLocation(problem)}: ${pick(problem.message, lang)} — ${pick(problem.fix, lang)}`;
}

/** Problems grouped by file (in order of first appearance), then by line and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	const fileOrder = new Map<string, number>();
	for (const problem of problems) {
		if (!fileOrder.has(problem.file)) fileOrder.set(problem.file, fileOrder.size);
	}
	return [...problems].sort(
		(a, b) =>
			(fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column?.index ?? 0) - (b.column?.index ?? 0)
	);
}

export function parseLang(value: string | undefined): Lang {
	return value?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
