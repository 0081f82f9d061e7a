// Bundled for the browser by import-worker.test.ts and run as a Web Worker: the importer the CLI
// uses (readers, layouts, orchestrator), with no Node built-ins, on bytes posted to it.
import { LAYOUTS } from '../../src/lib/import/layouts/index';
import { openWorkbook } from '../../src/lib/import/read/index';
import { Registry } from '../../src/lib/import/registry';
import { importWorkbook } from '../../src/lib/import/workbook';
import type { ContractRow } from '../../src/lib/import/types';

interface Job {
	readonly name: string;
	readonly bytes: Uint8Array;
	readonly regions: ContractRow[];
}

self.onmessage = async (event: MessageEvent<Job>) => {
	const { name, bytes, regions } = event.data;
	const opened = await openWorkbook(name, bytes);
	if (opened.workbook === null) {
		postMessage({ problems: opened.problems.map((problem) => problem.message.en) });
		return;
	}
	const sheets = importWorkbook(opened.workbook, LAYOUTS, new Registry({ regions }));
	postMessage({
		encoding: opened.workbook.encoding,
		layouts: sheets.map((sheet) => sheet.layout),
		counts: sheets.map((sheet) => sheet.counts),
		rows: sheets.flatMap((sheet) => [
			...(sheet.rows.environment ?? []),
			...(sheet.rows.regional_finance ?? [])
		])
	});
};
