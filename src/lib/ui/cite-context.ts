import { getContext, setContext } from 'svelte';

/**
 * What a figure's citation needs from the page it is on, given through a Svelte context so
 * FigureValue's callers do not change: the department the view is about (used only when the
 * sources carry no department) and an absolute link to the exact view (state and language).
 */
export interface CiteContext {
	department(): string | null;
	permalink(): string | null;
	/** A department's name in the page's language, for the chart CSVs' `department` column. */
	departmentName?(id: string): string | null;
}

const KEY = Symbol('mingjing-cite');

/** Outside any page that sets one: no department, and the address bar as the permalink. */
const FALLBACK: CiteContext = {
	department: () => null,
	permalink: () => (typeof window === 'undefined' ? null : window.location.href)
};

export function setCiteContext(context: CiteContext): void {
	setContext(KEY, context);
}

export function getCiteContext(): CiteContext {
	return getContext<CiteContext | undefined>(KEY) ?? FALLBACK;
}
