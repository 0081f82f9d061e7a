import type { Figure } from '$lib/queries/figures';

/**
 * The unit a table column can name once in its header: the one unit every figure shown in it
 * shares. None when the column mixes units (an imported department's 元 beside 万元) or holds only
 * signed changes: then every cell keeps its own unit.
 */
export function columnUnit(figures: Iterable<Figure | null | undefined>): string | null {
	let unit: string | null = null;
	for (const figure of figures) {
		if (!figure || figure.signed) continue;
		if (unit !== null && figure.unit !== unit) return null;
		unit = figure.unit;
	}
	return unit;
}
