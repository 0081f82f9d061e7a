import { describe, expect, it } from 'vitest';
import { parseRichText } from 'zrender/lib/graphic/helper/parseText.js';
import { literalLabel, literalTooltip, richSafe } from './literal';
import { resultChart, resultChartData } from './result';
import { renderChartTree } from './render-tree';
import type { SvgNode } from './svg-tree';

// Issue 13: ECharts read braces in data as rich text, so a line named `{a|x}{b|y}` was shown as
// "xy". These run the text through zrender's own rich-text parser, with styles defined as a
// richText tooltip defines them (its markers), and read the drawn text back.
const HOSTILE = '{a|x}{b|y}';
const shown = (text: string) =>
	parseRichText(text, { rich: { a: { fill: 'red' }, b: {}, marker0: {} } }, 0, 0, 'left')
		.lines.flatMap((line) => line.tokens.map((token) => token.text))
		.join('')
		.replaceAll('\u2060', '');

function svgTexts(node: SvgNode): string[] {
	return [...(node.text !== undefined ? [node.text] : []), ...node.children.flatMap(svgTexts)];
}

describe('rich-text syntax in data is shown literally', () => {
	it('is altered by zrender when given raw (the bug), shown as it is once made safe', () => {
		expect(shown(HOSTILE)).toBe('xy');
		expect(shown(richSafe(HOSTILE))).toBe(HOSTILE);
		expect(shown(richSafe('{marker0|}{x_1|a|b} {b} {{c|d}}'))).toBe('{marker0|}{x_1|a|b} {b} {{c|d}}');
		expect(richSafe('预算 {2022} a|b')).toBe('预算 {2022} a|b');
	});
	it('the console chart tooltip shows a hostile series and category name as they are', () => {
		const data = resultChartData([{ x: HOSTILE, ys: [1950.46] }], [HOSTILE], '—');
		const option = resultChart(data, {
			locale: 'zh-CN',
			type: 'bar',
			title: 't',
			xName: 'x',
			formatValue: String,
			emptyLabel: '—'
		});
		const tooltip = option.tooltip as ReturnType<typeof literalTooltip>;
		const text = tooltip.formatter([{ axisValueLabel: HOSTILE, seriesName: HOSTILE, value: 1950.46 }]);
		expect(text.split('\n').map(shown)).toEqual([HOSTILE, `${HOSTILE}  1950.46`]);
	});
	it('labels are functions (a string formatter is a template: `{c}` would become the value)', () => {
		expect(literalLabel('{c} ≤ {b}')()).toBe('{c} ≤ {b}');
		const tree = renderChartTree(
			resultChart(resultChartData([{ x: '{c}', ys: [3] }], [HOSTILE], '—'), {
				locale: 'zh-CN',
				type: 'line',
				title: 't',
				xName: '{b}',
				formatValue: String,
				emptyLabel: '—'
			}),
			600,
			400
		);
		const texts = svgTexts(tree);
		expect(texts).toContain(HOSTILE);
		expect(texts).toContain('{c}');
		expect(texts).toContain('{b}');
	});
});
