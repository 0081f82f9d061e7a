import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageQuery, runPageQuery, sameParams } from '$lib/queries/page-query';
import type { Query, QueryRunner } from '$lib/queries/query';
import { QueryClient } from './page-query.svelte';

// The browser runner is DuckDB-wasm; here it is a runner that answers with the department asked for.
const asked: string[] = [];
let release: Array<() => void> = [];
const runner: QueryRunner = async (query: Query) => {
	asked.push(String(query.params[0]));
	await new Promise<void>((resolve) => release.push(resolve));
	return [{ department_id: query.params[0], total: query.params[0] === 'a' ? 3855.37 : 1200 }];
};
vi.mock('./browser-data', () => ({ browserRunner: async () => runner, whenIdle: () => {} }));

const totals = pageQuery('totals', async (run, dept: string) => {
	const [row] = await run({ sql: 'SELECT ? AS department_id', params: [dept] });
	return { department: String(row!.department_id), total: Number(row!.total) };
});

/** Lets the pending answers through (`newestFirst`: the later view's answer arrives first). */
async function settle(newestFirst = false) {
	for (let i = 0; i < 5; i++) {
		const waiting = release.splice(0);
		(newestFirst ? waiting.reverse() : waiting).forEach((r) => r());
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
	}
}

afterEach(() => {
	asked.length = 0;
	release = [];
});

describe('page queries', () => {
	it('compares parameters structurally', () => {
		expect(sameParams({ departmentId: 'a', year: 2022 }, { year: 2022, departmentId: 'a' })).toBe(true);
		expect(sameParams({ departmentId: 'a', year: 2022 }, { departmentId: 'a', year: 2021 })).toBe(false);
		expect(sameParams(['a', 1], ['a', 1])).toBe(true);
		expect(sameParams(null, 'a')).toBe(false);
	});

	it('runs the same query for the build as for the browser, keeping the parameters', async () => {
		const built = runPageQuery(totals, runner, 'a');
		await settle();
		expect(await built).toEqual({ params: 'a', value: { department: 'a', total: 3855.37 } });
	});
});

describe('QueryClient', () => {
	function mount(initial: string, imports: string | null = null) {
		const view = $state({ dept: initial, imports });
		let client!: QueryClient<string, { department: string; total: number }>;
		const stop = $effect.root(() => {
			client = new QueryClient(totals, {
				prerendered: () => ({ params: 'a', value: { department: 'a', total: 3855.37 } }),
				params: () => view.dept,
				imports: () => view.imports,
				warmUp: false
			});
		});
		flushSync();
		return { view, client, stop };
	}

	it('shows the prerendered value without asking DuckDB', async () => {
		const { client, stop } = mount('a');
		await settle();
		expect(client.isPrerendered).toBe(true);
		expect(client.current).toEqual({ department: 'a', total: 3855.37 });
		expect(asked).toEqual([]);
		stop();
	});

	it('loads another view through the browser runner, and comes back to the prerendered one', async () => {
		const { view, client, stop } = mount('a');
		view.dept = 'b';
		flushSync();
		expect(client.current).toBeNull();
		expect(client.latest.department).toBe('a');
		expect(client.load.status).toBe('loading');
		await settle();
		expect(client.current).toEqual({ department: 'b', total: 1200 });
		expect(client.isPrerendered).toBe(false);
		expect(client.load.status).toBe('ready');
		view.dept = 'a';
		flushSync();
		expect(client.isPrerendered).toBe(true);
		expect(client.current?.total).toBe(3855.37);
		expect(asked).toEqual(['b']);
		stop();
	});

	it('drops the answer for a view the reader has already left', async () => {
		const { view, client, stop } = mount('a');
		view.dept = 'b';
		flushSync();
		view.dept = 'c';
		flushSync();
		await settle(true);
		expect(asked).toEqual(['b', 'c']);
		expect(client.current?.department).toBe('c');
		expect(client.latest.department).toBe('c');
		stop();
	});

	it('runs even the prerendered view through DuckDB once imports are in, and again when they change', async () => {
		const { view, client, stop } = mount('a', 'imports|x');
		expect(client.isPrerendered).toBe(false);
		expect(client.current).toBeNull();
		await settle();
		expect(client.current?.total).toBe(3855.37);
		view.imports = 'imports|x|y';
		flushSync();
		expect(client.current).toBeNull();
		await settle();
		expect(asked).toEqual(['a', 'a']);
		expect(client.current?.department).toBe('a');
		stop();
	});
});
