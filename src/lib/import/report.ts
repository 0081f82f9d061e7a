// What the CLI prints (and the browser shows) for each imported file, in the reader's language.
import { inLocale } from '../i18n/localized';
import { pick, type Lang } from '../model/index';
import { placeLabel } from './provenance';
import { recipeToJson } from './layouts/recipe';
import type { ImportNote, ImportProblem, RowCounts, SheetImport, TextEncoding, Workbook } from './types';

const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 (BOM)',
	gb18030: 'GB18030/GBK',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE'
};

/** Problems printed per sheet; the rest are counted (the first ones show what to fix). */
const SHOWN_PROBLEMS = 200;

/** `file:sheet:row:column: what — how to fix` */
export function formatImportProblem(problem: ImportProblem, lang: Lang): string {
	return `${placeLabel(problem.place)}: ${pick(problem.message, lang)} — ${pick(problem.fix, lang)}`;
}

export function formatNote(note: ImportNote, lang: Lang): string {
	return `${placeLabel(note.place)}: ${pick(note.message, lang)}`;
}

/** `read 300 = imported 297 + rejected 0 + skipped 3` */
export function formatCounts(counts: RowCounts, lang: Lang): string {
	const { read, imported, rejected, skipped } = counts;
	return inLocale(lang, {
		zh: `读取 ${read} 行 = 导入 ${imported} + 拒绝 ${rejected} + 跳过 ${skipped}`,
		en: `read ${read} = imported ${imported} + rejected ${rejected} + skipped ${skipped}`
	});
}

/** `format: csv; encoding: GB18030/GBK; delimiter: ","` (XLSX and Parquet have no text encoding). */
export function formatFormat(
	workbook: Pick<Workbook, 'format' | 'encoding' | 'delimiter'>,
	lang: Lang
): string {
	const parts = [inLocale(lang, { zh: `格式：${workbook.format}`, en: `format: ${workbook.format}` })];
	if (workbook.encoding !== null) {
		const encoding = ENCODING_NAMES[workbook.encoding];
		parts.push(inLocale(lang, { zh: `编码：${encoding}`, en: `encoding: ${encoding}` }));
	}
	if (workbook.delimiter !== null) {
		const shown = workbook.delimiter === '\t' ? 'tab' : JSON.stringify(workbook.delimiter);
		parts.push(
			inLocale(lang, { zh: `分隔符：${shown === 'tab' ? '制表符' : shown}`, en: `delimiter: ${shown}` })
		);
	}
	return parts.join(inLocale(lang, { zh: '；', en: '; ' }));
}

function factsByTable(sheet: SheetImport): [string, number][] {
	const counts =
		sheet.facts ?? Object.fromEntries(Object.entries(sheet.rows).map(([t, rows]) => [t, rows?.length ?? 0]));
	return Object.entries(counts).filter(([, n]) => (n ?? 0) > 0) as [string, number][];
}

export function formatSheet(sheet: SheetImport, lang: Lang, options: { recipe: boolean }): string[] {
	const facts = factsByTable(sheet);
	const total = facts.reduce((sum, [, n]) => sum + n, 0);
	const tables = facts.map(([table, n]) => `${table} ${n}`).join(', ');
	const lines = [
		inLocale(lang, {
			zh: `  工作表：${sheet.sheet ?? '-'}；版式：${sheet.layout ?? '未识别'}`,
			en: `  sheet: ${sheet.sheet ?? '-'}; layout: ${sheet.layout ?? 'not recognised'}`
		}),
		`  ${formatCounts(sheet.counts, lang)}`,
		inLocale(lang, {
			zh: `  事实：${total} 条（${tables || '无'}）`,
			en: `  facts: ${total} (${tables || 'none'})`
		})
	];
	if (options.recipe && sheet.recipe !== null) {
		const recipe = JSON.stringify(JSON.parse(recipeToJson(sheet.recipe)));
		lines.push(`  ${inLocale(lang, { zh: '配方：', en: 'recipe: ' })}${recipe}`);
	}
	const noteLabel = inLocale(lang, { zh: '说明：', en: 'note: ' });
	for (const note of sheet.notes) lines.push(`  ${noteLabel}${formatNote(note, lang)}`);
	for (const problem of sheet.problems.slice(0, SHOWN_PROBLEMS))
		lines.push(`  ${formatImportProblem(problem, lang)}`);
	const more =
		sheet.problems.length - Math.min(sheet.problems.length, SHOWN_PROBLEMS) + (sheet.moreProblems ?? 0);
	if (more > 0)
		lines.push(inLocale(lang, { zh: `  ……另有 ${more} 个问题`, en: `  … and ${more} more problems` }));
	return lines;
}
