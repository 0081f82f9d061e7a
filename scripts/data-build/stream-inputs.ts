// The data folder validated as it streams: each file is read in chunks, decoded as strict UTF-8,
// cut into pieces of whole records and validated piece by piece; the rows of each piece go to a
// sink (the staging CSV of the build) and are then dropped.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import {
	CsvPieces,
	DatasetStream,
	TABLE_NAMES,
	csvFileName,
	sortProblems,
	type DatasetResult,
	type ParsedRow,
	type Problem,
	type TableDef,
	type TableStream
} from '../../src/lib/model/index';
import { fileNotUtf8 } from '../../src/lib/model/messages-file';
import { displayPath, listInputs, readParquetInput, type InputFile } from './read-inputs';

/** Where validated rows go, piece by piece, in file order. */
export interface RowSink {
	rows(table: TableDef, rows: readonly ParsedRow[]): void | Promise<void>;
	/** The table's file turned out unreadable: forget its rows. */
	discard?(table: TableDef): void | Promise<void>;
}

/** Bytes read at a time: big enough that a small file is one piece, exactly as when read whole. */
export const CHUNK_BYTES = 64 * 1024;

async function streamCsv(
	input: InputFile,
	target: { stream: TableStream; sink: RowSink; chunkBytes: number }
): Promise<boolean> {
	const { stream, sink } = target;
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const pieces = new CsvPieces();
	const feed = async (text: string) => sink.rows(stream.table, stream.push(text));
	for await (const chunk of createReadStream(input.path, { highWaterMark: target.chunkBytes })) {
		const text = decode(decoder, chunk as Buffer);
		if (text === null) return false;
		await feed(pieces.push(text));
	}
	const last = decode(decoder);
	if (last === null) return false;
	await feed(pieces.push(last));
	await feed(pieces.end());
	return true;
}

/** Strict UTF-8 (a BOM is allowed): null when the bytes are not UTF-8 (a GBK file, say). */
function decode(decoder: TextDecoder, chunk?: Buffer): string | null {
	try {
		return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
	} catch {
		return null;
	}
}

async function streamTable(
	input: InputFile,
	target: { dataset: DatasetStream; sink: RowSink; chunkBytes: number; problems: Problem[] }
): Promise<void> {
	const { dataset, sink, problems } = target;
	const stream = dataset.open(input.table, input.file, { present: true });
	if (input.format === 'parquet') {
		const read = await readParquetInput(input);
		if ('text' in read) await sink.rows(stream.table, stream.push(read.text));
		else {
			problems.push(read);
			dataset.refuse(input.table);
			return;
		}
	} else if (!(await streamCsv(input, { stream, sink, chunkBytes: target.chunkBytes }))) {
		problems.push({ file: input.file, line: null, column: null, ...fileNotUtf8() });
		dataset.refuse(input.table);
		await sink.discard?.(stream.table);
		return;
	}
	stream.end();
}

/** Problems of files (unknown, twice, not UTF-8) in the order of the folder listing, as before. */
function inListingOrder(problems: readonly Problem[], order: readonly string[]): Problem[] {
	const rank = (file: string) => (order.includes(file) ? order.indexOf(file) : order.length);
	return [...problems].sort((a, b) => rank(a.file) - rank(b.file));
}

/** Validate every table of `inputDir` as it streams; rows go to `sink`. */
export async function streamDataset(
	inputDir: string,
	sink: RowSink,
	options: { chunkBytes?: number } = {}
): Promise<DatasetResult> {
	const inputs = await listInputs(inputDir);
	const dataset = new DatasetStream();
	const fileProblems = [...inputs.problems];
	const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
	for (const name of TABLE_NAMES) {
		const input = inputs.files.get(name);
		const refused = inputs.refused.includes(name);
		if (input === undefined || refused) {
			const file = input?.file ?? displayPath(path.join(inputDir, csvFileName(name)));
			dataset.open(name, file, { present: false, refused }).end();
			continue;
		}
		await streamTable(input, { dataset, sink, chunkBytes, problems: fileProblems });
	}
	const result = dataset.finish();
	const problems = sortProblems([...inListingOrder(fileProblems, inputs.order), ...result.problems]);
	return { ...result, ok: problems.length === 0, problems };
}
