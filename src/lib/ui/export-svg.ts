import type { SvgNode } from '$lib/charts/svg-tree';

/**
 * The exported chart image as one SVG document: the chart as drawn (its title inside), on white,
 * with a caption under it (unit, sources, link). Built as text with every caption escaped, so it
 * is testable without a browser and the PNG is drawn from exactly the same picture.
 */
export interface ExportFrame {
	/** The chart's own SVG document (ECharts' SVG renderer output). */
	chartSvg: string;
	width: number;
	height: number;
	/** Caption lines, each wrapped to the width. */
	caption: readonly string[];
	fontFamily: string;
}

const FONT_SIZE = 12;
const LINE_HEIGHT = 17;
const PADDING = 12;

export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/**
 * A sanitised SVG tree as XML text, every attribute and text escaped (zrender's own string
 * output leaves attribute values unescaped, so a quoted font name breaks the document).
 */
export function serialiseSvgTree(node: SvgNode): string {
	const attrs = Object.entries(node.attrs)
		.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
		.join('');
	const text = node.text ? escapeXml(node.text) : '';
	return `<${node.tag}${attrs}>${text}${node.children.map(serialiseSvgTree).join('')}</${node.tag}>`;
}

/** Wide (CJK) characters take about a full em, Latin ones about half. */
function charWidth(char: string): number {
	return /[\u2E80-\uFFEF]/.test(char) ? 1 : 0.56;
}

/** Splits text into lines no wider than `maxWidth` pixels at the caption's font size. */
export function wrapCaption(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
	const lines: string[] = [];
	let line = '';
	let width = 0;
	for (const char of text) {
		const w = charWidth(char) * fontSize;
		if (width + w > maxWidth && line) {
			lines.push(line);
			line = '';
			width = 0;
		}
		line += char;
		width += w;
	}
	if (line) lines.push(line);
	return lines;
}

/** The complete export document and its height (chart plus caption). */
export function composeExportSvg(frame: ExportFrame): { svg: string; width: number; height: number } {
	const lines = frame.caption.flatMap((c) => wrapCaption(c, frame.width - 2 * PADDING));
	const height = frame.height + PADDING + lines.length * LINE_HEIGHT;
	const text = lines
		.map(
			(line, i) =>
				`<text x="${PADDING}" y="${frame.height + PADDING + i * LINE_HEIGHT}" font-size="${FONT_SIZE}" fill="#55616d">${escapeXml(line)}</text>`
		)
		.join('');
	const chart = frame.chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${height}" ` +
		`viewBox="0 0 ${frame.width} ${height}" font-family="${escapeXml(frame.fontFamily)}">` +
		`<rect width="100%" height="100%" fill="#ffffff"/>${chart}${text}</svg>`;
	return { svg, width: frame.width, height };
}
