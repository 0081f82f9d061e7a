import type { Handle } from '@sveltejs/kit';
import { localeFromSegment } from '$lib/i18n/locales';
import { startAfterFirstPaint } from '$lib/server/first-paint';

/**
 * Sets <html lang> per route at prerender time: /en pages are English, the rest zh-CN. The app's
 * JS is neither preloaded nor started before first paint (server/first-paint): the prerendered
 * page needs none of it to show its figures and charts.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = localeFromSegment(event.params.lang);
	return resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) => startAfterFirstPaint(html.replace('%mingjing.lang%', lang))
	});
};
