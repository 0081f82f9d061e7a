import type { CellKind } from '$lib/format/cell';

/** Fixed row height of the result grid (CSS uses the same), so the window is pure arithmetic. */
export const ROW_HEIGHT = 28;
/** Rows rendered above and below the visible ones, so fast scrolling shows no blank band. */
export const OVERSCAN = 12;

/** The rows to render for a scroll position: [start, end) clipped to the result. */
export function visibleWindow(options: { scrollTop: number; height: number; rowCount: number }): {
	start: number;
	end: number;
} {
	const first = Math.floor(options.scrollTop / ROW_HEIGHT);
	const count = Math.ceil(options.height / ROW_HEIGHT);
	const start = Math.max(0, Math.min(first - OVERSCAN, options.rowCount));
	const end = Math.min(options.rowCount, first + count + OVERSCAN);
	return { start, end: Math.max(start, end) };
}

/** A first width per column from its header and kind; the reader resizes from there. */
export function initialWidth(name: string, kind: CellKind): number {
	const header = [...name].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 14 : 8), 40);
	const content = kind === 'number' || kind === 'boolean' ? 90 : kind === 'text' ? 180 : 160;
	return Math.min(360, Math.max(header, content));
}
