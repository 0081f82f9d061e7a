/**
 * A dashboard view's filters as URL search parameters, parsed once at the edge into typed values.
 * The URL is the view: back and forward, shared links and "copy link" all land on the same figures.
 * Keys: `dept`, `year` (one year), `years` (a set, comma-separated), `stage`, `scope`, `line`,
 * `city` (a region other than the department's, on /environment).
 */
export interface ViewState {
	dept: string | null;
	year: number | null;
	/** Empty means every year. */
	years: number[];
	/** null means every stage. */
	stage: string | null;
	scope: string | null;
	/** The spending line the drill-down shows. */
	line: string | null;
	/** A region whose figures /environment shows instead of the department's own. */
	city: string | null;
}

export const EMPTY_STATE: ViewState = {
	dept: null,
	year: null,
	years: [],
	stage: null,
	scope: null,
	line: null,
	city: null
};

/** The values a page accepts for each key; a key without a domain is ignored. */
export interface StateDomain {
	depts?: readonly string[];
	years?: readonly number[];
	stages?: readonly string[];
	scopes?: readonly string[];
	lines?: readonly string[];
	cities?: readonly string[];
}

const KEY_ORDER = ['dept', 'city', 'year', 'years', 'stage', 'scope', 'line'] as const;

function oneOf(value: string | null, allowed: readonly string[] | undefined): string | null {
	return value !== null && allowed?.includes(value) ? value : null;
}

function yearOf(value: string | null, allowed: readonly number[] | undefined): number | null {
	if (value === null || !/^\d{4}$/.test(value)) return null;
	const year = Number(value);
	return allowed?.includes(year) ? year : null;
}

function yearsOf(value: string | null, allowed: readonly number[] | undefined): number[] {
	if (value === null) return [];
	const years = value
		.split(',')
		.map((part) => yearOf(part.trim(), allowed))
		.filter((y): y is number => y !== null);
	return [...new Set(years)].sort((a, b) => a - b);
}

/** Reads the state from search params; unknown or malformed values fall back to "not set". */
export function parseViewState(search: URLSearchParams, domain: StateDomain): ViewState {
	return {
		dept: oneOf(search.get('dept'), domain.depts),
		year: yearOf(search.get('year'), domain.years),
		years: yearsOf(search.get('years'), domain.years),
		stage: oneOf(search.get('stage'), domain.stages),
		scope: oneOf(search.get('scope'), domain.scopes),
		line: oneOf(search.get('line'), domain.lines),
		city: oneOf(search.get('city'), domain.cities)
	};
}

/** The state as search params in a fixed key order, without unset keys. */
export function viewStateParams(state: Partial<ViewState>): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of KEY_ORDER) {
		const value = state[key];
		if (value === null || value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length > 0) params.set(key, [...value].sort((a, b) => a - b).join(','));
		} else params.set(key, String(value));
	}
	return params;
}

/** `?dept=…&years=2021,2022` or '' — commas stay readable in shared links. */
export function viewStateSearch(state: Partial<ViewState>): string {
	const text = viewStateParams(state).toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}

/** Two states show the same view. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
	return viewStateSearch(a) === viewStateSearch(b);
}

/** The state with page defaults filled in where the URL left a key unset. */
export function withDefaults(state: ViewState, defaults: Partial<ViewState>): ViewState {
	const out: ViewState = { ...state };
	for (const key of KEY_ORDER) {
		const value = out[key];
		const fallback = defaults[key];
		const unset = value === null || (Array.isArray(value) && value.length === 0);
		if (unset && fallback !== undefined) (out as unknown as Record<string, unknown>)[key] = fallback;
	}
	return out;
}
