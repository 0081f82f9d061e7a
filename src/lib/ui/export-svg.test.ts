import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, serialiseSvgTree, wrapCaption } from './export-svg';

describe('wrapCaption', () => {
	it('wraps Chinese at about one em per character and Latin at about half', () => {
		expect(wrapCaption('一二三四五六', 48, 12)).toEqual(['一二三四', '五六']);
		expect(wrapCaption('abcdefghij', 34, 12)).toEqual(['abcde', 'fghij']);
		expect(wrapCaption('', 100)).toEqual([]);
	});
});

describe('composeExportSvg', () => {
	it('puts the chart on white with the escaped caption under it', () => {
		const { svg, height } = composeExportSvg({
			chartSvg: '<svg width="100" height="50"><path d="M0 0"/></svg>',
			width: 400,
			height: 250,
			caption: ['单位：万元', 'Source: <b>“A & B”</b>'],
			fontFamily: '"Noto Sans CJK SC", sans-serif'
		});
		expect(height).toBe(250 + 12 + 2 * 17);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="296"')).toBe(true);
		expect(svg).toContain('font-family="&quot;Noto Sans CJK SC&quot;, sans-serif"');
		expect(svg).toContain('<svg width="100" height="50"><path d="M0 0"/></svg>');
		expect(svg).toContain('>单位：万元</text>');
		expect(svg).toContain('>Source: &lt;b&gt;“A &amp; B”&lt;/b&gt;</text>');
		expect(svg).not.toContain('<b>');
	});
	it('escapes every XML special character', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});
});

describe('serialiseSvgTree', () => {
	it('escapes attribute values and text (a quoted font name stays well-formed)', () => {
		expect(
			serialiseSvgTree({
				tag: 'svg',
				attrs: { width: '10' },
				children: [{ tag: 'text', attrs: { style: 'font-family:"Noto Sans"' }, text: 'a<b', children: [] }]
			})
		).toBe('<svg width="10"><text style="font-family:&quot;Noto Sans&quot;">a&lt;b</text></svg>');
	});
});
