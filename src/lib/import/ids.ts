// Ids for rows an import creates: readable ASCII slugs where the source gives an English name,
// else a short stable hash of the Chinese name (the same name always gives the same id).

/** `Hengyang City` → `hengyang_city`; '' when nothing ASCII is left. */
export function slugOf(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 48)
		.replace(/_+$/, '');
}

/** FNV-1a 32-bit of the UTF-16 code units, as 8 hex digits. */
export function fnv8(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
