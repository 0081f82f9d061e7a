/**
 * A chart rendered at build time as a plain tree (tag, attributes, text, children), so Svelte can
 * put a real <svg> into the prerendered HTML without raw-HTML insertion: Svelte escapes every attribute and
 * text node. Only drawing elements and presentation attributes survive sanitising.
 */
export interface SvgNode {
	tag: string;
	attrs: Record<string, string>;
	text?: string;
	children: SvgNode[];
}

const ALLOWED_TAGS = new Set([
	'svg',
	'g',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'defs',
	'clipPath',
	'linearGradient',
	'radialGradient',
	'stop',
	'pattern',
	'title',
	'desc'
]);

function safeAttr(name: string, value: string): boolean {
	if (/^on/i.test(name)) return false;
	if (/href$/i.test(name)) return value.startsWith('#');
	return !/javascript:/i.test(value);
}

interface RawVNode {
	tag: string;
	attrs?: Record<string, string | number | boolean | undefined>;
	text?: string;
	children?: RawVNode[];
}

/** Converts zrender's SVG virtual node into a sanitised SvgNode (drops <style>, scripts, handlers). */
export function sanitiseVNode(node: RawVNode): SvgNode | null {
	if (!ALLOWED_TAGS.has(node.tag)) return null;
	const attrs: Record<string, string> = {};
	for (const [name, value] of Object.entries(node.attrs ?? {})) {
		if (value === undefined || value === false) continue;
		const text = value === true ? '' : String(value);
		if (safeAttr(name, text)) attrs[name] = text;
	}
	const children = (node.children ?? [])
		.map(sanitiseVNode)
		.filter((child): child is SvgNode => child !== null);
	return { tag: node.tag, attrs, text: node.text, children };
}
