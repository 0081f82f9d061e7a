import { createHash } from 'node:crypto';

/**
 * SvelteKit's inline start script imports the app as soon as the HTML is parsed, so on a fast
 * connection the app's JS arrives and hydrates before the browser paints anything: the
 * prerendered figures and chart SVG wait for JS they do not need. This rewrites that script so
 * the imports start after the first frame is painted (a task queued from requestAnimationFrame
 * runs after that frame), and swaps its hash in the page's CSP <meta> for the new one.
 */
const START_CALL = 'Promise.all([';
const AFTER_PAINT = 'new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))).then(() => ';

function scriptHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The HTML with its start script deferred past first paint; unchanged if it has none. */
export function startAfterFirstPaint(html: string): string {
	const match = /<script>([\s\S]*?kit\.start\([\s\S]*?)<\/script>/.exec(html);
	const script = match?.[1];
	if (!match || script === undefined) return html;
	const start = script.indexOf(START_CALL);
	const end = script.lastIndexOf('});');
	if (start < 0 || end < start) throw new Error('first-paint: SvelteKit start script has an unknown shape');
	const deferred = `${script.slice(0, start)}${AFTER_PAINT}${script.slice(start, end)}}));${script.slice(end + 3)}`;
	const oldHash = scriptHash(script);
	if (!html.includes(oldHash)) throw new Error('first-paint: the start script has no hash in the page CSP');
	return html
		.replace(match[0], () => `<script>${deferred}</script>`)
		.replace(oldHash, () => scriptHash(deferred));
}
