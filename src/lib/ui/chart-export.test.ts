import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './chart-export';

describe('renderChartSvg', () => {
	it('renders an option off screen to a standalone SVG at the requested size', async () => {
		const svg = await renderChartSvg(
			{
				title: { text: '三公经费' },
				xAxis: { type: 'category', data: ['2021', '2022'] },
				yAxis: { type: 'value' },
				series: [{ type: 'bar', data: [18.4, 28.98] }]
			},
			640,
			400
		);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('width="640"');
		expect(svg).toContain('三公经费');
	});
});

describe('renderChartSvg output', () => {
	it('is well-formed XML even with quoted font names', async () => {
		const svg = await renderChartSvg(
			{
				textStyle: { fontFamily: '"Noto Sans CJK SC", sans-serif' },
				title: { text: 'A & B' },
				xAxis: { type: 'category', data: ['x'] },
				yAxis: {},
				series: [{ type: 'bar', data: [1] }]
			},
			200,
			100
		);
		expect(svg).toContain('font-family:&quot;Noto Sans CJK SC&quot;');
		expect(svg).toContain('A &amp; B');
		expect(svg).not.toMatch(/="[^"]*"[^ >/]/);
	});
});
