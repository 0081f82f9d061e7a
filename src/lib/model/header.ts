import { headerDuplicateColumn, headerMissingColumn, headerUnknownColumn } from './messages-file';
import type { Problem } from './problems';
import type { TableDef } from './schema';

/** Levenshtein distance, for "did you mean" on misspelt column names. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

function nearestName(name: string, candidates: readonly string[]): string | undefined {
	const plain = name
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
	const exact = candidates.find((candidate) => candidate === plain);
	if (exact !== undefined) return exact;
	const scored = candidates.map((candidate) => ({
		candidate,
		distance: editDistance(plain, candidate)
	}));
	const best = scored.sort((a, b) => a.distance - b.distance)[0];
	return best !== undefined && best.distance <= 2 ? best.candidate : undefined;
}

export interface HeaderCheck {
	readonly columnIndex: ReadonlyMap<string, number>;
	readonly usable: boolean;
	readonly problems: readonly Problem[];
}

/** Check the header line (line 1) against the table's columns. Column order is free. */
export function checkHeader(table: TableDef, file: string, fields: readonly string[]): HeaderCheck {
	const names = table.columns.map((column) => column.name);
	const columnIndex = new Map<string, number>();
	const problems: Problem[] = [];
	const at = (index: number, name: string) => ({ file, line: 1, column: { index, name } });
	const renames = new Set<string>();
	fields.forEach((field, i) => {
		const index = i + 1;
		const first = columnIndex.get(field);
		if (first !== undefined) {
			problems.push({ ...at(index, field), ...headerDuplicateColumn(field, first) });
		} else if (names.includes(field)) {
			columnIndex.set(field, index);
		} else {
			const near = nearestName(
				field,
				names.filter((name) => !fields.includes(name))
			);
			if (near !== undefined) renames.add(near);
			problems.push({ ...at(index, field), ...headerUnknownColumn(field, { near, all: names }) });
		}
	});
	for (const column of table.columns) {
		if (!columnIndex.has(column.name) && !renames.has(column.name)) {
			problems.push({ file, line: 1, column: null, ...headerMissingColumn(column) });
		}
	}
	const complete = names.every((name) => columnIndex.has(name));
	const usable = complete && problems.every((p) => p.code === 'header_unknown_column');
	return { columnIndex, usable, problems };
}
