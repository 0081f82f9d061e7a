import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { cellText, csvField } from '$lib/format/cell';
import { noiseFree } from '$lib/format/result-number';
import type { ResultSet } from './result-set';

/** Distinct names for export (a result may repeat a column name; files may not). */
function exportNames(result: ResultSet): string[] {
	const seen = new Map<string, number>();
	return result.columns.map((c) => {
		const n = (seen.get(c.name) ?? 0) + 1;
		seen.set(c.name, n);
		return n === 1 ? c.name : `${c.name}_${n}`;
	});
}

/**
 * CSV (UTF-8 with BOM so spreadsheets read Chinese correctly); formula-like text neutralised;
 * numbers as the grid shows them (no float noise), so the file reads back
 * to the figures on screen.
 */
export function resultCsv(result: ResultSet): string {
	const lines = [exportNames(result).map((name) => csvField(name)).join(',')];
	for (let r = 0; r < result.rowCount; r++) {
		lines.push(
			result.columns.map((c, i) => csvField(cellText(result.value(r, i), c.kind), c.kind)).join(',')
		);
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function columnSource(result: ResultSet, index: number, name: string): ColumnSource {
	const column = result.columns[index]!;
	const values = Array.from({ length: result.rowCount }, (_, r) => result.value(r, index));
	if (column.kind === 'number') {
		const numbers = values.map((v) => (v === null || v === undefined ? null : noiseFree(Number(v))));
		return { name, data: numbers, type: column.integer ? 'INT32' : 'DOUBLE', nullable: true };
	}
	if (column.kind === 'boolean') {
		return { name, data: values.map((v) => (v === null ? null : Boolean(v))), type: 'BOOLEAN', nullable: true };
	}
	return { name, data: values.map((v) => cellText(v, column.kind)), type: 'STRING', nullable: true };
}

/** Parquet (SNAPPY) written in the browser with hyparquet-writer; dates and nested values as text. */
export function resultParquet(result: ResultSet): ArrayBuffer {
	const names = exportNames(result);
	return parquetWriteBuffer({ columnData: names.map((name, i) => columnSource(result, i, name)) });
}
