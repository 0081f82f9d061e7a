// Validate data/*.csv against the contract without writing anything. Exit 1 on any problem.
import { pathToFileURL } from 'node:url';
import { parseLang } from '../src/lib/model/index';
import { validateDirectory } from './build-data';
import { problemLines, summaryLines } from './data-build/report';

async function main(): Promise<void> {
	const lang = parseLang(process.env['MINGJING_LANG']);
	const inputDir = process.argv[2] ?? 'data';
	const result = await validateDirectory(inputDir);
	const summary = summaryLines(result.files, lang);
	if (result.problems.length > 0) {
		const lines = problemLines(result.problems, lang);
		lines[0] =
			lang === 'en'
				? `${result.problems.length} problem(s) in the data:`
				: `数据中有 ${result.problems.length} 个问题：`;
		console.error([...lines, ...summary].join('\n'));
		process.exitCode = 1;
		return;
	}
	console.log(summary.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
}
