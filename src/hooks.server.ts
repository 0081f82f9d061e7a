import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> per route at prerender time: /en pages are English, the rest zh-CN. */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'zh-CN';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%mingjing.lang%', lang)
	});
};
