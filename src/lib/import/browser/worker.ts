// The import worker (a module Web Worker started by client.ts): reads the reader's File here, off
// the page's thread, reporting bytes and rows as it goes, and runs the importer on the bytes.
// Nothing leaves the browser: the only messages go back to the page that started it.
import type { ImportJob, ImportProgress, WorkerMessage } from './protocol';
import { importBytes } from './run';

/** Progress at most this often, so a 10^6-row file is not slowed down by its own messages. */
const PROGRESS_MS = 80;
let last = 0;

function post(message: WorkerMessage): void {
	(self as unknown as Worker).postMessage(message);
}

function progress(message: Omit<ImportProgress, 'type'>, force = false): void {
	const now = performance.now();
	if (!force && now - last < PROGRESS_MS) return;
	last = now;
	post({ type: 'progress', ...message });
}

/** The File's bytes, read in the stream's chunks into one buffer of its size. */
async function readAll(file: File): Promise<Uint8Array> {
	const bytes = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let read = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value.subarray(0, Math.max(0, bytes.length - read)), read);
		read += value.byteLength;
		progress({ phase: 'reading', bytesRead: read, bytesTotal: file.size, rows: 0, rowsTotal: null });
	}
	return read === bytes.length ? bytes : bytes.subarray(0, Math.min(read, bytes.length));
}

/** A macrotask without setTimeout's 4 ms clamp for nested timers (hundreds of slices). */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function pause(): Promise<void> {
	return new Promise((resolve) => {
		waiting.push(resolve);
		channel.port2.postMessage(null);
	});
}

self.onmessage = async (event: MessageEvent<ImportJob>) => {
	const { file, options, existing, published } = event.data;
	try {
		const bytes = await readAll(file);
		const bytesTotal = file.size;
		progress({ phase: 'importing', bytesRead: bytesTotal, bytesTotal, rows: 0, rowsTotal: null }, true);
		const outcome = await importBytes({
			name: file.name,
			bytes,
			options,
			existing,
			published,
			pause,
			onRows: ({ rows, rowsTotal }) =>
				progress({ phase: 'importing', bytesRead: bytesTotal, bytesTotal, rows, rowsTotal })
		});
		post({ type: 'done', outcome });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
