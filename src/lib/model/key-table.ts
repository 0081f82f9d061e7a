// A string → positive integer map for the keys of a million rows: the keys' UTF-8 bytes live in
// one growing byte arena and the slots in typed arrays, so a million keys cost ~100 bytes each
// and nothing for the garbage collector to trace (a Map of strings costs ~300 bytes a key and
// most of the build's time in GC). Exact: a slot matches only when the bytes are equal.

const encoder = new TextEncoder();

/** 32-bit FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export class KeyTable {
	private arena = new Uint8Array(1 << 16);
	private used = 0;
	/** Per entry: start in the arena, byte length, value. */
	private starts = new Uint32Array(1024);
	private lengths = new Uint32Array(1024);
	private values = new Int32Array(1024);
	private count = 0;
	/** Open addressing: entry index + 1 per slot (0 = empty) and the key's hash. */
	private slots = new Int32Array(2048);
	private hashes = new Uint32Array(2048);
	private scratch = new Uint8Array(256);

	get size(): number {
		return this.count;
	}

	/** The value stored for `key`, or 0 when there is none (store positive values only). */
	get(key: string): number {
		const slot = this.find(key, hashOf(key));
		const entry = this.slots[slot] ?? 0;
		return entry === 0 ? 0 : (this.values[entry - 1] ?? 0);
	}

	has(key: string): boolean {
		return this.get(key) !== 0;
	}

	/** Store `value` (> 0) for `key`, replacing any value it had. */
	set(key: string, value: number): void {
		const hash = hashOf(key);
		const slot = this.find(key, hash);
		const entry = this.slots[slot] ?? 0;
		if (entry !== 0) {
			this.values[entry - 1] = value;
			return;
		}
		const length = this.encode(key);
		this.growEntries();
		this.arenaFor(length);
		this.arena.set(this.scratch.subarray(0, length), this.used);
		this.starts[this.count] = this.used;
		this.lengths[this.count] = length;
		this.values[this.count] = value;
		this.used += length;
		this.count++;
		this.slots[slot] = this.count;
		this.hashes[slot] = hash;
		if (this.count * 2 > this.slots.length) this.rehash();
	}

	/** The slot holding `key`, or the empty slot where it would go. */
	private find(key: string, hash: number): number {
		const mask = this.slots.length - 1;
		let length = -1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot] ?? 0;
			if (entry === 0) return slot;
			if (this.hashes[slot] !== hash) continue;
			if (length < 0) length = this.encode(key);
			if (this.equals(entry - 1, length)) return slot;
		}
	}

	/** Encode `key` into the scratch buffer; returns its byte length. */
	private encode(key: string): number {
		if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
		return encoder.encodeInto(key, this.scratch).written;
	}

	private equals(entry: number, length: number): boolean {
		if (this.lengths[entry] !== length) return false;
		const start = this.starts[entry] ?? 0;
		for (let i = 0; i < length; i++) if (this.arena[start + i] !== this.scratch[i]) return false;
		return true;
	}

	private arenaFor(length: number): void {
		if (this.used + length <= this.arena.length) return;
		let size = this.arena.length * 2;
		while (size < this.used + length) size *= 2;
		const arena = new Uint8Array(size);
		arena.set(this.arena.subarray(0, this.used));
		this.arena = arena;
	}

	private growEntries(): void {
		if (this.count < this.starts.length) return;
		const grow = <T extends Uint32Array | Int32Array>(old: T, make: (n: number) => T): T => {
			const next = make(old.length * 2);
			next.set(old);
			return next;
		};
		this.starts = grow(this.starts, (n) => new Uint32Array(n));
		this.lengths = grow(this.lengths, (n) => new Uint32Array(n));
		this.values = grow(this.values, (n) => new Int32Array(n));
	}

	private rehash(): void {
		const oldSlots = this.slots;
		const oldHashes = this.hashes;
		this.slots = new Int32Array(oldSlots.length * 2);
		this.hashes = new Uint32Array(oldSlots.length * 2);
		const mask = this.slots.length - 1;
		for (let i = 0; i < oldSlots.length; i++) {
			const entry = oldSlots[i] ?? 0;
			if (entry === 0) continue;
			const hash = oldHashes[i] ?? 0;
			let slot = hash & mask;
			while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
			this.slots[slot] = entry;
			this.hashes[slot] = hash;
		}
	}
}
