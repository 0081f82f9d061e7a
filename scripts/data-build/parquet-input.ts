// A `<table>.parquet` in data/ is read, not ignored: its rows become the table's input text, in
// the contract's CSV form, so the same validation (with row numbers as lines) applies to it.
// A Parquet written by this build carries `<col>_decimals` (digits as published) and `<col>_wan`
// (derived): decimals restore the published digits, both are dropped before validation.
import Papa from 'papaparse';
import { openWorkbook } from '../../src/lib/import/read/index';
import type { Cell, ImportProblem } from '../../src/lib/import/types';
import type { CsvInput } from '../../src/lib/model/index';

function published(cell: Cell | null, decimals: Cell | null): string {
	if (cell === null) return '';
	const digits = decimals?.value;
	if (typeof cell.value === 'number' && typeof digits === 'number') return cell.value.toFixed(digits);
	if (typeof cell.value === 'boolean') return cell.value ? 'true' : 'false';
	return cell.text;
}

/** The Parquet file as CSV text (header + one line per row: line N = Parquet row N - 1). */
export async function parquetAsCsv(file: string, bytes: Uint8Array): Promise<CsvInput | ImportProblem[]> {
	const opened = await openWorkbook(file, bytes, { format: 'parquet' });
	const sheet = opened.workbook?.sheets[0];
	if (sheet === undefined) return [...opened.problems];
	let header: string[] = [];
	const data: string[][] = [];
	sheet.eachRow((row) => {
		if (row.n === 1) {
			header = row.cells.map((cell) => cell?.text ?? '');
			return;
		}
		const at = (name: string) => row.cells[header.indexOf(name)] ?? null;
		const kept = header.filter(
			(name) => !/_(decimals|wan)$/.test(name) || !header.includes(name.replace(/_(decimals|wan)$/, ''))
		);
		data.push(kept.map((name) => published(at(name), at(`${name}_decimals`))));
	});
	const fields = header.filter(
		(name) => !/_(decimals|wan)$/.test(name) || !header.includes(name.replace(/_(decimals|wan)$/, ''))
	);
	return { file, text: `${Papa.unparse({ fields, data }, { newline: '\n', escapeFormulae: false })}\n` };
}
