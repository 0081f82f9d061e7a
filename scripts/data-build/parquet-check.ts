import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';

/** Rows of a Parquet file as the browser reads them (hyparquet, the site's Parquet reader). */
export async function readParquetRows(file: string): Promise<Record<string, unknown>[]> {
	return parquetReadObjects({ file: await asyncBufferFromFile(file) });
}

/**
 * Files whose row count, read back from the footer with hyparquet, differs from what was
 * written (the footer only: reading a million rows back as objects would cost more than the build).
 */
export async function checkParquetRowCounts(
	files: readonly { readonly parquet: string; readonly rows: number }[]
): Promise<string[]> {
	const mismatches: string[] = [];
	for (const { parquet, rows } of files) {
		const metadata = await parquetMetadataAsync(await asyncBufferFromFile(parquet));
		const read = Number(metadata.num_rows);
		if (read !== rows) mismatches.push(`${parquet}: wrote ${rows} rows, hyparquet read ${read}`);
	}
	return mismatches;
}
