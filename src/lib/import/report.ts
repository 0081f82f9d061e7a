// What the CLI prints (and the browser shows) for each imported file, in the reader's language.
import { pick, type Lang } from '../model/index';
import { placeLabel } from './provenance';
import { recipeJson } from './recipe-json';
import type { ImportNote, ImportProblem, RowCounts, SheetImport, TextEncoding } from './types';

const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 (BOM)',
	gb18030: 'GB18030/GBK',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE'
};

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
	return lang === 'en'
		? `read ${read} = imported ${imported} + rejected ${rejected} + skipped ${skipped}`
		: `读取 ${read} 行 = 导入 ${imported} + 拒绝 ${rejected} + 跳过 ${skipped}`;
}

export function formatEncoding(encoding: TextEncoding | null, lang: Lang): string {
	const name = encoding === null ? (lang === 'en' ? 'binary (not text)' : '二进制（非文本）') : ENCODING_NAMES[encoding];
	return lang === 'en' ? `encoding: ${name}` : `编码：${name}`;
}

function factCount(sheet: SheetImport): number {
	return Object.values(sheet.rows).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
}

export function formatSheet(sheet: SheetImport, lang: Lang, options: { recipe: boolean }): string[] {
	const en = lang === 'en';
	const tables = Object.entries(sheet.rows)
		.filter(([, rows]) => (rows?.length ?? 0) > 0)
		.map(([table, rows]) => `${table} ${rows?.length ?? 0}`)
		.join(', ');
	const lines = [
		en
			? `  sheet: ${sheet.sheet ?? '-'}; layout: ${sheet.layout ?? 'not recognised'}`
			: `  工作表：${sheet.sheet ?? '-'}；版式：${sheet.layout ?? '未识别'}`,
		`  ${formatCounts(sheet.counts, lang)}`,
		en ? `  facts: ${factCount(sheet)} (${tables || 'none'})` : `  事实：${factCount(sheet)} 条（${tables || '无'}）`
	];
	if (options.recipe && sheet.recipe !== null) lines.push(`  ${en ? 'recipe' : '配方'}: ${recipeJson(sheet.recipe, 0)}`);
	for (const note of sheet.notes) lines.push(`  ${en ? 'note' : '说明'}: ${formatNote(note, lang)}`);
	for (const problem of sheet.problems) lines.push(`  ${formatImportProblem(problem, lang)}`);
	return lines;
}
