// A `<table>.parquet` in data/ is read, not ignored: its rows become the table's input text, in
// the contract's CSV form, so the same validation (with row numbers as lines) applies to it.
// A Parquet written by this build carries `<col>_decimals` (digits as published) and `<col>_wan`
// (derived): decimals restore the published digits, both are dropped before validation.
import Papa from 'papaparse';
import { decimalText } from '../../src/lib/import/layouts/contract-table';
import { openWorkbook } from '../../src/lib/import/read/index';
import type { ImportProblem } from '../../src/lib/import/types';
import type { CsvInput } from '../../src/lib/model/index';

const DERIVED = /_(decimals|wan)$/;

/** The Parquet file as CSV text (header + one line per row: line N = Parquet row N - 1). */
export async function parquetAsCsv(file: string, bytes: Uint8Array): Promise<CsvInput | ImportProblem[]> {
	const opened = await openWorkbook(file, bytes, { format: 'parquet' });
	const sheet = opened.workbook?.sheets[0];
	if (sheet === undefined) return [...opened.problems];
	// Columns as in the file, less `<col>_decimals` / `<col>_wan` of a column that is there too.
	let kept: { name: string; col: number; decimalsCol: number | undefined }[] = [];
	const data: string[][] = [];
	sheet.eachRow((row) => {
		if (row.n === 1) {
			const header = row.cells.map((cell) => cell?.text ?? '');
			const col = (name: string) => (header.includes(name) ? header.indexOf(name) + 1 : undefined);
			kept = header
				.map((name, i) => ({ name, col: i + 1, decimalsCol: col(`${name}_decimals`) }))
				.filter(({ name }) => !DERIVED.test(name) || !header.includes(name.replace(DERIVED, '')));
			return;
		}
		data.push(kept.map(({ col, decimalsCol }) => decimalText(row, col, decimalsCol)));
	});
	const fields = kept.map(({ name }) => name);
	return { file, text: `${Papa.unparse({ fields, data }, { newline: '\n', escapeFormulae: false })}\n` };
}
