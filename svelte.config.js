import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/security-headers.mjs';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds run side by side (parallel work, CI); default build/.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// Every stylesheet (a few KB) inline: no request stands between the HTML and first paint.
		inlineStyleThreshold: 64 * 1024,
		prerender: {
			handleHttpError: 'fail',
			// app.html's render-blocking <link rel="expect" href="#mingjing-parsed"> is not a link a
			// reader follows: pages without ui/FirstScreen.svelte have no such id and paint once parsed.
			handleMissingId: ({ id, message }) => {
				if (id !== 'mingjing-parsed') throw new Error(message);
			}
		},
		// Hashes of SvelteKit's inline scripts go into a <meta> CSP on every prerendered page. The same
		// directives (without script-src, plus frame-ancestors) go out as a header: scripts/security-headers.mjs.
		csp: {
			mode: 'hash',
			directives: structuredClone(CSP_DIRECTIVES)
		}
	}
};
export default config;
