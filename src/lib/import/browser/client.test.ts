import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MB } from './size-gate';
import { prepareWorker, releaseWorker, startImport, type StartOptions } from './client';

// The spare worker: started ahead of a drop, taken by the next file, never two at once, ended
// with the page. A stand-in Worker records what the client does with it.
class FakeWorker {
	static made: FakeWorker[] = [];
	posted: unknown[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor(readonly url: URL) {
		FakeWorker.made.push(this);
	}
	postMessage(message: unknown): void {
		this.posted.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
}

const start: StartOptions = {
	options: {},
	existing: { regions: [], departments: [], sources: [] },
	published: []
};
const file = (name: string) => new File(['a,b\n1,2\n'], name);

beforeEach(() => {
	FakeWorker.made = [];
	vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
	releaseWorker();
	vi.unstubAllGlobals();
});

describe('the spare import worker', () => {
	it('is started once however often it is asked for, and the next file takes it', () => {
		prepareWorker();
		prepareWorker();
		expect(FakeWorker.made).toHaveLength(1);
		const spare = FakeWorker.made[0];
		startImport(file('a.csv'), start);
		expect(FakeWorker.made).toHaveLength(1);
		expect((spare?.posted[0] as { file: File }).file.name).toBe('a.csv');
		// Taken: the file after it gets a worker of its own.
		startImport(file('b.csv'), start);
		expect(FakeWorker.made).toHaveLength(2);
		expect((FakeWorker.made[1]?.posted[0] as { file: File }).file.name).toBe('b.csv');
		expect(spare?.posted).toHaveLength(1);
	});

	it('is not used by a file the size gate refuses, and ends with the page', async () => {
		prepareWorker();
		const big = { name: 'big.csv', size: 300 * MB } as File;
		const refused = await startImport(big, start).result;
		expect(refused.kind).toBe('refused');
		expect(FakeWorker.made[0]?.posted).toEqual([]);
		releaseWorker();
		expect(FakeWorker.made[0]?.terminated).toBe(true);
		startImport(file('c.csv'), start);
		expect(FakeWorker.made).toHaveLength(2);
	});

	it('cancel terminates the worker the file took', async () => {
		prepareWorker();
		const running = startImport(file('d.csv'), start);
		running.cancel();
		expect(await running.result).toEqual({ kind: 'cancelled' });
		expect(FakeWorker.made[0]?.terminated).toBe(true);
	});
});
