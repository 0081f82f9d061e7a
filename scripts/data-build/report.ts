import {
	formatFileReport,
	formatProblem,
	pick,
	type FileReport,
	type Lang,
	type Problem
} from '../../src/lib/model/index';

export function problemLines(problems: readonly Problem[], lang: Lang): string[] {
	const count = problems.length;
	const heading = pick(
		{
			en: `${count} problem${count === 1 ? '' : 's'} in the data; nothing was written:`,
			zh: `数据中有 ${count} 个问题，未写出任何文件：`
		},
		lang
	);
	return [heading, ...problems.map((problem) => formatProblem(problem, lang))];
}

export function summaryLines(files: readonly FileReport[], lang: Lang): string[] {
	const total = (key: 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'rowsSkipped') =>
		files.reduce((sum, file) => sum + file[key], 0);
	const totals = pick(
		{
			en:
				`${files.length} tables: read ${total('rowsRead')}, loaded ${total('rowsLoaded')}, ` +
				`rejected ${total('rowsRejected')}, skipped ${total('rowsSkipped')}`,
			zh:
				`${files.length} 张表：读取 ${total('rowsRead')} 行，载入 ${total('rowsLoaded')} 行，` +
				`拒绝 ${total('rowsRejected')} 行，跳过 ${total('rowsSkipped')} 行`
		},
		lang
	);
	return [...files.map((file) => `  ${formatFileReport(file, lang)}`), totals];
}
