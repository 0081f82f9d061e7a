import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table';

describe('KeyTable', () => {
	it('maps keys to values exactly, through growth and rehashing', () => {
		const table = new KeyTable();
		const key = (i: number) => `["d${i % 97}",${2013 + (i % 10)},"l${i}","衡阳"]`;
		for (let i = 1; i <= 50_000; i++) table.set(key(i), i + 1);
		expect(table.size).toBe(50_000);
		expect(table.get('["d1",2014,"l1","衡阳"]')).toBe(2);
		expect(table.get('["d44",2022,"l49999","衡阳"]')).toBe(50_000);
		for (let i = 1; i <= 50_000; i += 499) expect(table.get(key(i))).toBe(i + 1);
		expect(table.get('["d1",2014,"l1","衡"]')).toBe(0);
		expect(table.has('["d1",2014,"l50001","衡阳"]')).toBe(false);
		table.set('["d1",2014,"l1","衡阳"]', 7);
		expect(table.get('["d1",2014,"l1","衡阳"]')).toBe(7);
		expect(table.size).toBe(50_000);
	});

	it('tells apart keys whose hashes collide', () => {
		// "Aa" and "BB" share a Java hash, not an FNV-1a one; find a real FNV-1a pair instead.
		const seen = new Map<number, string>();
		let pair: [string, string] | null = null;
		const fnv = (key: string) => {
			let hash = 0x811c9dc5;
			for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
			return hash >>> 0;
		};
		for (let i = 0; pair === null; i++) {
			const key = `k${i}`;
			const other = seen.get(fnv(key));
			if (other !== undefined) pair = [other, key];
			else seen.set(fnv(key), key);
		}
		const table = new KeyTable();
		table.set(pair[0], 1);
		expect(table.get(pair[1])).toBe(0);
		table.set(pair[1], 2);
		expect([table.get(pair[0]), table.get(pair[1]), table.size]).toEqual([1, 2, 2]);
	});
});
