import { page } from '$app/state';
import { goto } from '$app/navigation';
import { viewStateSearch, type ViewState } from './url-state';

/**
 * The page's search params, reactive. Prerendered pages have none at build time, so this starts
 * empty (the default view, as prerendered) and follows `page.url` once in the browser — also on
 * back and forward. Call during component initialisation.
 */
export function urlSearch(): { readonly params: URLSearchParams } {
	// Not a $derived: reading `page.url.search` during prerendering throws, and effects run only
	// in the browser.
	// eslint-disable-next-line svelte/prefer-writable-derived
	let search = $state('');
	$effect(() => {
		search = page.url.search;
	});
	return {
		get params() {
			// A fresh, read-only copy each time: nothing mutates it, so it need not be reactive.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			return new URLSearchParams(search);
		}
	};
}

/** Shows another view: a new history entry, so back returns to the previous one. */
export function showState(state: Partial<ViewState>): Promise<void> {
	return goto(`${page.url.pathname}${viewStateSearch(state)}`, { keepFocus: true, noScroll: true });
}

/** An absolute link to this page in this language with the given state spelled out. Browser only. */
export function permalinkFor(state: Partial<ViewState>, pathname = page.url.pathname): string {
	// Only its text is used.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new URL(`${pathname}${viewStateSearch(state)}`, window.location.origin).href;
}
